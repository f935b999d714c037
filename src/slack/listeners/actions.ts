import type { App, BlockAction, webApi } from '@slack/bolt';
import type { CaseAction } from '../../core/escalation/port.ts';
import { parseActionPayload } from '../../core/reply/actions.ts';
import { conversationKey, isDirectChannel, type SlackAddress } from '../address.ts';
import { OPEN_FORM_ACTION_ID, REPLY_ACTION_PREFIX, SHARE_ACTION_ID } from '../constants.ts';
import { clientFor, reportFailure, type SlackContext } from '../context.ts';
import { SlackAdapterError } from '../errors.ts';
import { sharedCopy } from '../extras.ts';
import type { SlackUser } from '../user-directory.ts';
import { openInterviewModal } from './open-modal.ts';

/** Where the pressed button lives: an ephemeral answer, the app's DM, or a channel thread. */
export function addressOfAction(body: BlockAction): SlackAddress {
  const teamId = body.team?.id ?? body.user.team_id ?? '';
  const org = body.enterprise?.id ? { enterpriseId: body.enterprise.id } : {};
  const channelId = body.channel?.id ?? String(body.container?.channel_id ?? '');
  const userId = body.user.id;
  if (body.container?.is_ephemeral || !body.message) {
    return { mode: 'ephemeral', teamId, ...org, channelId, userId, responseUrl: body.response_url };
  }
  const threadTs = body.message.thread_ts as string | undefined;
  const pressedTs = body.message.ts;
  if (isDirectChannel(channelId))
    return { mode: 'dm', teamId, ...org, channelId, userId, threadTs, pressedTs };
  return {
    mode: 'thread',
    teamId,
    ...org,
    channelId,
    userId,
    threadTs: threadTs ?? body.message.ts,
    pressedTs,
  };
}

function isCaseAction(p: { type: string }): p is CaseAction {
  return p.type === 'case-claim' || p.type === 'case-resolve' || p.type === 'case-satisfied';
}

/**
 * Every button press, acked first. Reply buttons feed the engine, case buttons go to escalation,
 * "Share in channel" reposts the card for everyone, link buttons need only the ack.
 */
export function registerActions(app: App, ctx: SlackContext): void {
  app.action<BlockAction>({ type: 'block_actions' }, async ({ ack, body, action, context }) => {
    await ack();
    const client = clientFor(ctx, context);
    if (!client) return;
    if (action.type === 'button' && action.url) return;
    const to = addressOfAction(body);
    if (action.action_id === OPEN_FORM_ACTION_ID) {
      await ctx.track(openInterviewModal(ctx, client, body.trigger_id, to, { prefill: true }));
      return;
    }
    await ctx.track(handle(ctx, client, body, to));
  });
}

async function handle(ctx: SlackContext, client: webApi.WebClient, body: BlockAction, to: SlackAddress) {
  const action = body.actions[0];
  let user: SlackUser | undefined;
  try {
    user = await ctx.users.lookup(client, to.teamId, to.userId);
    if (action?.action_id === SHARE_ACTION_ID && action.type === 'button') {
      await share(ctx, to, action.value ?? '');
      return;
    }
    const value = action?.type === 'button' ? action.value : undefined;
    const payload =
      action?.action_id.startsWith(REPLY_ACTION_PREFIX) && value ? parseActionPayload(safeJson(value)) : null;
    if (!payload) {
      ctx.logger.warn('slack.unknown-action', { action: action?.action_id.slice(0, 60) });
      throw new SlackAdapterError('stale-button', 'Unknown or unreadable button');
    }
    if (isCaseAction(payload)) {
      const locale = await ctx.runner.localeFor(to, user);
      // Support-channel case cards are not ephemeral: the actor's answer is private, the card update is escalation's.
      const privately: SlackAddress =
        to.mode === 'dm' ? to : { ...to, mode: 'ephemeral', responseUrl: body.response_url };
      const actor = {
        channel: 'slack' as const,
        userId: to.userId,
        userName: user.name,
        where: { conversationKey: conversationKey(to), channelId: to.channelId, teamId: to.teamId },
      };
      const handled = await ctx.runner.turns.caseAction(payload, actor, locale, (replies, l) =>
        ctx.runner.deliverReplies(client, privately, replies, l),
      );
      if (!handled) throw new SlackAdapterError('stale-button', 'Case button without escalation');
      return;
    }
    const responseUrl = body.response_url ? { responseUrl: body.response_url } : {};
    await ctx.runner.run({ client, to, user, input: { kind: 'action', payload }, ...responseUrl });
  } catch (err) {
    await reportFailure(
      ctx,
      client,
      { ...to, mode: to.mode === 'dm' ? 'dm' : 'ephemeral', responseUrl: body.response_url },
      user,
      err,
    );
  }
}

async function share(ctx: SlackContext, to: SlackAddress, entryId: string) {
  const doc = await ctx.runner.load(to);
  const card = doc?.cards?.[entryId];
  if (!card || !to.responseUrl) throw new SlackAdapterError('stale-button', 'Card to share is gone');
  const t = ctx.translator.forLocale(doc.state.locale);
  const copy = sharedCopy(card, t('slack:share.sharedBy', { user: to.userId }));
  const ok = await ctx.delivery.respond(to.responseUrl, {
    response_type: 'in_channel',
    replace_original: false,
    text: copy.text,
    blocks: copy.blocks,
  });
  if (!ok) throw new SlackAdapterError('internal', 'Sharing failed');
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}
