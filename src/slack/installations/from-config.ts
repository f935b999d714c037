import { type Config, parseEncryptionKey } from '../../config.ts';
import type { DocumentStore } from '../../core/ports/document-store.ts';
import type { Logger } from '../../core/ports/logger.ts';
import { createInstallationStore, type SlackInstallations } from './installation-store.ts';
import { createSecretBox, deriveDevelopmentKey } from './secret-box.ts';

/**
 * The installation store when any workspace may install the app (SLACK_CLIENT_ID); undefined with a
 * single pasted token. Production without INSTALLATION_ENCRYPTION_KEY never gets here (config refuses).
 */
export function createInstallationsFromConfig(
  config: Pick<Config, 'SLACK_CLIENT_ID' | 'SLACK_CLIENT_SECRET' | 'INSTALLATION_ENCRYPTION_KEY'>,
  store: DocumentStore,
  logger: Logger,
): SlackInstallations | undefined {
  if (!config.SLACK_CLIENT_ID) return undefined;
  let key = config.INSTALLATION_ENCRYPTION_KEY
    ? parseEncryptionKey(config.INSTALLATION_ENCRYPTION_KEY)
    : undefined;
  if (!key) {
    logger.warn('slack.installations-development-key', {
      detail:
        'INSTALLATION_ENCRYPTION_KEY is not set: workspace tokens are encrypted with a key derived from SLACK_CLIENT_SECRET. Set a key of your own before real use (production refuses to start without one).',
    });
    key = deriveDevelopmentKey(config.SLACK_CLIENT_SECRET ?? '');
  }
  return createInstallationStore({ store, box: createSecretBox(key), logger });
}
