import { MemoryStorage } from 'botbuilder';
import {
  type DocumentStore,
  ETagConflictError,
  type StoredItems,
  type WrittenETags,
} from '../../src/core/ports/document-store.ts';

/**
 * botbuilder's MemoryStorage behind the DocumentStore port (conflicts surface as ETagConflictError),
 * with a switch that makes every call fail like a storage outage.
 */
export class MemoryDocumentStore implements DocumentStore {
  readonly inner = new MemoryStorage();
  failing = false;
  #writes: Promise<void> = Promise.resolve();

  async read(keys: string[]): Promise<StoredItems> {
    this.#guard();
    return this.inner.read(keys);
  }

  /** Resolves to the new eTags, as SqliteStorage and PostgresStorage do. */
  async write(changes: StoredItems): Promise<WrittenETags> {
    this.#guard();
    // Writes run one at a time and check every key before writing any, so a conflict is atomic
    // (as in SqliteStorage) and always surfaces as ETagConflictError.
    const run = this.#writes.then(async () => {
      const current = await this.inner.read(Object.keys(changes));
      for (const [key, item] of Object.entries(changes)) {
        const stored = current[key] as { eTag?: string } | undefined;
        if (stored && item.eTag !== undefined && item.eTag !== '*' && item.eTag !== stored.eTag) {
          throw new ETagConflictError(key);
        }
      }
      await this.inner.write(changes);
      const written = await this.inner.read(Object.keys(changes));
      return Object.fromEntries(Object.entries(written).map(([key, item]) => [key, String(item.eTag)]));
    });
    this.#writes = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  async delete(keys: string[]): Promise<void> {
    this.#guard();
    await this.inner.delete(keys);
  }

  async check(): Promise<void> {
    this.#guard();
  }

  #guard(): void {
    if (this.failing) throw Object.assign(new Error('storage unavailable'), { code: 'storage-unavailable' });
  }
}
