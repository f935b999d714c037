import type { webApi } from '@slack/bolt';
import type { Answers } from '../../core/interview/questions.ts';
import type { SlackAddress } from '../address.ts';
import { reportFailure, type SlackContext } from '../context.ts';
import { SlackAdapterError } from '../errors.ts';
import { errorCode } from '../user-directory.ts';
import { buildInterviewModal } from '../views/interview-modal.ts';

/** Opens the interview modal right away: the trigger id expires three seconds after the click. */
export async function openInterviewModal(
  ctx: SlackContext,
  client: webApi.WebClient,
  triggerId: string,
  to: SlackAddress,
  answers: Answers,
  localeBudgetMs: number,
): Promise<void> {
  const user = await ctx.users.lookup(client, to.teamId, to.userId, localeBudgetMs);
  const locale = await ctx.runner.localeFor(to, user).catch(() => user.locale ?? ctx.defaultLocale);
  const view = buildInterviewModal({ to, locale }, answers, ctx.translator.forLocale(locale), {
    screenshot: Boolean(ctx.screenshots),
  });
  try {
    await client.views.open({ trigger_id: triggerId, view });
  } catch (err) {
    ctx.logger.warn('slack.views-open-failed', { code: errorCode(err) });
    await reportFailure(ctx, client, to, user, new SlackAdapterError('form-expired', 'views.open failed'));
  }
}
