import pg from 'pg';
import { AppError, codeOf } from '../core/errors.ts';
import {
  type ConversationSweep,
  type DocumentStore,
  ETagConflictError,
  type SeenKeys,
  type StoredItem,
  type StoredItems,
  type WrittenETags,
} from '../core/ports/document-store.ts';
import type { Logger } from '../core/ports/logger.ts';
import {
  conversationKeyPatterns,
  conversationPrefixes,
  neverSweptPatterns,
  sweepBatch,
} from './conversation-documents.ts';
import { migrate } from './postgres-migrations.ts';

/** The database did not answer (down, unreachable, refused us): nothing was stored. */
export class StorageUnavailableError extends AppError<'storage-unavailable'> {
  constructor(cause: unknown) {
    super('storage-unavailable', `Storage: the database is unavailable (${codeOf(cause)})`, { cause });
  }
}

export type PostgresOptions = {
  url: string;
  /** Connections per instance; a turn needs one at a time. */
  poolMax?: number;
  logger?: Logger;
};

/**
 * Compare-and-set in one statement: insert, or update only when the stored version is the one the
 * caller read ($3), or when the caller gave none ($3 null). No row back means another writer won.
 * Row locking in INSERT … ON CONFLICT makes this atomic across connections and instances.
 */
const upsertSql = `
  INSERT INTO documents (key, version, body) VALUES ($1, nextval('document_versions'), $2)
  ON CONFLICT (key) DO UPDATE SET version = excluded.version, body = excluded.body, updated_at = now()
    WHERE $3::bigint IS NULL OR documents.version = $3::bigint
  RETURNING version`;

/** New, or seen before but expired: either way it counts as the first sighting. */
const firstSeenSql = `
  INSERT INTO seen_keys (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
  ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_keys.expires_at <= now()
  RETURNING key`;

/**
 * One batch of the retention sweep. It goes on after the row the batch before it deleted last ($5, $6),
 * in the order of the write-time index, so old documents that stay (cases, installations) are read once
 * a sweep, not once a batch. SKIP LOCKED: instances sweeping at once take different rows, and a row a
 * turn is writing is left for the next sweep; the outer check sees the row as it is now. Returns how
 * many went and where the next batch starts (the time as text: no precision lost on the way).
 */
const sweepSql = `
  WITH gone AS (
    DELETE FROM documents WHERE updated_at < $1 AND key IN (
      SELECT key FROM documents
      WHERE updated_at < $1 AND updated_at >= $5 AND (updated_at, key) > ($5, $6)
        AND key LIKE ANY($2::text[]) AND NOT key LIKE ANY($3::text[])
        AND NOT EXISTS (SELECT 1 FROM unnest($4::text[]) AS k(prefix) WHERE starts_with(documents.key, k.prefix))
      ORDER BY updated_at, key
      LIMIT ${sweepBatch.postgres} FOR UPDATE SKIP LOCKED)
    RETURNING key, updated_at)
  SELECT count(*) OVER () AS deleted, updated_at::text AS updated_at, key FROM gone
  ORDER BY gone.updated_at DESC, key DESC LIMIT 1`;

/** Expired entries are dropped every this many sightings, so the table stays as large as its TTLs. */
const pruneEvery = 200;

/**
 * The DocumentStore on PostgreSQL, shared by any number of instances. Items are JSON text (jsonb would refuse U+0000, which chat text can hold).
 */
export class PostgresStorage implements DocumentStore, SeenKeys, ConversationSweep {
  readonly pool: pg.Pool;
  #ready: Promise<void> | undefined;
  #sightings = 0;

