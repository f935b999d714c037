import type { SupportPlaceLookup } from '../core/escalation/authorization.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import { isLocale } from '../core/locale.ts';
import type { DocumentStore, StoredItem } from '../core/ports/document-store.ts';
import type { SlackInstallations, WorkspaceRef } from './installations/installation-store.ts';
import { BoundedCache } from './lru.ts';

/** What a workspace admin sets for their own workspace (`/intune admin …`). */
export type WorkspaceSettings = {
  /** Channel id (C…/G…) where this workspace's cases are posted for its support team. */
  supportChannel?: string | undefined;
  /** Language for this workspace's users whose Slack language the bot does not speak. */
  locale?: Locale | undefined;
};

type SettingsDoc = StoredItem & WorkspaceSettings;

/**
 * Where each Slack workspace's messages go: its bot token (the one pasted token, or its installation)
 * and its settings. Stored settings win over the deployment's defaults (SLACK_SUPPORT_CHANNEL,
 * DEFAULT_LOCALE), so one deployment can serve several workspaces, each with its own support channel.
 */
export type SlackWorkspaces = {
  /** True when workspaces install the app themselves (OAuth) rather than one pasted token. */
  readonly multi: boolean;
  tokenFor(ws: WorkspaceRef): Promise<string | undefined>;
  settings(ws: WorkspaceRef): Promise<WorkspaceSettings>;
  saveSettings(ws: WorkspaceRef, change: WorkspaceSettings): Promise<void>;
  /** Forgets the workspace's settings (uninstall). */
  forget(ws: WorkspaceRef): Promise<void>;
};

const settingsKey = (teamId: string) => `slack/workspace/${teamId}`;
/** Every channel message asks "is this the support channel?": a short cache keeps that off the store. */
const SETTINGS_TTL_MS = 30_000;

export function createSlackWorkspaces(deps: {
  store: DocumentStore;
  defaults: WorkspaceSettings;
  token?: string | undefined;
  installations?: SlackInstallations | undefined;
}): SlackWorkspaces {
  const { store, defaults, installations } = deps;
  const cache = new BoundedCache<WorkspaceSettings>(10_000, SETTINGS_TTL_MS);

  async function stored(teamId: string): Promise<WorkspaceSettings> {
    const hit = cache.get(teamId);
    if (hit) return hit;
    const doc = (await store.read([settingsKey(teamId)]))[settingsKey(teamId)] as SettingsDoc | undefined;
    const found: WorkspaceSettings = {
      ...(typeof doc?.supportChannel === 'string' ? { supportChannel: doc.supportChannel } : {}),
      ...(isLocale(doc?.locale) ? { locale: doc.locale } : {}),
    };
    cache.set(teamId, found);
    return found;
  }

  return {
    multi: !!installations,
    async tokenFor(ws) {
      if (!installations) return deps.token;
      return (await installations.find(ws))?.bot?.token;
    },
    async settings(ws) {
      const own = ws.teamId ? await stored(ws.teamId) : {};
      // A pasted token means one workspace: the deployment's channel is its channel. With OAuth the
      // deployment's SLACK_SUPPORT_CHANNEL names a channel in no particular workspace, so it is not used.
      const base = installations ? { locale: defaults.locale } : defaults;
      return { ...base, ...own };
    },
    async saveSettings(ws, change) {
      if (!ws.teamId) return;
      const key = settingsKey(ws.teamId);
      const current = (await store.read([key]))[key] as SettingsDoc | undefined;
      const { eTag: _eTag, ...rest } = current ?? {};
      await store.write({ [key]: { ...rest, ...change } });
      cache.set(ws.teamId, { ...(await stored(ws.teamId)), ...change });
    },
    async forget(ws) {
      if (!ws.teamId) return;
      await store.delete([settingsKey(ws.teamId)]);
      cache.set(ws.teamId, {});
    },
  };
}

/**
 * Where case buttons and case-thread replies are accepted from in Slack: the support channel of the
 * actor's own workspace (its admin's setting, else SLACK_SUPPORT_CHANNEL with a single token).
 */
export function workspaceSupportPlace(workspaces: SlackWorkspaces): SupportPlaceLookup {
  return async (where) => {
    const channelId = (await workspaces.settings({ teamId: where.teamId })).supportChannel;
    return channelId ? { channelId, teamId: where.teamId } : undefined;
  };
}
