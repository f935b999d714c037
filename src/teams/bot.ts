import {
  type BotState,
  type ConversationState,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/main-dialog.ts';
import { createKeyedQueue } from '../core/async/keyed-queue.ts';
import { conversationKeyOf } from './activity-ids.ts';
import type { ChannelMessageGate } from './channel-messages.ts';
import { DIALOG_STATE_PROPERTY } from './state-ids.ts';

export type TeamsBotDeps = {
  dialog: MainDialog;
  conversationState: ConversationState;
  userState: UserState;
  /** Channel messages without a mention (resource-specific consent): relayed in case threads, else dropped. */
  channelMessages?: ChannelMessageGate;
};

/**
 * Routes Teams activities to the main dialog: messages (typed text and card submits) and the bot
 * being added to a chat (greeting). State is saved once, after the turn.
 */
export class TeamsBot extends TeamsActivityHandler {
  readonly #states: BotState[];
  readonly #dialogState: StatePropertyAccessor<DialogState>;
  readonly #running = createKeyedQueue();

  constructor(deps: TeamsBotDeps) {
    super();
    this.#states = [deps.conversationState, deps.userState];
    this.#dialogState = deps.conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);
    this.onMessage(async (context, next) => {
      if (await deps.channelMessages?.handled(context)) return;
      await deps.dialog.run(context, this.#dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) {
        await deps.dialog.run(context, this.#dialogState);
      }
      await next();
    });
  }

  /**
   * Turns of one conversation run one after another: botbuilder saves state last-writer-wins, so two
   * quick messages (or a double-clicked button) would otherwise each start from the same state and
   * the second save would erase the first turn.
   */
  override async run(context: TurnContext): Promise<void> {
    await this.#running.run(conversationKeyOf(context.activity), async () => {
      await super.run(context);
      for (const state of this.#states) await state.saveChanges(context, false);
    });
  }
}
