import {
  type BotState,
  type ConversationState,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { DIALOG_STATE_PROPERTY } from '../../dialogs/dialog-ids.ts';
import type { MainDialog } from '../../dialogs/main-dialog.ts';

export type TeamsBotDeps = {
  dialog: MainDialog;
  conversationState: ConversationState;
  userState: UserState;
};

/**
 * Routes Teams activities to the main dialog: messages (typed text and card submits) and the bot
 * being added to a chat (greeting). State is saved once, after the turn.
 */
export class TeamsBot extends TeamsActivityHandler {
  readonly #states: BotState[];
  readonly #dialogState: StatePropertyAccessor<DialogState>;

  constructor(deps: TeamsBotDeps) {
    super();
    this.#states = [deps.conversationState, deps.userState];
    this.#dialogState = deps.conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);
    this.onMessage(async (context, next) => {
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

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    for (const state of this.#states) await state.saveChanges(context, false);
  }
}
