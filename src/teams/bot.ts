import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type BotState,
  type ConversationState,
  type InvokeResponse,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/main-dialog.ts';
import { createKeyedQueue } from '../core/async/keyed-queue.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { conversationKeyOf, ids } from './activity-ids.ts';
import type { ChannelMessageGate } from './channel-messages.ts';
import { clientLocaleOf } from './client-locale.ts';
import { DIALOG_STATE_PROPERTY } from './state-ids.ts';

export type TeamsBotDeps = {
  dialog: MainDialog;
  conversationState: ConversationState;
  userState: UserState;
  /** Channel messages without a mention (resource-specific consent): relayed in case threads, else dropped. */
  channelMessages?: ChannelMessageGate;
  logger?: Logger;
  /** For the answer to a Universal Action (`Action.Execute`) the bot's cards never send. */
  translator?: Translator;
  defaultLocale?: Locale;
};

/**
 * Routes Teams activities to the main dialog: messages (typed text and card submits), messages edited
 * or deleted in a personal chat, and the bot being added to a chat (greeting). State is saved once,
 * after the turn.
 */
export class TeamsBot extends TeamsActivityHandler {
  readonly #states: BotState[];
  readonly #dialogState: StatePropertyAccessor<DialogState>;
  readonly #running = createKeyedQueue();
  readonly #deps: TeamsBotDeps;

  constructor(deps: TeamsBotDeps) {
    super();
    this.#deps = deps;
    this.#states = [deps.conversationState, deps.userState];
    this.#dialogState = deps.conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);
    this.onMessage(async (context, next) => {
      if (await deps.channelMessages?.handled(context)) return;
      await deps.dialog.run(context, this.#dialogState);
      await next();
    });
    // An edited or deleted message of a personal chat: the turn decides whether it counts. In a group
    // chat or channel others edit their own messages all day: dropped, with the reason in the log.
    const changed = async (context: TurnContext, next: () => Promise<void>) => {
      const activity = context.activity;
      if (activity.conversation?.conversationType === 'personal') {
        await deps.dialog.run(context, this.#dialogState);
      } else {
        (deps.logger ?? silentLogger).debug('turn.message-change-ignored', {
          ...ids(activity),
          reason: 'not-personal',
        });
      }
      await next();
    };
    this.onTeamsMessageEditEvent(changed);
    this.onTeamsMessageSoftDeleteEvent(changed);
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) {
        await deps.dialog.run(context, this.#dialogState);
      }
      await next();
    });
  }

  /**
   * Invokes the bot does not serve (message extensions, task modules, a forged verb) are answered 501 by
   * the SDK without a word in the log: say which one it was, once.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    if (response.status === 501) {
      const name = String(context.activity.name ?? '').slice(0, 60);
      (this.#deps.logger ?? silentLogger).warn('teams.invoke-unsupported', { name });
    }
    return response;
  }

  /**
   * The bot's cards submit with `Action.Submit`; an `Action.Execute` (an old or forged card) gets a
   * polite message in the user's language instead of an error from the SDK.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invoke: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { translator, defaultLocale = 'en', logger = silentLogger } = this.#deps;
    logger.warn('teams.card-action-unsupported', { verb: String(invoke?.action?.verb ?? '').slice(0, 60) });
    const locale = clientLocaleOf(context.activity) ?? defaultLocale;
    const text = translator?.forLocale(locale)('common:errors.unknownButton') ?? '';
    // Teams shows a string value of this type as a message; the SDK's type only names objects.
    const value = text as unknown as Record<string, unknown>;
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value };
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
