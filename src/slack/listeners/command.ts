import type { App, webApi } from '@slack/bolt';
import type { SlackAddress } from '../address.ts';
import { clientFor, reportFailure, type SlackContext, sendText } from '../context.ts';
import { plainTextFromSlack } from '../text.ts';
import { isAdminCommand, runAdminCommand } from './admin.ts';
import { openInterviewModal } from './open-modal.ts';

function isHelp(ctx: SlackContext, text: string): boolean {
  const words = ctx.translator.allVariants('slack:help.words').map((w) => w.toLowerCase());
  return words.includes(text.trim().toLowerCase());
}

/**
 * `/intune <text>`: private answer through response_url. `/intune` alone: the interview modal.
 * `/intune help`: usage in the user's language. The ack goes out before any other call.
 */
export function registerCommand(app: App, ctx: SlackContext): void {
  app.command(ctx.command, async ({ command, ack, context }) => {
    await ack();
    const client = clientFor(ctx, context);
    if (!client) return;
    const to: SlackAddress = {
      mode: 'ephemeral',
      teamId: command.team_id,
      ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}),
      channelId: command.channel_id,
      userId: command.user_id,
      responseUrl: command.response_url,
    };
    const text = plainTextFromSlack(command.text);
    if (!text) {
      await ctx.track(openInterviewModal(ctx, client, command.trigger_id, to, { prefill: false }));
      return;
    }
    if (isAdminCommand(text)) {
      await ctx.track(runAdminCommand(ctx, client, to, text));
      return;
    }
    await ctx.track(answer(ctx, client, to, text));
  });
}

async function answer(ctx: SlackContext, client: webApi.WebClient, to: SlackAddress, text: string) {
  const user = await ctx.users.lookup(client, to.teamId, to.userId);
  try {
    if (isHelp(ctx, text)) {
      const t = ctx.translator.forLocale(await ctx.runner.localeFor(to, user));
      await sendText(ctx, client, to, t('slack:help.usage', { command: ctx.command }));
      return;
    }
    await ctx.runner.run({ client, to, user, input: { kind: 'text', text } });
  } catch (err) {
    await reportFailure(ctx, client, to, user, err);
  }
}
