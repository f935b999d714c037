import type { App } from '@slack/bolt';
import { codeOf } from '../../core/errors.ts';
import type { SlackContext } from '../context.ts';

/**
 * An uninstall, or a revoked bot token, forgets the workspace: its installation (the token) and its
 * settings. Bolt delivers these two events without authorizing them, since the token is already gone.
 */
export function registerInstallationEvents(app: App, ctx: SlackContext): void {
  async function forget(context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }) {
    const ws = {
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      isEnterpriseInstall: !!context.isEnterpriseInstall,
    };
    try {
      await ctx.installations?.remove(ws);
      if (!ws.isEnterpriseInstall) await ctx.workspaces.forget(ws);
    } catch (err) {
      ctx.logger.error('slack.installation-remove-failed', { code: codeOf(err) });
    }
  }

  app.event('app_uninstalled', async ({ context }) => {
    ctx.logger.info('slack.app-uninstalled', { team: context.teamId, enterprise: context.enterpriseId });
    await ctx.track(forget(context));
  });

  app.event('tokens_revoked', async ({ event, context }) => {
    // User tokens are never requested, so only a revoked bot token changes anything.
    if (!event.tokens.bot?.length) return;
    ctx.logger.info('slack.tokens-revoked', { team: context.teamId, enterprise: context.enterpriseId });
    await ctx.track(forget(context));
  });
}
