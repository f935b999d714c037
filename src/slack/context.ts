import type { webApi } from '@slack/bolt';
import type { EscalationPort } from '../core/escalation/port.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import type { SeenKeys } from '../core/ports/document-store.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import type { SlackAddress } from './address.ts';
import type { ClientPool } from './client-pool.ts';
import type { ConversationRunner } from './conversation.ts';
import type { Delivery } from './delivery.ts';
import { errorMessageKey, slackCodeOf } from './errors.ts';
import type { SlackInstallations } from './installations/installation-store.ts';
import { escapeMrkdwn } from './render/mrkdwn.ts';
import type { SlackScreenshotReader } from './screenshot.ts';
import { errorCode, type SlackUser, type UserDirectory } from './user-directory.ts';
import type { SlackWorkspaces } from './workspaces.ts';

/** What every listener needs; built once in app.ts. */
export type SlackContext = {
  runner: ConversationRunner;
  /** One client per workspace token: a request is answered with its own workspace's token. */
  clients: ClientPool;
  users: UserDirectory;
  delivery: Delivery;
  translator: Translator;
  logger: Logger;
  command: string;
  defaultLocale: Locale;
  /** Tokens and settings (support channel, default language) of each workspace. */
  workspaces: SlackWorkspaces;
  /** Multi-workspace mode only: the stored installations (removed on uninstall). */
  installations?: SlackInstallations | undefined;
  escalation?: EscalationPort | undefined;
  /** Event ids already answered, shared by every instance (Slack retries a slow ack elsewhere too). */
  seen: SeenKeys;
  /** Keeps work that continues after the ack visible to a graceful shutdown. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Reads a screenshot shared with the bot; without it a picture alone gets "type the text". */
  screenshots?: SlackScreenshotReader | undefined;
};

/**
 * The client for the workspace a request came from: the token Bolt's authorize found for it.
 * Undefined only for events Bolt does not authorize (uninstall) or when authorization failed.
 */
export function clientFor(ctx: SlackContext, context: { botToken?: string | undefined }) {
  return context.botToken ? ctx.clients.forToken(context.botToken) : undefined;
}

/** The support channel of a request's workspace (stored setting, or the deployment's default). */
export async function supportChannelOf(
  ctx: SlackContext,
  context: { teamId?: string | undefined; enterpriseId?: string | undefined },
): Promise<string | undefined> {
  try {
    return (await ctx.workspaces.settings({ teamId: context.teamId, enterpriseId: context.enterpriseId }))
      .supportChannel;
  } catch (err) {
    ctx.logger.warn('slack.workspace-settings-unreadable', { code: errorCode(err) });
    return undefined;
  }
}

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
  // A stale or forged button and an expired form are the client's doing, not the bot failing.
  const clientSide = code === 'stale-button' || code === 'form-expired';
  ctx.logger[clientSide ? 'warn' : 'error']('slack.turn-failed', {
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
