import { UserState } from 'botbuilder';
import { MainDialog } from '../../dialogs/main-dialog.ts';
import { createQuestionCards } from '../core/conversation/question-cards.ts';
import type { ConversationEngine } from '../core/conversation/turn.ts';
import { createTurnRunner, type TurnRunner } from '../core/conversation/turn-runner.ts';
import type { EscalationPort } from '../core/escalation/port.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import { type Clock, systemClock } from '../core/ports/clock.ts';
import type { DocumentStore } from '../core/ports/document-store.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { TeamsBot } from './bot.ts';
import { botStorage } from './bot-storage.ts';
import { createChannelMessageGate } from './channel-messages.ts';
import { createDialogState } from './dialog-state.ts';
import { createTeamsIdentity } from './identity.ts';
import { createTeamsRenderer } from './reply-activities.ts';
import type { TeamsScreenshotReader } from './screenshot.ts';
import { USER_PREFERENCES_PROPERTY } from './state-ids.ts';
import { createTeamsTurn, type RenderReplies, type UserPreferences } from './teams-turn.ts';

export type TeamsBotOptions = {
  engine: ConversationEngine;
  translator: Translator;
  storage: DocumentStore;
  logger: Logger;
  defaultLocale: Locale;
  escalation?: EscalationPort | undefined;
  supportChannelId?: string | undefined;
  /** Adaptive Cards by default; the terminal chat passes a text renderer. */
  render?: RenderReplies;
  clock?: Clock;
  /** The turn runner every channel shares; one over `storage` is made when none is given. */
  turns?: TurnRunner;
  /** Reads screenshots sent in chat (see ./screenshot.ts); none: pictures are answered with "type the text". */
  screenshots?: TeamsScreenshotReader;
};

/** The bot, its dialog and the two state scopes over one storage: what the HTTP server and the chat run. */
export function createTeamsBot(options: TeamsBotOptions) {
  const { conversationState, persistence } = createDialogState(options.storage);
  const userState = new UserState(botStorage(options.storage));
  const runner =
    options.turns ??
    createTurnRunner({
      engine: options.engine,
      store: options.storage,
      translator: options.translator,
      logger: options.logger,
      clock: options.clock ?? systemClock,
      escalation: options.escalation,
    });
  const identity = createTeamsIdentity({ supportChannelId: options.supportChannelId });
  const turn = createTeamsTurn({
    runner,
    translator: options.translator,
    render: options.render ?? createTeamsRenderer(options.translator),
    preferences: userState.createProperty<UserPreferences>(USER_PREFERENCES_PROPERTY),
    identity,
    defaultLocale: options.defaultLocale,
    logger: options.logger,
    ...(options.screenshots ? { screenshots: options.screenshots } : {}),
    questionCards: createQuestionCards(options.storage, options.logger),
  });
  const dialog = new MainDialog({ turn, persistence });
  const channelMessages = createChannelMessageGate({ identity, escalation: options.escalation });
  const bot = new TeamsBot({
    dialog,
    conversationState,
    userState,
    channelMessages,
    logger: options.logger,
    translator: options.translator,
    defaultLocale: options.defaultLocale,
  });
  return { bot, dialog, conversationState, userState, runner };
}
