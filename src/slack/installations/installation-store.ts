import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { AppError, codeOf } from '../../core/errors.ts';
import type { DocumentStore, StoredItem } from '../../core/ports/document-store.ts';
import type { Logger } from '../../core/ports/logger.ts';
import type { SecretBox } from './secret-box.ts';

/** Which workspace (or Enterprise Grid org) a request or a notice belongs to. */
export type WorkspaceRef = { teamId?: string | undefined; enterpriseId?: string | undefined };

/** The installation as stored: everything Slack returned, sealed; only the lookup ids in the clear. */
type InstallationDoc = StoredItem & { sealed: string; installedAt: string; enterpriseInstall: boolean };

export class InstallationNotFoundError extends AppError<'installation-not-found'> {
  constructor() {
    super('installation-not-found', 'No Slack installation for this workspace');
  }
}

/** An org-wide install is keyed by the enterprise id (it serves every workspace of the org), else by team. */
export function installationKey(query: { isEnterpriseInstall?: boolean | undefined } & WorkspaceRef): string {
  if (query.isEnterpriseInstall && query.enterpriseId)
    return `slack/installation/enterprise/${query.enterpriseId}`;
  if (query.teamId) return `slack/installation/team/${query.teamId}`;
  throw new InstallationNotFoundError();
}

export type SlackInstallations = InstallationStore & {
  /** The installation that answers for a workspace: its own, else its org's; undefined when none. */
  find(ws: WorkspaceRef): Promise<Installation | undefined>;
  /** Forgets a workspace (uninstalled, or its bot token revoked). */
  remove(query: { isEnterpriseInstall?: boolean | undefined } & WorkspaceRef): Promise<void>;
};

/**
 * Bolt's InstallationStore on the bot's DocumentStore (SQLite or PostgreSQL alike). Each installation is
 * sealed whole with the SecretBox, bound to its key: the tokens are unreadable without
 * INSTALLATION_ENCRYPTION_KEY, and a row copied under another workspace's key does not open.
 */
export function createInstallationStore(deps: {
  store: DocumentStore;
  box: SecretBox;
  logger: Logger;
  now?: () => Date;
}): SlackInstallations {
  const { store, box, logger } = deps;
  const now = deps.now ?? (() => new Date());

  async function readKey(key: string): Promise<Installation | undefined> {
    const doc = (await store.read([key]))[key] as InstallationDoc | undefined;
    if (!doc?.sealed) return undefined;
    try {
      return JSON.parse(box.open(doc.sealed, key)) as Installation;
    } catch (error) {
      // A changed key or a tampered row: the workspace must install again; never a crash.
      logger.error('slack.installation-unreadable', { key, code: codeOf(error) });
      return undefined;
    }
  }

  async function remove(query: { isEnterpriseInstall?: boolean | undefined } & WorkspaceRef) {
    const key = installationKey(query);
    await store.delete([key]);
    logger.info('slack.installation-removed', { key });
  }

  return {
    async storeInstallation(installation) {
      const isEnterpriseInstall = !!installation.isEnterpriseInstall;
      const key = installationKey({
        isEnterpriseInstall,
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
      });
      const doc: InstallationDoc = {
        sealed: box.seal(JSON.stringify(installation), key),
        installedAt: now().toISOString(),
        enterpriseInstall: isEnterpriseInstall,
      };
      await store.write({ [key]: doc });
      logger.info('slack.installation-stored', { key, enterpriseInstall: isEnterpriseInstall });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await readKey(installationKey(query));
      if (!found) throw new InstallationNotFoundError();
      return found;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await remove(query);
    },
    async find(ws) {
      const own = ws.teamId ? await readKey(installationKey({ teamId: ws.teamId })) : undefined;
      if (own || !ws.enterpriseId) return own;
      return readKey(installationKey({ isEnterpriseInstall: true, enterpriseId: ws.enterpriseId }));
    },
    remove,
  };
}
