import { type Config, redactUrl } from '../config.ts';
import type { ConversationSweep, DocumentStore, SeenKeys } from '../core/ports/document-store.ts';
import type { Logger } from '../core/ports/logger.ts';
import { PostgresStorage } from './postgres-storage.ts';
import { SqliteStorage } from './sqlite-storage.ts';

/** What the rest of the bot gets, whichever engine is behind it. */
export type Storage = DocumentStore &
  SeenKeys &
  ConversationSweep & {
    readonly engine: 'sqlite' | 'postgres';
    /** Throws when the bot could not store what it is asked to (/healthz). */
    check(): Promise<void>;
    close(): Promise<void>;
  };

/**
 * PostgreSQL when DATABASE_URL is set (the schema brought up to date before anything else runs),
 * otherwise the SQLite file at STORAGE_PATH.
 */
export async function openStorage(
  config: Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_MAX' | 'STORAGE_PATH'>,
  logger: Logger,
): Promise<Storage> {
  if (config.DATABASE_URL) {
    const pg = new PostgresStorage({ url: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX, logger });
    try {
      await pg.migrate();
    } catch (error) {
      await pg.close().catch(() => undefined);
      const code = (error as { code?: unknown } | null)?.code;
      throw new Error(
        `cannot prepare PostgreSQL at ${redactUrl(config.DATABASE_URL)} (${typeof code === 'string' ? code : 'error'}: ${(error as Error).message})`,
      );
    }
    return expose('postgres', pg, () => pg.close());
  }
  const sqlite = new SqliteStorage(config.STORAGE_PATH);
  return expose('sqlite', sqlite, async () => sqlite.close());
}

/** Bound methods only: the stores keep private state, and callers must not reach past the interface. */
function expose(
  engine: Storage['engine'],
  store: DocumentStore & SeenKeys & ConversationSweep & { check(): Promise<void> },
  close: () => Promise<void>,
): Storage {
  return {
    engine,
    read: (keys) => store.read(keys),
    write: (changes) => store.write(changes),
    delete: (keys) => store.delete(keys),
    firstSeen: (key, ttlMs) => store.firstSeen(key, ttlMs),
    sweepConversations: (before, keep) => store.sweepConversations(before, keep),
    check: () => store.check(),
    close,
  };
}
