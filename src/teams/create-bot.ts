import { ConversationState, UserState } from 'botbuilder';
import { USER_PREFERENCES_PROPERTY } from '../../dialogs/dialog-ids.ts';
import { MainDialog, type RenderReplies, type UserPreferences } from '../../dialogs/main-dialog.ts';
import type { ConversationEngine } from '../core/conversation/turn.ts';
import type { EscalationPort } from '../core/escalation/port.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import type { Clock } from '../core/ports/clock.ts';
import type { DocumentStore } from '../core/ports/document-store.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { TeamsBot } from './bot.ts';
import { createTeamsIdentity } from './identity.ts';
import { createTeamsRenderer } from './reply-activities.ts';

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
};

/** The bot, its dialog and the two state scopes over one storage: what the HTTP server and the chat run. */
export function createTeamsBot(options: TeamsBotOptions) {
  const conversationState = new ConversationState(options.storage);
  const userState = new UserState(options.storage);
  const dialog = new MainDialog({
    engine: options.engine,
    translator: options.translator,
    render: options.render ?? createTeamsRenderer(options.translator),
    preferences: userState.createProperty<UserPreferences>(USER_PREFERENCES_PROPERTY),
    identity: createTeamsIdentity({ supportChannelId: options.supportChannelId }),
    defaultLocale: options.defaultLocale,
    escalation: options.escalation,
    logger: options.logger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const bot = new TeamsBot({ dialog, conversationState, userState });
  return { bot, dialog, conversationState, userState };
}
