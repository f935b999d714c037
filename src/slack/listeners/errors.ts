import type { App, CodedError, Context } from '@slack/bolt';
import type { SlackAddress } from '../address.ts';
import { clientFor, type SlackContext, sendText } from '../context.ts';
import { eventTtlMs, seenKeyOf } from '../request-checks.ts';
import { errorCode } from '../user-directory.ts';

/**
 * Slack re-sends an event when the ack was late, possibly to another instance or after a restart;
 * a repeated event_id is dropped here, before any listener answers a second time. The ids live in
 * the shared store; if it is down the turn fails to store anyway and says so.
 */
export function registerRetryFilter(app: App, ctx: SlackContext): void {
  app.use(async ({ body, next }) => {
    const b = body as { type?: string; event_id?: string };
    if (b.type === 'event_callback' && b.event_id && !(await firstSighting(ctx, b.event_id))) {
      ctx.logger.info('slack.event-duplicate', { event: b.event_id });
      return;
    }
    // Tracked from the first middleware on, so a shutdown (or a test) can wait for work after the ack.
    await ctx.track(next());
  });
}

async function firstSighting(ctx: SlackContext, eventId: string): Promise<boolean> {
  try {
    return await ctx.seen.firstSeen(seenKeyOf.event(eventId), eventTtlMs);
  } catch (error) {
    ctx.logger.error('slack.event-dedupe-failed', { code: errorCode(error) });
    return true;
  }
}

/** The last resort for an error no listener caught: log with the code, tell the user to retry. */
export function registerErrorHandler(app: App, ctx: SlackContext): void {
  app.error(async ({ error, body, context }: { error: CodedError; body: unknown; context: Context }) => {
    const b = body as {
      response_url?: string;
      user?: { id?: string } | string;
      user_id?: string;
      team_id?: string;
      channel_id?: string;
      event?: { channel?: string; user?: string; channel_type?: string; thread_ts?: string; ts?: string };
    };
    ctx.logger.error('slack.unhandled', { code: error.code, slackCode: errorCode(error.original ?? error) });
    // No token (authorization failed: the workspace is not installed, or was revoked): nothing is sent.
    const client = clientFor(ctx, context);
    if (!client) return;
    // The user's Slack language when it can be had quickly (cached, or users.info within half a second).
    const userId = typeof b?.user === 'string' ? b.user : (b?.user?.id ?? b?.user_id ?? b?.event?.user);
    const teamId = context.teamId ?? b?.team_id ?? '';
    const locale = userId
      ? ((await ctx.users.lookup(client, teamId, userId, 500)).locale ?? ctx.defaultLocale)
      : ctx.defaultLocale;
    const text = ctx.translator.forLocale(locale)('slack:errors.generic');
    if (b?.response_url) {
      await ctx.delivery.respond(b.response_url, {
        response_type: 'ephemeral',
        replace_original: false,
        text,
      });
      return;
    }
    const ev = b?.event;
    if (ev?.channel && ev.user) {
      const to: SlackAddress = {
        mode: ev.channel_type === 'im' ? 'dm' : 'thread',
        teamId: context.teamId ?? '',
        ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}),
        channelId: ev.channel,
        userId: ev.user,
        threadTs: ev.channel_type === 'im' ? ev.thread_ts : (ev.thread_ts ?? ev.ts),
      };
      await sendText(ctx, client, to, text);
    }
  });
}
