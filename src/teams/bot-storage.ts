import type { Storage } from 'botbuilder';
import type { DocumentStore } from '../core/ports/document-store.ts';

/**
 * A DocumentStore as botbuilder's `Storage`: the same calls, except that botbuilder expects nothing
 * back from a write, where our stores give the new eTags.
 */
export function botStorage(store: DocumentStore): Storage {
  return {
    read: (keys) => store.read(keys),
    write: async (changes) => {
      await store.write(changes);
    },
    delete: (keys) => store.delete(keys),
  };
}
