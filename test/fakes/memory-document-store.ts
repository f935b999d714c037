import { MemoryStorage } from 'botbuilder';
import {
  type DocumentStore,
  ETagConflictError,
  type StoredItems,
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

  async write(changes: StoredItems): Promise<void> {
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
    });
    this.#writes = run.catch(() => {});
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
