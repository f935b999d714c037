import type { ConversationState, Storage, TurnContext } from 'botbuilder';
import type { DialogStatePersistence } from '../../dialogs/main-dialog.ts';
import { createOnlyETag } from '../core/ports/document-store.ts';

/**
 * Compare-and-set for the conversation state that holds the dialog stack. botbuilder's
 * `saveChanges` writes with eTag `*` (last writer wins); this writes with the eTag read in the turn,
 * so a turn that lost the race to another server instance fails and runs again on fresh state.
 * After a write the state is read back, so the bot's own save at the end of the turn finds nothing
 * changed and the next compare-and-set has the new eTag.
 */
export function createDialogStatePersistence(
  conversationState: ConversationState,
  storage: Storage,
): DialogStatePersistence {
  return {
    async eTag(context: TurnContext) {
      const state = (await conversationState.load(context)) as { eTag?: unknown };
      return typeof state.eTag === 'string' && state.eTag !== '*' ? state.eTag : undefined;
    },
    async reload(context: TurnContext) {
      await conversationState.load(context, true);
    },
    async save(context: TurnContext, eTag: string | undefined) {
      const key = conversationState.getStorageKey(context);
      if (!key) return;
      const state = (await conversationState.load(context)) as Record<string, unknown>;
      // Nothing read: create only, so a first turn racing on another instance cannot be overwritten.
      await storage.write({ [key]: { ...state, eTag: eTag ?? createOnlyETag } });
      await conversationState.load(context, true);
    },
  };
}
