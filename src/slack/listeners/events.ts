import type { App, webApi } from '@slack/bolt';
import type { MessageChange } from '../../core/conversation/message-changes.ts';
import { screenshotTurn } from '../../core/conversation/screenshot-turn.ts';
import type { TurnInput } from '../../core/conversation/turn.ts';
import { codeOf } from '../../core/errors.ts';
import { caseThreadKey, conversationKey, type SlackAddress } from '../address.ts';
import { clientFor, reportFailure, type SlackContext, sendText, supportChannelOf } from '../context.ts';
import { fileTypes, type SlackFile, screenshotFile } from '../screenshot.ts';
import { plainTextFromSlack } from '../text.ts';
import type { SlackUser } from '../user-directory.ts';

type MessageLike = {
  type: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  files?: SlackFile[];
  /** `message_changed`: the message as it is now, and as it was. */
  message?: MessageLike;
  previous_message?: MessageLike;
};

/**
 * Mentions answer in their thread; direct messages hold the whole conversation; replies in a case
 * thread of the support channel are relayed to the requester. An edited or deleted message goes to the
 * shared runner, which decides whether it counts. Bot messages, joins and other subtypes are ignored.
 */
export function registerEvents(app: App, ctx: SlackContext): void {
  app.event('app_mention', async ({ event, body, context }) => {
    const client = clientFor(ctx, context);
    const e = event as unknown as MessageLike;
    if (!client || e.subtype || e.bot_id || !e.user) return;
    // In the support channel a case thread is handled by the message listener (relay), not as a new question.
    if (e.thread_ts && e.channel === (await supportChannelOf(ctx, context))) return;
    const to: SlackAddress = {
      mode: 'thread',
      teamId: context.teamId ?? body.team_id,
      ...org(context),
      channelId: e.channel,
      userId: e.user,
      threadTs: e.thread_ts ?? e.ts,
    };
    await ctx.track(converse(ctx, client, to, plainTextFromSlack(e.text, context.botUserId), e.files, e.ts));
  });

  app.event('message', async ({ event, body, context }) => {
    const client = clientFor(ctx, context);
    const e = event as unknown as MessageLike;
    if (client && (e.subtype === 'message_changed' || e.subtype === 'message_deleted')) {
      const teamId = context.teamId ?? body.team_id;
      // Agents' edits in the support channel are not turns of anyone's conversation.
      if (e.channel_type !== 'im' && e.channel === (await supportChannelOf(ctx, context))) return;
      await ctx.track(messageChanged(ctx, client, e, { teamId, ...org(context) }, context.botUserId));
      return;
    }
    // A screenshot sent to the bot directly is a question too: its caption is read, a bare file answered.
    const fileInDm = e.subtype === 'file_share' && e.channel_type === 'im';
    // A screenshot shared in a thread the bot works in is read like a typed answer there.
    const fileInThread =
      e.subtype === 'file_share' &&
      !!e.thread_ts &&
      e.thread_ts !== e.ts &&
      e.channel !== (await supportChannelOf(ctx, context));
    if (!client || (e.subtype && !fileInDm && !fileInThread) || e.bot_id || !e.user) return;
    const picture = ctx.screenshots ? screenshotFile(e.files) : undefined;
    const teamId = context.teamId ?? body.team_id;
    if (e.channel_type === 'im') {
      const to: SlackAddress = {
        mode: 'dm',
        teamId,
        ...org(context),
        channelId: e.channel,
        userId: e.user,
        threadTs: e.thread_ts,
      };
      if (fileInDm && !picture && !plainTextFromSlack(e.text)) {
        await ctx.track(fileOnly(ctx, client, to, e.files));
        return;
      }
      await ctx.track(
        converse(ctx, client, to, plainTextFromSlack(e.text, context.botUserId), e.files, e.ts),
      );
      return;
    }
    const inThread = !!e.thread_ts && e.thread_ts !== e.ts;
    const supportChannel = inThread ? await supportChannelOf(ctx, context) : undefined;
    if (inThread && e.thread_ts && e.channel === supportChannel && ctx.escalation) {
      const agentId = e.user;
      const threadKey = caseThreadKey(e.channel, e.thread_ts);
      await ctx.track(
        (async () => {
          const agent = await ctx.users.lookup(client, teamId, agentId);
          const text = plainTextFromSlack(e.text, context.botUserId);
          try {
            // Only relayed: a message in the support channel that the bot cannot relay is not addressed to it.
            await ctx.runner.turns.agentMessage(
              {
                threadKey,
                agent: {
                  channel: 'slack',
                  userId: agentId,
                  userName: agent.name,
                  where: {
                    conversationKey: conversationKey({
                      mode: 'thread',
                      teamId,
                      channelId: e.channel,
                      userId: agentId,
                      threadTs: e.thread_ts,
                    }),
                    channelId: e.channel,
                    teamId,
                  },
                },
                text,
                locale: agent.locale ?? ctx.defaultLocale,
              },
              async () => {},
            );
          } catch (err) {
            ctx.logger.error('slack.relay-from-agent-failed', { code: codeOf(err) });
          }
        })(),
      );
    }
    if (inThread && e.channel !== supportChannel) {
      // A typed answer in a thread the bot is working in (it asked a question there, or handed the case
      // to a person) continues that conversation without a fresh mention; a message that mentions the bot is the mention listener's.
      if (context.botUserId && e.text?.includes(`<@${context.botUserId}>`)) return;
      const to: SlackAddress = {
        mode: 'thread',
        teamId,
        ...org(context),
        channelId: e.channel,
        userId: e.user,
        threadTs: e.thread_ts,
      };
      const text = plainTextFromSlack(e.text, context.botUserId);
      await ctx.track(
        (async () => {
          const doc = await ctx.runner.load(to).catch(() => undefined);
          // Escalated: what the user adds in the thread goes to the agent once the case is claimed. After
          // a card, only what is plainly for the bot ("didn't help", "talk to a person").
          if ((text || picture) && doc && ctx.runner.followsUp(doc.state, text, to.userId)) {
            await converse(ctx, client, to, text, e.files, e.ts);
          }
        })(),
      );
    }
    // Any other channel message (the bot is a member of the channel) is none of its business.
  });
}

