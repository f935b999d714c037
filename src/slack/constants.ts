/**
 * Everything the Slack app registers, in one place: the app manifest test compares
 * manifest/slack/manifest.json with these lists, so the two cannot drift apart.
 */

/** The one HTTP endpoint Slack calls for commands, interactivity and events. */
export const SLACK_EVENTS_PATH = '/slack/events';
/** Multi-workspace mode: an admin opens the first to install; Slack sends them back to the second. */
export const SLACK_INSTALL_PATH = '/slack/install';
export const SLACK_OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

/** Events the bot subscribes to (manifest `settings.event_subscriptions.bot_events`). */
export const SLACK_BOT_EVENTS = [
  'app_mention',
  'message.im',
  'message.channels',
  'message.groups',
  // An uninstall or a revoked token removes the workspace's stored installation.
  'app_uninstalled',
  'tokens_revoked',
] as const;

/**
 * Bot scopes, least privilege: `channels:history` / `groups:history` only because agents answer
 * cases in threads of the (public or private) support channel, and users answer the bot's question
 * in a mention thread; those replies reach the bot only as message events. `files:read` only to read a
 * screenshot shared with the bot (`url_private`).
 */
export const SLACK_BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'chat:write',
  'commands',
  'files:read',
  'groups:history',
  'im:history',
  'im:write',
  'users:read',
] as const;

/** The modal's callback id (view submissions). */
export const INTERVIEW_VIEW_ID = 'ieb:interview';

/** Buttons the Slack adapter adds around the renderer's blocks. */
export const SHARE_ACTION_ID = 'slack:share';
export const OPEN_FORM_ACTION_ID = 'slack:open-form';
export const LEARN_ACTION_ID = 'slack:learn';

/** Buttons rendered from the reply model carry `ieb:<payload.type>:<n>` and the payload JSON as value. */
export const REPLY_ACTION_PREFIX = 'ieb:';

/** Text cap before the engine sees a message: Slack allows 40,000 characters, an error text is far shorter. */
export const MAX_INPUT_CHARS = 8000;
