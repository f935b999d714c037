import {
  type Activity,
  ActivityTypes,
  type ConversationParameters,
  type ConversationReference,
  EventFactory,
  type TurnContext,
} from 'botbuilder';
import type { Case, SupportPost } from '../../core/escalation/case.ts';
import type { HandoffNotifier, SupportNotifier, UserNotifier } from '../../core/escalation/notifier.ts';
import { toAttachment } from '../render/adaptive-card.ts';
import { messageText, renderCaseAdaptiveCard, renderNoticeCard } from './case-card.ts';
import { type TeamsTarget, toDeliveryError } from './errors.ts';

/** The part of CloudAdapter escalation uses (a TestAdapter-like double fits too). */
export type ProactiveAdapter = {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
  createConversationAsync(
    botAppId: string,
    channelId: string,
    serviceUrl: string,
    audience: string,
    parameters: ConversationParameters,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
};

/**
 * A continuation turn carries a made-up activity id, which the SDK would send as `replyToId`. In a
 * channel that must be a plain post to the thread's conversation, so the id is dropped.
 */
function postWithoutReplyTo(ctx: TurnContext): void {
  ctx.onSendActivities(async (_ctx, activities, next) => {
    for (const a of activities) delete a.replyToId;
    return next();
  });
}

/** The root message id inside a channel thread's conversation id (`19:…@thread.tacv2;messageid=123`). */
export function rootMessageId(threadConversationId: string): string {
  return /;messageid=([^;]+)/.exec(threadConversationId)?.[1] ?? '';
}

export type TeamsSupportOptions = {
  adapter: ProactiveAdapter;
  /** MicrosoftAppId; empty in local mode. */
  appId: string;
  /** TEAMS_SUPPORT_CHANNEL_ID: `19:…@thread.tacv2`. */
  channelId: string;
  serviceUrl: string;
  tenantId?: string | undefined;
};

async function run(target: TeamsTarget, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    throw toDeliveryError(error, target);
  }
}

/**
 * Case cards in a Teams channel. The conversation reference is built from configuration (service URL,
 * tenant, channel id), so it works after a restart and before anyone in the team has talked to the bot.
 * A card starts a new thread (createConversation with the channel in channelData, as Teams documents
 * for proactive channel posts); claim and resolve rewrite it with updateActivity; relayed messages
 * are posts in its thread.
 */
export function createTeamsSupportNotifier(options: TeamsSupportOptions): SupportNotifier {
  const reference = (conversationId: string): Partial<ConversationReference> => ({
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    conversation: {
      id: conversationId,
      isGroup: true,
      conversationType: 'channel',
      name: '',
      ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    },
    ...(options.appId ? { bot: { id: options.appId, name: '' } } : {}),
  });
  const rootId = (post: SupportPost) => post.ref.activityId ?? '';

  return {
    channel: 'teams',
    async post(card) {
      const adaptive = renderCaseAdaptiveCard(card);
      const parameters = {
        isGroup: true,
        channelData: {
          channel: { id: options.channelId },
          ...(options.tenantId ? { tenant: { id: options.tenantId } } : {}),
        },
        activity: {
          type: ActivityTypes.Message,
          summary: adaptive.fallbackText ?? '',
          attachments: [toAttachment(adaptive)],
        },
        ...(options.tenantId ? { tenantId: options.tenantId } : {}),
      } as ConversationParameters;
      let threadId = '';
      await run('support', () =>
        options.adapter.createConversationAsync(
          options.appId,
          'msteams',
          options.serviceUrl,
          undefined as unknown as string,
          parameters,
          async (ctx) => {
            threadId = ctx.activity.conversation?.id ?? '';
          },
        ),
      );
      return {
        channel: 'teams',
        threadKey: threadId,
        ref: { conversationId: threadId, activityId: rootMessageId(threadId) },
        channelId: options.channelId,
      };
    },
    async update(post, card) {
      await run('support', () =>
        options.adapter.continueConversationAsync(
          options.appId,
          // The thread's conversation id, as Teams sends it when someone presses a button on the card.
          reference(post.threadKey),
          async (ctx) => {
            const adaptive = renderCaseAdaptiveCard(card);
            await ctx.updateActivity({
              type: ActivityTypes.Message,
              id: rootId(post),
              summary: adaptive.fallbackText ?? '',
              attachments: [toAttachment(adaptive)],
            });
          },
        ),
      );
    },
    async reply(post, message) {
      await run('support', () =>
        options.adapter.continueConversationAsync(options.appId, reference(post.threadKey), async (ctx) => {
          postWithoutReplyTo(ctx);
          await ctx.sendActivity({
            type: ActivityTypes.Message,
            text: messageText(message),
            textFormat: 'markdown',
          });
        }),
      );
    },
  };
}

