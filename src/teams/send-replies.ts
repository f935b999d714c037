import type { Activity, TurnContext } from 'botbuilder-core';
import type { Logger } from '../core/ports/logger.ts';
import { type Reply, replacesPressedCard } from '../core/reply/reply.ts';

/**
 * Delivers a turn's replies in Teams. A reply that replaces the pressed card (an answered question)
 * updates that message in place (`updateActivity` on the card the button belongs to, `replyToId`);
 * without one it is dropped, since it only restates what the user did. The rest are sent as new messages.
 */
export async function sendTeamsReplies(
  context: TurnContext,
  replies: Reply[],
  render: (replies: Reply[]) => Partial<Activity>[],
  log: Logger,
): Promise<void> {
  const replacing = replies.filter(replacesPressedCard);
  const fresh = replies.filter((r) => !replacesPressedCard(r));
  const pressed = context.activity.replyToId;
  if (pressed && replacing.length > 0) {
    for (const activity of render(replacing)) {
      try {
        await context.updateActivity({ ...activity, id: pressed });
      } catch (error) {
        // The old card stays as it was; the conversation goes on below it.
        log.warn('teams.update-failed', { code: (error as { code?: string })?.code ?? 'unknown' });
      }
    }
  }
  if (fresh.length > 0) await context.sendActivities(render(fresh));
}
