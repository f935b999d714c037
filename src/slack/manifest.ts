import {
  SLACK_BOT_EVENTS,
  SLACK_BOT_SCOPES,
  SLACK_EVENTS_PATH,
  SLACK_OAUTH_REDIRECT_PATH,
} from './constants.ts';

/** Where Slack reaches the bot in HTTP mode; replace the host when creating the app. */
export const PUBLIC_URL_PLACEHOLDER = 'https://YOUR-PUBLIC-HOST';

export type ManifestOptions = { command: string; socketMode: boolean; publicUrl?: string };

/**
 * The Slack app manifest, built from the same constants the listeners register, so the committed
 * manifest/slack/*.json files cannot name a scope or event the code does not use (a test compares).
 */
export function buildSlackManifest(o: ManifestOptions) {
  const url = `${o.publicUrl ?? PUBLIC_URL_PLACEHOLDER}${SLACK_EVENTS_PATH}`;
  const withUrl = <T extends object>(x: T) => (o.socketMode ? x : { ...x, url });
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Intune Enrollment Assistant',
      description: 'Paste an Intune enrollment error and get the documented fix, in your language.',
      long_description:
        'Helps Intune administrators and helpdesk staff fix device-enrollment errors on iOS/iPadOS, Android and Windows. ' +
        'Paste the error a device shows (or answer a short form) and the assistant replies with the matching fix from ' +
        "Microsoft's troubleshooting articles: the likely cause first, numbered steps and a link to Microsoft Learn. " +
        'If the fix does not help, one button hands the case, with everything already answered, to your support team.',
      background_color: '#0f548c',
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: 'Enrollment Assistant', always_online: true },
      slash_commands: [
        withUrl({
          command: o.command,
          description: 'Find the documented fix for an Intune enrollment error',
          usage_hint: '[error text] | help',
          should_escape: false,
        }),
      ],
    },
    oauth_config: {
      // Where Slack sends an admin back after "Allow" when workspaces install at /slack/install (OAuth).
      ...(o.socketMode
        ? {}
        : { redirect_urls: [`${o.publicUrl ?? PUBLIC_URL_PLACEHOLDER}${SLACK_OAUTH_REDIRECT_PATH}`] }),
      scopes: { bot: [...SLACK_BOT_SCOPES] },
    },
    settings: {
      event_subscriptions: {
        ...(o.socketMode ? {} : { request_url: url }),
        bot_events: [...SLACK_BOT_EVENTS],
      },
      interactivity: { is_enabled: true, ...(o.socketMode ? {} : { request_url: url }) },
      // Enterprise Grid: an org admin may install once for every workspace of the org (HTTP mode).
      org_deploy_enabled: !o.socketMode,
      socket_mode_enabled: o.socketMode,
      token_rotation_enabled: false,
    },
  };
}
