import type { webApi } from '@slack/bolt';
import { isLocale } from '../../core/locale.ts';
import { isDirectChannel, type SlackAddress } from '../address.ts';
import { type SlackContext, sendText } from '../context.ts';
import { escapeMrkdwn } from '../render/mrkdwn.ts';
import { errorCode } from '../user-directory.ts';

/** `/intune admin …`: a workspace's own settings. The keywords are the same in every language, like options. */
const ADMIN_WORD = 'admin';

export function isAdminCommand(text: string): boolean {
  return text.trim().split(/\s+/)[0]?.toLowerCase() === ADMIN_WORD;
}

/**
 * `/intune admin support-channel` (typed in the channel that should get this workspace's cases) and
 * `/intune admin language <en|sv|zh-CN|fr>`; `/intune admin` alone shows both. Workspace admins and
 * owners only: Slack's users.info says who they are.
 */
export async function runAdminCommand(
  ctx: SlackContext,
  client: webApi.WebClient,
  to: SlackAddress,
  text: string,
): Promise<void> {
  const [, setting, value] = text.trim().split(/\s+/);
  const locale = (await ctx.users.lookup(client, to.teamId, to.userId)).locale ?? ctx.defaultLocale;
  const t = ctx.translator.forLocale(locale);
  const say = (key: string, vars: Record<string, string> = {}) =>
    sendText(ctx, client, to, t(key, { command: escapeMrkdwn(ctx.command), ...vars }));

  if (!(await isWorkspaceAdmin(ctx, client, to.userId))) {
    ctx.logger.warn('slack.admin-refused', { team: to.teamId, user: to.userId });
    await say('slack:admin.notAdmin');
    return;
  }
  const ws = { teamId: to.teamId, enterpriseId: to.enterpriseId };
  switch (setting?.toLowerCase()) {
    case 'support-channel': {
      if (isDirectChannel(to.channelId)) {
        await say('slack:admin.channelOnly');
        return;
      }
      await ctx.workspaces.saveSettings(ws, { supportChannel: to.channelId });
      ctx.logger.info('slack.workspace-setting', { team: to.teamId, setting: 'support-channel' });
      await say('slack:admin.channelSet', { channel: `<#${to.channelId}>` });
      return;
    }
    case 'language': {
      if (!isLocale(value)) {
        await say('slack:admin.usage', await current(ctx, ws));
        return;
      }
      await ctx.workspaces.saveSettings(ws, { locale: value });
      ctx.logger.info('slack.workspace-setting', { team: to.teamId, setting: 'language', locale: value });
      await say('slack:admin.languageSet', { language: value });
      return;
    }
    default:
      await say('slack:admin.usage', await current(ctx, ws));
  }
}

async function current(ctx: SlackContext, ws: { teamId: string }) {
  const s = await ctx.workspaces.settings(ws);
  return {
    channel: s.supportChannel ? `<#${s.supportChannel}>` : '—',
    language: s.locale ?? ctx.defaultLocale,
  };
}

async function isWorkspaceAdmin(
  ctx: SlackContext,
  client: webApi.WebClient,
  userId: string,
): Promise<boolean> {
  try {
    const { user } = await client.users.info({ user: userId });
    return !!(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch (err) {
    ctx.logger.warn('slack.users-info-failed', { user: userId, code: errorCode(err) });
    return false;
  }
}