  constructor(options: PostgresOptions) {
    this.pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolMax ?? 10,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      application_name: 'intune-enrollment-assistant',
    });
    // An idle connection dropped by the server must not take the process down; the next query reconnects.
    this.pool.on('error', (error) =>
      options.logger?.warn('storage.connection-lost', { code: codeOf(error) }),
    );
  }

  /** Creates or upgrades the schema (safe when several instances start at once). */
  migrate(): Promise<void> {
    this.#ready ??= (async () => {
      const client = await this.pool.connect();
      try {
        await migrate(client);
      } finally {
        client.release();
      }
    })().catch((error: unknown) => {
      this.#ready = undefined;
      throw error;
    });
    return this.#ready;
  }

  async read(keys: string[]): Promise<StoredItems> {
    return this.#guard(() => this.#readNow(keys));
  }

  async #readNow(keys: string[]): Promise<StoredItems> {
    if (!Array.isArray(keys)) throw new TypeError('Storage.read: keys must be an array');
    const items: StoredItems = {};
    if (keys.length === 0) return items;
    await this.migrate();
    const result = await this.pool.query<{ key: string; version: string; body: string }>(
      'SELECT key, version, body FROM documents WHERE key = ANY($1::text[])',
      [keys],
    );
    for (const row of result.rows)
      items[row.key] = { ...(JSON.parse(row.body) as StoredItem), eTag: row.version };
    return items;
  }

  async write(changes: StoredItems): Promise<WrittenETags> {
    return this.#guard(() => this.#writeNow(changes));
  }

  async #writeNow(changes: StoredItems): Promise<WrittenETags> {
    if (!changes || typeof changes !== 'object')
      throw new TypeError('Storage.write: changes must be an object');
    const entries = Object.entries(changes);
    const written: WrittenETags = {};
    if (entries.length === 0) return written;
    const rows = entries.map(([key, item]) => {
      if (!item || typeof item !== 'object') throw new TypeError(`Storage.write: "${key}" is not an object`);
      const { eTag, ...body } = item;
      return [key, JSON.stringify(body), expectedVersion(eTag)] as const;
    });
    await this.migrate();
    // The version the row has now comes back with the write: the writer needs no read to learn it.
    const upsert = async (query: pg.Pool | pg.PoolClient, row: (typeof rows)[number]) => {
      const result = await query.query<{ version: string }>(upsertSql, [...row]);
      const version = result.rows[0]?.version;
      if (result.rowCount !== 1 || version === undefined) throw new ETagConflictError(row[0]);
      written[row[0]] = String(version);
    };
    const [only] = rows;
    if (only && rows.length === 1) {
      await upsert(this.pool, only);
      return written;
    }
    // Several keys: all or nothing, so a stale eTag on any key leaves every key untouched.
    await this.#transaction(async (client) => {
      for (const row of rows) await upsert(client, row);
    });
    return written;
  }

  async delete(keys: string[]): Promise<void> {
    return this.#guard(() => this.#deleteNow(keys));
  }

  async #deleteNow(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('Storage.delete: keys must be an array');
    if (keys.length === 0) return;
    await this.migrate();
    await this.pool.query('DELETE FROM documents WHERE key = ANY($1::text[])', [keys]);
  }

  async sweepConversations(before: Date, keep: readonly string[]): Promise<number> {
    return this.#guard(() => this.#sweepNow(before, keep));
  }

  async #sweepNow(before: Date, keep: readonly string[]): Promise<number> {
    await this.migrate();
    const params = [
      before,
      [...conversationKeyPatterns],
      [...neverSweptPatterns],
      keep.flatMap(conversationPrefixes),
    ];
    let deleted = 0;
    let after = { updated_at: '-infinity', key: '' };
    for (;;) {
      const result = await this.pool.query<{ deleted: string; updated_at: string; key: string }>(sweepSql, [
        ...params,
        after.updated_at,
        after.key,
      ]);
      const last = result.rows[0];
      const changes = Number(last?.deleted ?? 0);
      deleted += changes;
      if (!last || changes < sweepBatch.postgres) return deleted;
      after = last;
    }
  }

  async firstSeen(key: string, ttlMs: number): Promise<boolean> {
    return this.#guard(() => this.#firstSeenNow(key, ttlMs));
  }

  async #firstSeenNow(key: string, ttlMs: number): Promise<boolean> {
    await this.migrate();
    if (++this.#sightings % pruneEvery === 0) {
      await this.pool.query('DELETE FROM seen_keys WHERE expires_at <= now()');
    }
    const result = await this.pool.query(firstSeenSql, [key, Math.max(1, Math.round(ttlMs))]);
    return result.rowCount === 1;
  }

  /** Throws unless the database answers and takes writes (a failed-over read-only replica does not). */
  async check(): Promise<void> {
    return this.#guard(() => this.#checkNow());
  }

  async #checkNow(): Promise<void> {
    await this.migrate();
    const result = await this.pool.query<{ readonly: boolean }>('SELECT pg_is_in_recovery() AS readonly');
    if (result.rows[0]?.readonly) {
      throw Object.assign(new Error('the database is read-only'), { code: 'storage-read-only' });
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Conflicts and bad input pass through; anything else from the database means it is unavailable. */
  async #guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ETagConflictError || error instanceof TypeError) throw error;
      if ((error as { code?: unknown }).code === 'storage-read-only') throw error;
      throw new StorageUnavailableError(error);
    }
  }

  async #transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** `*` or no eTag overwrites; anything else must equal the stored version (a non-number never does). */
function expectedVersion(eTag: string | undefined): string | null {
  if (eTag === undefined || eTag === '*') return null;
  return /^\d{1,18}$/.test(eTag) ? eTag : '-1';
}
