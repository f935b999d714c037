import type { App, webApi } from '@slack/bolt';
import { screenshotTurn } from '../../core/conversation/screenshot-turn.ts';
import { codeOf } from '../../core/errors.ts';
import { caseThreadKey, conversationKey, type SlackAddress } from '../address.ts';
import { clientFor, reportFailure, type SlackContext, sendText, supportChannelOf } from '../context.ts';
import { type SlackFile, screenshotFile } from '../screenshot.ts';
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
};

/**
 * Mentions answer in their thread; direct messages hold the whole conversation; replies in a case
 * thread of the support channel are relayed to the requester. Bot messages and edits, joins and other
 * subtypes are ignored.
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
    await ctx.track(converse(ctx, client, to, plainTextFromSlack(e.text, context.botUserId), e.files));
  });

  app.event('message', async ({ event, body, context }) => {
    const client = clientFor(ctx, context);
    const e = event as unknown as MessageLike;
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
        await ctx.track(fileOnly(ctx, client, to));
        return;
      }
      await ctx.track(converse(ctx, client, to, plainTextFromSlack(e.text, context.botUserId), e.files));
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
          // Escalated: what the user adds in the thread goes to the agent once the case is claimed.
          const listening = ['asking', 'choosing-entry', 'escalated'];
          if ((text || picture) && doc && listening.includes(doc.state.stage)) {
            await converse(ctx, client, to, text, e.files);
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

async function converse(
  ctx: SlackContext,
  client: webApi.WebClient,
  to: SlackAddress,
  text: string,
  files?: SlackFile[],
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
        input: { kind: 'text', text: read },
        notices: shot.notices,
      });
    }
    await ctx.runner.run({ client, to, user, input: text ? { kind: 'text', text } : { kind: 'start' } });
  } catch (err) {
    await reportFailure(ctx, client, to, user, err);
  }
}

async function fileOnly(ctx: SlackContext, client: webApi.WebClient, to: SlackAddress) {
  const user = await ctx.users.lookup(client, to.teamId, to.userId);
  const locale = await ctx.runner.localeFor(to, user).catch(() => user.locale ?? ctx.defaultLocale);
  await sendText(ctx, client, to, ctx.translator.forLocale(locale)('slack:errors.fileOnly'));
}
