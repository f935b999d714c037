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

  async read(keys: string[]): Promise<StoredItems> {
    this.#guard();
    return this.inner.read(keys);
  }

  async write(changes: StoredItems): Promise<void> {
    this.#guard();
    // MemoryStorage checks one key at a time; check all first so a conflict writes nothing.
    const current = await this.inner.read(Object.keys(changes));
    for (const [key, item] of Object.entries(changes)) {
      const stored = current[key] as { eTag?: string } | undefined;
      if (stored && item.eTag !== undefined && item.eTag !== '*' && item.eTag !== stored.eTag) {
        throw new ETagConflictError(key);
      }
    }
    await this.inner.write(changes);
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
