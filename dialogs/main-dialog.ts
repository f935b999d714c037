import type { StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import {
  Dialog,
  type DialogContext,
  type DialogInstance,
  DialogSet,
  type DialogState,
  type DialogTurnResult,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import type { ConversationState } from '../src/core/conversation/turn.ts';
import {
  isConversationState,
  type StateSlot,
  type StateSnapshot,
} from '../src/core/conversation/turn-runner.ts';

/** Id of the main dialog, kept stable so state written by one release is read by the next. */
export const MAIN_DIALOG = 'intune-enrollment-main';

/**
 * How the dialog's state reaches storage with compare-and-set: botbuilder's own save overwrites
 * whatever is stored, which would let two server instances erase each other's turns.
 */
export type DialogStatePersistence = {
  /** The eTag of the conversation state as read in this turn. */
  eTag(context: TurnContext): Promise<string | undefined>;
  /** Reads the conversation state again from storage (another writer won the race). */
  reload(context: TurnContext): Promise<void>;
  /** Writes the conversation state only if the stored one still has `eTag`; throws on a conflict. */
  save(context: TurnContext, eTag: string | undefined): Promise<void>;
};

/** Carries out one turn; `state` reads and writes the engine state this dialog keeps. */
export type DialogTurn = (context: TurnContext, state: StateSlot) => Promise<void>;

export type MainDialogDeps = {
  turn: DialogTurn;
  /** Without it the state is saved by the bot after the turn (tests, the terminal chat). */
  persistence?: DialogStatePersistence;
};

type Holder = { engine?: unknown };

/**
 * The Bot Framework face of the conversation. It stays active for the whole conversation and keeps
 * the engine's state in its dialog state (the dialog stack is the interview's memory); each turn it
 * hands the activity and that state to the shared turn runner.
 */
export class MainDialog extends Dialog {
  readonly #deps: MainDialogDeps;
  readonly #sets = new WeakMap<StatePropertyAccessor<DialogState>, DialogSet>();
  readonly #accessors = new WeakMap<TurnContext, StatePropertyAccessor<DialogState>>();

  constructor(deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.#deps = deps;
  }

  /** One turn of the conversation: continue the dialog, or begin it on the first turn. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    let set = this.#sets.get(dialogState);
    if (!set) {
      set = new DialogSet(dialogState).add(this);
      this.#sets.set(dialogState, set);
    }
    this.#accessors.set(context, dialogState);
    const dc = await set.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.#turn(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.#turn(dc);
  }

  async #turn(dc: DialogContext): Promise<DialogTurnResult> {
    await this.#deps.turn(dc.context, this.#slot(dc));
    return Dialog.EndOfTurn;
  }

  /** The engine state in this dialog's instance state, written back with compare-and-set. */
  #slot(dc: DialogContext): StateSlot {
    const context = dc.context;
    const persistence = this.#deps.persistence;
    let holder = (dc.activeDialog?.state ?? {}) as Holder;
    return {
      read: async (attempt: number): Promise<StateSnapshot> => {
        if (attempt > 1 && persistence) {
          await persistence.reload(context);
          holder = await this.#freshHolder(context);
        }
        const state = isConversationState(holder.engine) ? holder.engine : undefined;
        return { state, eTag: await persistence?.eTag(context) };
      },
      write: async (snapshot, out): Promise<void> => {
        holder.engine = out.state satisfies ConversationState;
        await persistence?.save(context, snapshot.eTag);
      },
    };
  }

  /** This dialog's instance state in the conversation state just read again. */
  async #freshHolder(context: TurnContext): Promise<Holder> {
    const accessor = this.#accessors.get(context);
    const stack = accessor ? ((await accessor.get(context, { dialogStack: [] })).dialogStack ?? []) : [];
    let instance = stack.find((d: DialogInstance) => d.id === this.id);
    if (!instance) {
      instance = { id: this.id, state: {} };
      stack.unshift(instance);
    }
    return instance.state as Holder;
  }
}
