import { loadKnowledgeBase } from '../../src/content/load-knowledge.ts';
import { loadTriageRules } from '../../src/content/load-triage-rules.ts';
import { createConversationEngine } from '../../src/core/conversation/engine.ts';
import type { TurnOutput } from '../../src/core/conversation/turn.ts';
import type { Locale } from '../../src/core/knowledge/entry.ts';
import { createMatcher } from '../../src/core/matcher/create-matcher.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { driveConversation } from './drive-conversation.ts';

/** The engine over the real knowledge base and matcher: conversations as a user has them. */
export const kb = loadKnowledgeBase();
export const translator = createTranslator();
export const engine = createConversationEngine({
  kb,
  matcher: createMatcher(kb),
  translator,
  rules: loadTriageRules(),
});

/** A conversation with the real engine. */
export const realConversation = (clientLocale: Locale = 'en') => driveConversation(engine, clientLocale);

/** The text of a turn's text replies, one a line. */
export const textOf = (out: TurnOutput) =>
  out.replies.map((r) => (r.kind === 'text' ? r.text : '')).join('\n');
