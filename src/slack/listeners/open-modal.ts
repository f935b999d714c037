import type { webApi } from '@slack/bolt';
import type { Answers } from '../../core/interview/questions.ts';
import type { Locale } from '../../core/knowledge/entry.ts';
import type { SlackAddress } from '../address.ts';
import { reportFailure, type SlackContext } from '../context.ts';
import { SlackAdapterError } from '../errors.ts';
import { errorCode, type SlackUser } from '../user-directory.ts';
import { buildInterviewModal } from '../views/interview-modal.ts';

/** users.info may take this long before the modal opens in the default language (trigger lives 3 s). */
const MODAL_LOCALE_BUDGET_MS = 800;

/**
 * Opens the interview modal right away: the trigger id expires three seconds after the click. Its
 * language is the one already known for the conversation or the user (storage only); users.info, which
 * waits behind the turn bound under load, is asked only when none is, and only so long.
 * `prefill`: the form starts with the answers the conversation has (a button in the conversation).
 */
export async function openInterviewModal(
  ctx: SlackContext,
  client: webApi.WebClient,
  triggerId: string,
  to: SlackAddress,
  options: { prefill: boolean },
): Promise<void> {
  const known = await ctx.runner.recall(to).catch(() => ({ doc: undefined, locale: undefined }));
  const user: SlackUser = known.locale
    ? { name: to.userId, locale: known.locale }
    : await ctx.users.lookup(client, to.teamId, to.userId, MODAL_LOCALE_BUDGET_MS);
  const locale = known.locale ?? user.locale ?? ctx.defaultLocale;
  const answers = options.prefill ? (known.doc?.state.answers ?? {}) : {};
  const view = buildInterviewModal({ to, locale }, answers, ctx.translator.forLocale(locale), {
    screenshot: Boolean(ctx.screenshots),
  });
  try {
    const opened = await client.views.open({ trigger_id: triggerId, view });
    // The stored language is the user's Slack language as of their last message: if they changed it
    // since, the open form is rewritten in the new one once Slack says so.
    const viewId = opened.view?.id;
    if (known.locale && !known.chosen && viewId) {
      const prefill = { answers, locale, viewId };
      void ctx.track(relanguage(ctx, client, to, prefill)).catch(() => undefined);
    }
  } catch (err) {
    ctx.logger.warn('slack.views-open-failed', { code: errorCode(err) });
    await reportFailure(ctx, client, to, user, new SlackAdapterError('form-expired', 'views.open failed'));
  }
}

/** Rewrites the open form in the user's current Slack language, when it is not the one it opened in. */
async function relanguage(
  ctx: SlackContext,
  client: webApi.WebClient,
  to: SlackAddress,
  form: { answers: Answers; locale: Locale; viewId: string },
): Promise<void> {
  const fresh = await ctx.users.refresh?.(client, to.teamId, to.userId);
  const locale = fresh?.locale;
  if (!locale || locale === form.locale) return;
  const view = buildInterviewModal({ to, locale }, form.answers, ctx.translator.forLocale(locale), {
    screenshot: Boolean(ctx.screenshots),
  });
  try {
    await client.views.update({ view_id: form.viewId, view });
    ctx.logger.info('slack.modal-relanguaged', { team: to.teamId });
  } catch (err) {
    ctx.logger.warn('slack.views-update-failed', { code: errorCode(err) });
  }
}
