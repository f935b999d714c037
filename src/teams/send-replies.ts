import type { Activity, TurnContext } from 'botbuilder-core';
import type { QuestionCards } from '../core/conversation/question-cards.ts';
import { codeOf } from '../core/errors.ts';
import type { Logger } from '../core/ports/logger.ts';
import { isOpenQuestion, type Reply, replacesQuestionCard } from '../core/reply/reply.ts';
import { conversationKeyOf } from './activity-ids.ts';

/**
 * Delivers a turn's replies in Teams. An answered question takes the place of the card that asked it
 * (`updateActivity`): the card whose button was pressed (`replyToId` of a card submit), else the open
 * card last posted for that question, which `cards` remembers for an answer typed instead. Without
 * one it is dropped, since it only restates what the user did. The rest are sent as new messages.
 */
export async function sendTeamsReplies(
  context: TurnContext,
  replies: Reply[],
  render: (replies: Reply[]) => Partial<Activity>[],
  log: Logger,
  cards?: QuestionCards,
): Promise<void> {
  const key = conversationKeyOf(context.activity);
  // Only a card submit names its card; replyToId on typed text is the thread it was written in.
  const submitted = context.activity.value !== undefined && context.activity.value !== null;
  const pressed = submitted ? context.activity.replyToId : undefined;
  for (const reply of replies.filter(replacesQuestionCard)) {
    const id = pressed ?? (await cards?.find(key, reply.question));
    if (!id) continue;
    try {
      await context.updateActivity({ ...render([reply])[0], id });
    } catch (error) {
      // The old card stays as it was; the conversation goes on below it.
      log.warn('teams.update-failed', { code: codeOf(error) });
    }
  }
  const fresh: Reply[] = replies.filter((r) => !replacesQuestionCard(r));
  if (fresh.length === 0) return;
  const sent = await context.sendActivities(render(fresh));
  const asked = fresh.findLastIndex(isOpenQuestion);
  const question = fresh[asked];
  const id = sent[asked]?.id;
  if (cards && question?.kind === 'question' && id) await cards.remember(key, question.question, id);
}
