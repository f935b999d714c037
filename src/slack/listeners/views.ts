import type { App } from '@slack/bolt';
import { INTERVIEW_VIEW_ID } from '../constants.ts';
import { clientFor, reportFailure, type SlackContext } from '../context.ts';
import { decodeMetadata, readInterviewSubmission } from '../views/interview-modal.ts';

/**
 * The submitted interview: checked inline (the modal stays open with the error under the field),
 * else closed at once and answered where the command came from.
 */
export function registerViews(app: App, ctx: SlackContext): void {
  app.view(INTERVIEW_VIEW_ID, async ({ ack, view, body, context }) => {
    const client = clientFor(ctx, context);
    const meta = decodeMetadata(view.private_metadata);
    const locale = meta?.locale ?? ctx.defaultLocale;
    const result = readInterviewSubmission(view.state.values, ctx.translator.forLocale(locale));
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: result.errors });
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
          await ctx.runner.run({ client, to, user, input: { kind: 'form', answers: result.answers } });
        } catch (err) {
          await reportFailure(ctx, client, to, user, err);
        }
      })(),
    );
  });
}
