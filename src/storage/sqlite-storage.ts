import { randomUUID } from 'node:crypto';
import { accessSync, closeSync, constants, fstatSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { setImmediate } from 'node:timers/promises';
import { AppError } from '../core/errors.ts';
import {
  type ConversationSweep,
  type DocumentStore,
  ETagConflictError,
  type SeenKeys,
  type StoredItem,
  type StoredItems,
  type WrittenETags,
} from '../core/ports/document-store.ts';
import {
  conversationKeyPatterns,
  conversationPrefixes,
  neverSweptPatterns,
  sweepBatch,
} from './conversation-documents.ts';

export class StorageClosedError extends AppError<'storage-closed'> {
  constructor() {
    super('storage-closed', 'Storage: used after close()');
  }
}

/**
 * The database file is gone or another file took its place (deleted, restored from a backup under
 * the running bot): writes would land in an unlinked file and vanish at the next restart.
 */
export class StorageFileError extends AppError<'storage-file-gone'> {
  constructor(path: string, why: string) {
    super('storage-file-gone', `Storage: ${path} ${why}; restart the bot once the file is back`);
  }
}

const memoryPath = ':memory:';
/** Expired seen keys are dropped every this many sightings, so the table stays as large as its TTLs. */
const pruneEvery = 200;

/**
 * The durable DocumentStore on Node's built-in SQLite. One row per key: the item as JSON and its
 * eTag. A multi-key write is one transaction, so a stale eTag on any key leaves every key untouched. Calls are synchronous under the hood, which makes
 * each read-check-write atomic within the process; WAL and a busy timeout cover a second process on
 * the same file.
 */
export class SqliteStorage implements DocumentStore, SeenKeys, ConversationSweep {
  readonly path: string;
  #db: DatabaseSync | undefined;
  /**
   * Our own handle on the file this connection writes: compared with what STORAGE_PATH names now,
   * and held so the inode cannot be reused by a new file while we compare.
   */
  #file: number | undefined;
  /** The identity of that file: it cannot change while we hold it open, so it is read once. */
  #opened: { dev: number; ino: number } | undefined;
  readonly #firstSeen: StatementSync;
  readonly #prune: StatementSync;
  #sightings = 0;
  readonly #select: StatementSync;
  readonly #selectETag: StatementSync;
  readonly #upsert: StatementSync;
  readonly #remove: StatementSync;
  readonly #sweep: StatementSync;

  constructor(path: string) {
    this.path = path;
    if (isFile(path)) mkdirSync(dirname(path), { recursive: true });
    const db = new DatabaseSync(path);
    db.exec('PRAGMA busy_timeout = 5000');
    if (path !== memoryPath) {
      db.exec('PRAGMA journal_mode = WAL');
      db.exec('PRAGMA synchronous = NORMAL');
    }
    db.exec(`CREATE TABLE IF NOT EXISTS documents (
      key TEXT PRIMARY KEY NOT NULL,
      etag TEXT NOT NULL,
      body TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) WITHOUT ROWID`);
    db.exec(`CREATE TABLE IF NOT EXISTS seen_keys (
      key TEXT PRIMARY KEY NOT NULL,
      expires_at INTEGER NOT NULL
    ) WITHOUT ROWID`);
    db.exec('CREATE INDEX IF NOT EXISTS seen_keys_expiry ON seen_keys (expires_at)');
    // The retention sweep looks for old rows only; files made before it get the index here.
    db.exec('CREATE INDEX IF NOT EXISTS documents_updated_at ON documents (updated_at)');
    this.#db = db;
    this.#file = isFile(path) ? openSync(path, 'r') : undefined;
    this.#opened = this.#file === undefined ? undefined : fstatSync(this.#file);
    this.#select = db.prepare('SELECT etag, body FROM documents WHERE key = ?');
    this.#selectETag = db.prepare('SELECT etag FROM documents WHERE key = ?');
    this.#upsert = db.prepare(
      `INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, body = excluded.body, updated_at = excluded.updated_at`,
    );
    this.#remove = db.prepare('DELETE FROM documents WHERE key = ?');
    // New, or seen before but expired: either way it counts as the first sighting.
    this.#firstSeen = db.prepare(
      `INSERT INTO seen_keys (key, expires_at) VALUES (?, ?)
       ON CONFLICT(key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_keys.expires_at <= ?
       RETURNING key`,
    );
    this.#prune = db.prepare('DELETE FROM seen_keys WHERE expires_at <= ?');
    const matches = conversationKeyPatterns.map(() => 'key LIKE ?').join(' OR ');
    const excluded = neverSweptPatterns.map(() => 'key NOT LIKE ?').join(' AND ');
    // Each batch goes on after the last row the one before it deleted, in the order of the index, so
    // old documents that stay (cases, installations) are read once a sweep, not once a batch.
    this.#sweep = db.prepare(
      `DELETE FROM documents WHERE key IN (
         SELECT key FROM documents WHERE updated_at < ? AND (updated_at, key) > (?, ?)
           AND (${matches}) AND ${excluded}
           AND NOT EXISTS (SELECT 1 FROM json_each(?) k WHERE substr(documents.key, 1, length(k.value)) = k.value)
         ORDER BY updated_at, key LIMIT ${sweepBatch.sqlite})
       RETURNING key, updated_at`,
    );
  }

  async read(keys: string[]): Promise<StoredItems> {
    if (!Array.isArray(keys)) throw new TypeError('Storage.read: keys must be an array');
    this.#open();
    const items: StoredItems = {};
    for (const key of keys) {
      const row = this.#select.get(key) as { etag: string; body: string } | undefined;
      if (row) items[key] = { ...(JSON.parse(row.body) as StoredItem), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoredItems): Promise<WrittenETags> {
    if (!changes || typeof changes !== 'object')
      throw new TypeError('Storage.write: changes must be an object');
    const entries = Object.entries(changes);
    const written: WrittenETags = {};
    if (entries.length === 0) return written;
    this.#transaction(() => {
      const at = new Date().toISOString();
      for (const [key, item] of entries) {
        if (!item || typeof item !== 'object')
          throw new TypeError(`Storage.write: "${key}" is not an object`);
        const { eTag, ...body } = item;
        if (eTag !== undefined && eTag !== '*') {
          const current = this.#selectETag.get(key) as { etag: string } | undefined;
          if (current && current.etag !== eTag) throw new ETagConflictError(key);
        }
        const next = newETag();
        this.#upsert.run(key, next, JSON.stringify(body), at);
        written[key] = next;
      }
    });
    return written;
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('Storage.delete: keys must be an array');
    this.#transaction(() => {
      for (const key of keys) this.#remove.run(key);
    });
  }

  async sweepConversations(before: Date, keep: readonly string[]): Promise<number> {
    const kept = JSON.stringify(keep.flatMap(conversationPrefixes));
    let deleted = 0;
    // Where the next batch starts: after this write time and key ('' sorts before any of them).
    let after = { updated_at: '', key: '' };
    for (;;) {
      let gone: { key: string; updated_at: string }[] = [];
      // One short transaction per batch, so turns on the same file are never held up for long.
      this.#transaction(() => {
        gone = this.#sweep.all(
          before.toISOString(),
          after.updated_at,
          after.key,
          ...conversationKeyPatterns,
          ...neverSweptPatterns,
          kept,
        ) as typeof gone;
      });
      deleted += gone.length;
      if (gone.length < sweepBatch.sqlite) return deleted;
      for (const row of gone) if (laterRow(row, after)) after = row;
      // Each call blocks the process while it runs: between batches, the turns waiting get their go.
      await setImmediate();
    }
  }

  async firstSeen(key: string, ttlMs: number): Promise<boolean> {
    this.#open();
    const now = Date.now();
    if (++this.#sightings % pruneEvery === 0) this.#prune.run(now);
    return this.#firstSeen.get(key, now + Math.max(1, ttlMs), now) !== undefined;
  }

  /**
   * Throws when the bot could not store what it is asked to (used by /healthz): the database does not
   * answer, STORAGE_PATH no longer holds the file this connection writes, or it cannot be written.
   */
  async check(): Promise<void> {
    const db = this.#open();
    if (this.#file !== undefined) accessSync(this.path, constants.W_OK);
    this.#transaction(() => {
      db.prepare('DELETE FROM seen_keys WHERE key = ?').run('healthz');
    });
  }

  close(): void {
    this.#db?.close();
    this.#db = undefined;
    if (this.#file !== undefined) closeSync(this.#file);
    this.#file = undefined;
    this.#opened = undefined;
  }

  #open(): DatabaseSync {
    if (!this.#db) throw new StorageClosedError();
    const opened = this.#opened;
    if (opened !== undefined) {
      // One stat per call: cheap next to the query, and it keeps a turn from being stored into a
      // deleted file that the next restart would not see.
      const named = statSync(this.path, { throwIfNoEntry: false });
      if (!named) throw new StorageFileError(this.path, 'no longer exists');
      if (named.dev !== opened.dev || named.ino !== opened.ino)
        throw new StorageFileError(this.path, 'is another file than the one the bot opened');
    }
    return this.#db;
  }

  #transaction(work: () => void): void {
    const db = this.#open();
    db.exec('BEGIN IMMEDIATE');
    try {
      work();
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}

/**
 * Whether `a` comes after `b` in the order of the write-time index: time, then key. JavaScript orders
 * keys by UTF-16 unit and SQLite by byte, which differ only beyond U+FFFF; there the cursor can only land
 * early among the rows just deleted, so the next batch rereads a few rows and never skips one.
 */
function laterRow(a: { key: string; updated_at: string }, b: { key: string; updated_at: string }): boolean {
  return a.updated_at > b.updated_at || (a.updated_at === b.updated_at && a.key > b.key);
}

function isFile(path: string): boolean {
  return path !== memoryPath && !path.startsWith('file:');
}

/** randomUUID draws from a buffered pool: one system call for many writes, not one each. */
function newETag(): string {
  return randomUUID();
}