function isReference(value: unknown): value is Partial<ConversationReference> {
  const r = value as Partial<ConversationReference> | null;
  return !!r && typeof r.serviceUrl === 'string' && typeof r.conversation?.id === 'string';
}

/** Proactive messages to a Teams requester in the conversation they escalated from. */
export function createTeamsUserNotifier(options: { adapter: ProactiveAdapter; appId: string }): UserNotifier {
  return {
    channel: 'teams',
    async send(requester, notice) {
      const reference = requester.address;
      if (!isReference(reference)) throw toDeliveryError({ statusCode: 404 }, 'user');
      await run('user', () =>
        options.adapter.continueConversationAsync(options.appId, reference, async (ctx) => {
          const activity: Partial<Activity> = notice.actions?.length
            ? {
                type: ActivityTypes.Message,
                summary: notice.text,
                attachments: [toAttachment(renderNoticeCard(notice))],
              }
            : { type: ActivityTypes.Message, text: messageText(notice), textFormat: 'markdown' };
          await ctx.sendActivity(activity);
        }),
      );
      return undefined;
    },
  };
}

/**
 * What a requester wrote (a transcript line, the error text in the context), in the form the hub shows its
 * agents: Teams-flavoured markdown with HTML as entities, the same rendering as a line relayed into a
 * support thread. A hub renders transcript text as a message of the conversation, so raw text would let a
 * requester post a link, a mention or markup in front of the agent.
 */
function shownToAgent(text: string): string {
  return messageText({ text });
}

/** The context's interview answers as the hub shows them; choice values read the same escaped. */
function answersShown(answers: Case['answers']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(answers)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, shownToAgent(String(value))]),
  );
}

/**
 * TEAMS_HANDOFF_EVENT: a `handoff.initiate` event in the requester's conversation, with the case as
 * handoff context and the last messages as the transcript, for hubs that speak the handoff protocol.
 * Every line is escaped here, the bot's too: its lines quote what the requester answered.
 */
export function createTeamsHandoffNotifier(options: {
  adapter: ProactiveAdapter;
  appId: string;
}): HandoffNotifier {
  return {
    async initiate(c: Case) {
      const address = c.requester.address;
      if (c.requester.channel !== 'teams' || !isReference(address)) return;
      // The display name is the requester's own text too: the event's recipient and `relatesTo` carry it.
      const userName = shownToAgent(c.requester.userName);
      const reference = address.user ? { ...address, user: { ...address.user, name: userName } } : address;
      await run('user', () =>
        options.adapter.continueConversationAsync(options.appId, reference, async (ctx) => {
          const activities = c.transcript.map(
            (line) =>
              ({
                type: ActivityTypes.Message,
                text: shownToAgent(line.text),
                textFormat: 'markdown',
                timestamp: new Date(line.at),
                from:
                  line.from === 'user'
                    ? { id: c.requester.userId, name: userName, role: 'user' }
                    : { id: ctx.activity.recipient?.id ?? 'bot', name: 'bot', role: 'bot' },
              }) as Partial<Activity>,
          ) as Activity[];
          const context = {
            caseId: c.id,
            trigger: c.trigger,
            answers: answersShown(c.answers),
            // The reason may quote the message that matched.
            shown: c.shown.map((entry) => ({ ...entry, why: shownToAgent(entry.why) })),
            locale: c.requester.locale,
          };
          await ctx.sendActivity(EventFactory.createHandoffInitiation(ctx, context, { activities }));
        }),
      );
    },
  };
}
