import type { Matcher, MatchOptions, MatchResult } from '../../src/core/matcher/match-result.ts';

type Script = (text: string, options: MatchOptions) => MatchResult | undefined;

/**
 * A matcher whose answers the test decides, so conversation tests exercise routing decisions
 * (confident, close candidates, nothing) independently of the real matcher's ranking.
 * Records every call so tests can check what was asked (e.g. the platform passed after the interview).
 */
export function createScriptedMatcher(
  script: Script,
): Matcher & { calls: { text: string; options: MatchOptions }[] } {
  const calls: { text: string; options: MatchOptions }[] = [];
  return {
    calls,
    match(text, options = {}) {
      calls.push({ text, options });
      return script(text, options) ?? { hits: [], confident: false };
    },
  };
}

export function hit(id: string, score: number, phrase = 'the message') {
  return { id, score, why: `matched the message '${phrase}'`, reason: { kind: 'message' as const, phrase } };
}
