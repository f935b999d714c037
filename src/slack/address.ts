/**
 * Where a Slack conversation with the bot lives and how replies reach it.
 * - `dm`: the app's direct-message channel; the whole conversation happens there (optionally in a thread).
 * - `thread`: a channel thread started by an @-mention; every reply goes into that thread.
 * - `ephemeral`: a slash command or the modal; replies only the user sees, through response_url.
 */
export type SlackAddress = {
  mode: 'dm' | 'thread' | 'ephemeral';
  teamId: string;
  /** The Enterprise Grid org, when there is one: an org-wide install answers for all its workspaces. */
  enterpriseId?: string | undefined;
  channelId: string;
  userId: string;
  threadTs?: string | undefined;
  /** For `ephemeral`: the most recent response_url (valid 30 minutes, five uses). */
  responseUrl?: string | undefined;
  /** The message whose button was just pressed: an answered question card is rewritten there. */
  pressedTs?: string | undefined;
};

/** Storage key of the conversation state: one per DM (thread), channel thread, or user in a channel. */
export function conversationKey(a: SlackAddress): string {
  const base = `slack/conv/${a.teamId}/${a.channelId}`;
  if (a.mode === 'ephemeral') return `${base}/user/${a.userId}`;
  if (a.mode === 'thread') return `${base}/thread/${a.threadTs ?? ''}`;
  return a.threadTs ? `${base}/thread/${a.threadTs}` : base;
}

/** Storage key of a user's explicit language choice. */
export function userPrefsKey(teamId: string, userId: string): string {
  return `slack/user/${teamId}/${userId}`;
}

/** How the escalation module recognises a case thread in the support channel. */
export function caseThreadKey(channelId: string, threadTs: string): string {
  return `slack:${channelId}:${threadTs}`;
}

/** Direct-message channel ids start with D; the command payload also names them `directmessage`. */
export function isDirectChannel(channelId: string, channelName?: string): boolean {
  return channelId.startsWith('D') || channelName === 'directmessage';
}
