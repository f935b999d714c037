import type { Matcher, MatchResult } from '../matcher/match-result.ts';
import { spanNames, type Telemetry } from '../ports/telemetry.ts';

/** How sure the matcher was, as a support lead reads it: a card, a choice, "not ours", or nothing. */
export function matchOutcome(result: MatchResult): string {
  if (result.confident && result.hits.length > 0) return 'confident';
  if (result.outOfScope) return 'out-of-scope';
  return result.hits.length > 0 ? 'candidates' : 'none';
}

/**
 * The matcher with a span per match and a count per outcome. The span carries the top entry's id,
 * score and reason kind, never the text matched nor the phrase that matched it.
 */
export function traceMatcher(matcher: Matcher, telemetry: Telemetry): Matcher {
  return {
    match(text, options) {
      const attributes = {
        'bot.locale': options?.locale ?? undefined,
        'bot.platform': options?.platform ?? undefined,
      };
      return telemetry.span(spanNames.match, attributes, (span) => {
        const result = matcher.match(text, options);
        const top = result.hits[0];
        const outcome = matchOutcome(result);
        span.set({
          'bot.match.outcome': outcome,
          'bot.match.entry': top?.id,
          'bot.match.score': top ? Math.round(top.score * 1000) / 1000 : undefined,
          'bot.match.reason': top?.reason.kind,
          'bot.match.hits': result.hits.length,
        });
        telemetry.record('matchOutcomes', 1, { 'bot.match.outcome': outcome });
        return result;
      });
    },
  };
}
