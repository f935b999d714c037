import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import {
  type DocumentStore,
  ETagConflictError,
  type StoredItem,
  type StoredItems,
} from '../core/ports/document-store.ts';

export class StorageClosedError extends Error {
  readonly code = 'storage-closed';
  constructor() {
    super('Storage: used after close()');
    this.name = 'StorageClosedError';
  }
}

const memoryPath = ':memory:';

/**
 * The durable DocumentStore, also usable as botbuilder's `Storage` (same shape), on Node's built-in
 * SQLite. One row per key: the item as JSON and its eTag. A multi-key write is one transaction, so a
 * stale eTag on any key leaves every key untouched. Calls are synchronous under the hood, which makes
 * each read-check-write atomic within the process; WAL and a busy timeout cover a second process on
 * the same file.
 */
export class SqliteStorage implements DocumentStore {
  readonly path: string;
  #db: DatabaseSync | undefined;
  readonly #select: StatementSync;
  readonly #selectETag: StatementSync;
  readonly #upsert: StatementSync;
  readonly #remove: StatementSync;

  constructor(path: string) {
    this.path = path;
    if (path !== memoryPath && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
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
    this.#db = db;
    this.#select = db.prepare('SELECT etag, body FROM documents WHERE key = ?');
    this.#selectETag = db.prepare('SELECT etag FROM documents WHERE key = ?');
    this.#upsert = db.prepare(
      `INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, body = excluded.body, updated_at = excluded.updated_at`,
    );
    this.#remove = db.prepare('DELETE FROM documents WHERE key = ?');
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

  async write(changes: StoredItems): Promise<void> {
    if (!changes || typeof changes !== 'object')
      throw new TypeError('Storage.write: changes must be an object');
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
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
        this.#upsert.run(key, newETag(), JSON.stringify(body), at);
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('Storage.delete: keys must be an array');
    this.#transaction(() => {
      for (const key of keys) this.#remove.run(key);
    });
  }

  /** Throws when the database cannot answer (used by /healthz). */
  async check(): Promise<void> {
    this.#open().prepare('SELECT count(*) AS n FROM documents WHERE key = ?').get('healthz');
  }

  close(): void {
    this.#db?.close();
    this.#db = undefined;
  }

  #open(): DatabaseSync {
    if (!this.#db) throw new StorageClosedError();
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

function newETag(): string {
  return randomBytes(9).toString('base64url');
}
