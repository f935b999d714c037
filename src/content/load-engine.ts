import { createConversationEngine } from '../core/conversation/engine.ts';
import type { ConversationEngine } from '../core/conversation/turn.ts';
import type { KnowledgeBase } from '../core/knowledge/entry.ts';
import { createMatcher } from '../core/matcher/create-matcher.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { loadKnowledgeBase } from './load-knowledge.ts';
import { loadTriageRules } from './load-triage-rules.ts';

/**
 * The conversation engine over what content/ holds: knowledge base, matcher index and triage rules.
 * One place builds it, so the bot, the terminal chat and the tests run the same thing.
 */
export function loadConversationEngine(deps: { translator: Translator; logger?: Logger }): {
  kb: KnowledgeBase;
  engine: ConversationEngine;
} {
  const { translator, logger } = deps;
  const kb = loadKnowledgeBase(
    undefined,
    logger ? (message) => logger.warn('kb-warning', { detail: message }) : undefined,
  );
  const engine = createConversationEngine({
    kb,
    matcher: createMatcher(kb),
    translator,
    rules: loadTriageRules(),
    ...(logger ? { logger } : {}),
  });
  return { kb, engine };
}
