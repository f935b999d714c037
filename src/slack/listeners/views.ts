import type { App } from '@slack/bolt';
import { screenshotTurn } from '../../core/conversation/screenshot-turn.ts';
import type { Reply } from '../../core/reply/reply.ts';
import { INTERVIEW_VIEW_ID } from '../constants.ts';
import { clientFor, reportFailure, type SlackContext } from '../context.ts';
import {
  decodeMetadata,
  ERROR_TEXT_MAX,
  isErrorTextGiven,
  readInterviewSubmission,
} from '../views/interview-modal.ts';

/**
 * The submitted interview: checked inline (the modal stays open with the error under the field),
 * else closed at once and answered where the command came from. A screenshot in the form is read
 * after the modal closes (reading takes longer than Slack waits for the answer to a submission).
 */
export function registerViews(app: App, ctx: SlackContext): void {
  app.view(INTERVIEW_VIEW_ID, async ({ ack, view, body, context }) => {
    const client = clientFor(ctx, context);
    const meta = decodeMetadata(view.private_metadata);
    const locale = meta?.locale ?? ctx.defaultLocale;
    const t = ctx.translator.forLocale(locale);
    const result = readInterviewSubmission(view.state.values, t);
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: result.errors });
      return;
    }
    const typed = (result.answers.errorText ?? '').trim();
    if (!isErrorTextGiven(typed) && !ctx.screenshots) {
      // A picture alone, with pictures not read here: the text is still needed.
      await ack({ response_action: 'errors', errors: { errorText: t('slack:modal.errorTextMissing') } });
      return;
    }
    await ack();
    if (!client) return;
    if (!meta || meta.to.userId !== body.user.id) {
      ctx.logger.warn('slack.view-metadata-invalid', { user: body.user.id });
      return;
    }
    const to = meta.to;
    await ctx.track(
      (async () => {
        const user = await ctx.users.lookup(client, to.teamId, to.userId);
        try {
          const answers = { ...result.answers };
          let notices: Reply[] = [];
          if (result.screenshot && ctx.screenshots) {
            const shot = screenshotTurn(
              await ctx.screenshots(result.screenshot, client.token, locale),
              ctx.translator,
              locale,
            );
            if ('refusal' in shot) {
              // Without typed text there is nothing to answer: the reason and a request for the text.
              if (!isErrorTextGiven(typed))
                return await ctx.runner.deliverReplies(client, to, shot.refusal, locale);
              notices = shot.refusal;
            } else {
              answers.errorText = [typed, shot.text].filter(Boolean).join('\n').slice(0, ERROR_TEXT_MAX);
              notices = shot.notices;
            }
          }
          await ctx.runner.run({ client, to, user, input: { kind: 'form', answers }, notices });
        } catch (err) {
          await reportFailure(ctx, client, to, user, err);
        }
      })(),
    );
  });
}
