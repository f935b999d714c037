import { ConversationState, type TurnContext } from 'botbuilder';
import type { DialogStatePersistence } from '../../dialogs/main-dialog.ts';
import { createOnlyETag, type DocumentStore, type StoredItem } from '../core/ports/document-store.ts';
import { botStorage } from './bot-storage.ts';

export type DialogState = {
  /** botbuilder's conversation scope, over `storage`: the dialog stack lives in it. */
  conversationState: ConversationState;
  persistence: DialogStatePersistence;
};

/**
 * The conversation state that holds the dialog stack, and its compare-and-set. botbuilder's
 * `saveChanges` writes with eTag `*` (last writer wins); `persistence.save` writes with the eTag read
 * in the turn, so a turn that lost the race to another server instance fails and runs again on fresh
 * state.
 * After that write botbuilder must hold what was stored with its new eTag, so that its own save at the
 * end of the turn finds nothing changed and a further compare-and-set has the right eTag. Our stores
 * return the new eTag with the write, so the state is cached from what was written, without reading it
 * back (one storage round trip a turn less); a store that returns none is read back.
 */
export function createDialogState(storage: DocumentStore): DialogState {
  // What `save` has just written, answered to botbuilder's forced load in place of a read: that load
  // is its only public way to cache a state as stored (the object and the hash it compares with).
  const justWritten = new Map<string, StoredItem>();
  const stored = botStorage(storage);
  const conversationState = new ConversationState({
    ...stored,
    read: async (keys) => {
      const item = keys.length === 1 ? justWritten.get(keys[0] ?? '') : undefined;
      return item && keys[0] !== undefined ? { [keys[0]]: item } : stored.read(keys);
    },
  });

  async function eTag(context: TurnContext) {
    const state = (await conversationState.load(context)) as { eTag?: unknown };
    return typeof state.eTag === 'string' && state.eTag !== '*' ? state.eTag : undefined;
  }

  async function save(context: TurnContext, expected: string | undefined) {
    const key = conversationState.getStorageKey(context);
    if (!key) return;
    const state = (await conversationState.load(context)) as Record<string, unknown>;
    // Nothing read: create only, so a first turn racing on another instance cannot be overwritten.
    const written = await storage.write({ [key]: { ...state, eTag: expected ?? createOnlyETag } });
    const newETag = written?.[key];
    if (!newETag) {
      await conversationState.load(context, true);
      return;
    }
    // A copy, as a read would give: the turn's own objects stay apart from the cached state.
    justWritten.set(key, { ...(JSON.parse(JSON.stringify(state)) as StoredItem), eTag: newETag });
    try {
      await conversationState.load(context, true);
    } finally {
      justWritten.delete(key);
    }
  }

  return {
    conversationState,
    persistence: {
      eTag,
      async reload(context) {
        await conversationState.load(context, true);
      },
      save,
    },
  };
}