function org(context: { enterpriseId?: string | undefined }) {
  return context.enterpriseId ? { enterpriseId: context.enterpriseId } : {};
}

/**
 * An edit or deletion in the app's DM or a channel thread, described for the shared runner, which
 * answers an edit of the user's latest message as a new turn and lets everything else go with a debug line.
 */
async function messageChanged(
  ctx: SlackContext,
  client: webApi.WebClient,
  e: MessageLike,
  where: { teamId: string; enterpriseId?: string },
  botUserId: string | undefined,
) {
  const m = e.subtype === 'message_changed' ? e.message : e.previous_message;
  if (!m?.ts || !m.user) return ctx.logger.debug('turn.message-change-ignored', { reason: 'no-user' });
  const to: SlackAddress = {
    mode: e.channel_type === 'im' ? 'dm' : 'thread',
    ...where,
    channelId: e.channel,
    userId: m.user,
    // In a channel a top-level message starts its own thread (a mention); in the DM it is the main conversation.
    threadTs: e.channel_type === 'im' ? m.thread_ts : (m.thread_ts ?? m.ts),
  };
  const byBot = !!m.bot_id || m.user === botUserId;
  const change: MessageChange =
    e.subtype === 'message_deleted'
      ? { kind: 'deleted', messageId: m.ts }
      : { kind: 'edited', messageId: m.ts, text: plainTextFromSlack(m.text, botUserId), byBot };
  try {
    // The bot's own edits (a rewritten question card) need no directory lookup.
    const user = byBot ? { name: '' } : await ctx.users.lookup(client, to.teamId, to.userId);
    await ctx.runner.changed({ client, to, user, change });
  } catch (err) {
    ctx.logger.error('slack.message-change-failed', { code: codeOf(err) });
  }
}

async function converse(
  ctx: SlackContext,
  client: webApi.WebClient,
  to: SlackAddress,
  text: string,
  files?: SlackFile[],
  messageTs?: string,
) {
  let user: SlackUser | undefined;
  try {
    user = await ctx.users.lookup(client, to.teamId, to.userId);
    const picture = screenshotFile(files);
    if (picture && ctx.screenshots) {
      // The screenshot becomes text first: the user sees what was read, then the answer as if typed.
      const locale = await ctx.runner.localeFor(to, user);
      const shot = screenshotTurn(
        await ctx.screenshots(picture, client.token, locale),
        ctx.translator,
        locale,
      );
      if ('refusal' in shot) return await ctx.runner.deliverReplies(client, to, shot.refusal, locale);
      const read = [text, shot.text].filter(Boolean).join('\n');
      return await ctx.runner.run({
        client,
        to,
        user,
        input: { kind: 'text', text: read, typed: text },
        notices: shot.notices,
        ...(messageTs ? { messageTs } : {}),
      });
    }
    const input: TurnInput = text ? { kind: 'text', text } : { kind: 'start' };
    await ctx.runner.run({ client, to, user, input, ...(messageTs ? { messageTs } : {}) });
  } catch (err) {
    await reportFailure(ctx, client, to, user, err);
  }
}

async function fileOnly(ctx: SlackContext, client: webApi.WebClient, to: SlackAddress, files?: SlackFile[]) {
  const user = await ctx.users.lookup(client, to.teamId, to.userId);
  const locale = await ctx.runner.localeFor(to, user).catch(() => user.locale ?? ctx.defaultLocale);
  ctx.logger.info('screenshot.not-a-picture', { types: fileTypes(files).join(',') });
  // With pictures read, a file of another kind (PDF, GIF, WebP) is told which pictures are read.
  const key = ctx.screenshots ? 'screenshot:refused.unsupported-format' : 'slack:errors.fileOnly';
  await sendText(ctx, client, to, ctx.translator.forLocale(locale)(key));
}
