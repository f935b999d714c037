import type { webApi } from '@slack/bolt';
import type { EscalationPort } from '../core/escalation/port.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import type { SeenKeys } from '../core/ports/document-store.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import type { SlackAddress } from './address.ts';
import type { ConversationRunner } from './conversation.ts';
import type { Delivery } from './delivery.ts';
import { errorMessageKey, slackCodeOf } from './errors.ts';
import { escapeMrkdwn } from './message.ts';
import { errorCode, type SlackUser, type UserDirectory } from './user-directory.ts';

/** What every listener needs; built once in app.ts. */
export type SlackContext = {
  runner: ConversationRunner;
  /**
   * The one bot-token client every listener uses (single workspace): one request queue, so a 429
   * pauses all calls, and one place that logs rate limiting.
   */
  client: webApi.WebClient;
  users: UserDirectory;
  delivery: Delivery;
  translator: Translator;
  logger: Logger;
  command: string;
  defaultLocale: Locale;
  supportChannel?: string | undefined;
  escalation?: EscalationPort | undefined;
  /** Event ids already answered, shared by every instance (Slack retries a slow ack elsewhere too). */
  seen: SeenKeys;
  /** Keeps work that continues after the ack visible to a graceful shutdown. */
  track<T>(work: Promise<T>): Promise<T>;
};

/** Sends a short plain message (help, errors) where the conversation lives. */
export async function sendText(ctx: SlackContext, client: webApi.WebClient, to: SlackAddress, text: string) {
  await ctx.delivery.send(client, to, [
    { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } }] },
  ]);
}

/**
 * The last word on a failed turn: one log line with the code, and a message in the user's
 * language that says what to do. Never the raw error.
 */
export async function reportFailure(
  ctx: SlackContext,
  client: webApi.WebClient,
  to: SlackAddress,
  user: SlackUser | undefined,
  err: unknown,
): Promise<void> {
  const code = slackCodeOf(err);
  ctx.logger.error('slack.turn-failed', {
    code,
    slackCode: errorCode(err),
    error: err instanceof Error ? err.name : typeof err,
    team: to.teamId,
    channel: to.channelId,
  });
  let locale = user?.locale ?? ctx.defaultLocale;
  if (code !== 'storage-unavailable' && user) {
    locale = await ctx.runner.localeFor(to, user).catch(() => locale);
  }
  const t = ctx.translator.forLocale(locale);
  await sendText(ctx, client, to, t(errorMessageKey(code), { command: escapeMrkdwn(ctx.command) }));
}
