import { ActivityTypes, type TurnContext } from 'botbuilder';
import { BusyError, type WorkLimiter } from '../core/async/work-limiter.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { ids, senderKeyOf } from './activity-ids.ts';
import { clientLocaleOf } from './client-locale.ts';

type Bot = { run(context: TurnContext): Promise<void> };

export type TurnGateDeps = {
  /** The limiter every channel's turn work shares (one CPU budget per process). */
  work: WorkLimiter;
  translator: Translator;
  logger: Logger;
  defaultLocale: Locale;
};

/**
 * Runs each Teams turn through the shared work limiter. A turn still answers within its own HTTP
 * request (an invoke needs its answer there), but a burst of turns waits its turn instead of all
 * running at once. When even the queue is full, a message gets "busy, send it again" in the user's
 * language and an invoke a 503, both without touching the conversation's state: nothing is half done.
 */
export function gateTurns(bot: Bot, deps: TurnGateDeps): Bot {
  return {
    async run(context) {
      try {
        await deps.work.run(() => bot.run(context), senderKeyOf(context.activity));
      } catch (error) {
        if (!(error instanceof BusyError)) throw error;
        const activity = context.activity;
        deps.logger.warn('turn.busy', {
          ...ids(activity),
          activityType: activity.type,
          reason: error.reason,
          ...deps.work.load(),
        });
        // An edit in a personal chat is answered like a message typed again: it hears "busy" too.
        const editInChat =
          activity.type === ActivityTypes.MessageUpdate &&
          activity.conversation?.conversationType === 'personal';
        // A sender refused moments ago was told then: a flood of messages gets one "busy", not one each.
        if ((activity.type === ActivityTypes.Message || editInChat) && !error.told) {
          const t = deps.translator.forLocale(clientLocaleOf(activity) ?? deps.defaultLocale);
          await context.sendActivity({ type: ActivityTypes.Message, text: t('common:busy') });
        } else if (activity.type === ActivityTypes.Invoke) {
          await context.sendActivity({
            type: ActivityTypes.InvokeResponse,
            value: { status: 503 },
          });
        }
      }
    },
  };
}
