import { createConversationEngine } from '../core/conversation/engine.ts';
import type { ConversationEngine } from '../core/conversation/turn.ts';
import type { KnowledgeBase } from '../core/knowledge/entry.ts';
import { createMatcher } from '../core/matcher/create-matcher.ts';
import type { Logger } from '../core/ports/logger.ts';
import { noTelemetry, type Telemetry } from '../core/ports/telemetry.ts';
import type { Translator } from '../core/ports/translator.ts';
import { traceMatcher } from '../core/telemetry/traced-matcher.ts';
import { loadKnowledgeBase } from './load-knowledge.ts';
import { loadTriageRules } from './load-triage-rules.ts';

/**
 * The conversation engine over what content/ holds: knowledge base, matcher index and triage rules.
 * One place builds it, so the bot, the terminal chat and the tests run the same thing.
 */
export function loadConversationEngine(deps: {
  translator: Translator;
  logger?: Logger;
  /** Spans and outcome counts of every match, when telemetry is on. */
  telemetry?: Telemetry;
}): {
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
    matcher:
      deps.telemetry && deps.telemetry !== noTelemetry
        ? traceMatcher(createMatcher(kb), deps.telemetry)
        : createMatcher(kb),
    translator,
    rules: loadTriageRules(),
    ...(logger ? { logger } : {}),
  });
  return { kb, engine };
}
