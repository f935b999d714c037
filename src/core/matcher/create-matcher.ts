import type { EntryPlatform, KnowledgeBase, Platform } from '../knowledge/entry.ts';
import { createCodeFinder } from './codes.ts';
import { findErrorLines } from './log-lines.ts';
import type { Matcher, MatchHit, MatchOptions, MatchReason, MatchResult } from './match-result.ts';
import { defaultMatcherData, type MatcherData } from './matcher-data.ts';
import { buildPhraseIndex, type IndexedEntry, type IndexedPhrase } from './phrase-index.ts';

/** Calibrated on the development queries and the held-out cases in test/unit/core/matcher. */
export const thresholds = {
  /** Least score of a confident first hit. */
  confident: 0.45,
  /** Least lead over the best hit outside the first hit's family. */
  margin: 0.12,
  /** Phrase score that counts as the unmistakable error text (overrides area/injection signals). */
  strong: 0.9,
  /** Least score for a hit to be listed at all. */
  listed: 0.12,
  maxHits: 5,
} as const;

/** Matched weight at which a phrase counts fully: one rare word alone is not enough evidence. */
const fullMass = 4.5;

type Query = {
  /** Term → match quality (1 exact, 0.8 corrected spelling). */
  terms: Map<string, number>;
  mass: number;
  sequence: string;
  /** Only the terms the index knows, in order. */
  knownSequence: string;
};

type Scored = { entry: IndexedEntry; score: number; reason: MatchReason; strong: boolean };

/**
 * A matcher over the compiled knowledge base: documented codes first, then phrases (titles, their
 * sentences, translated messages and aliases from content/matcher) compared as weighted terms, then
 * platform rules and out-of-scope signals decide the ranking and whether the first hit is confident.
 * Pure: no I/O, safe to share.
 */
export function createMatcher(kb: KnowledgeBase, data: MatcherData = defaultMatcherData()): Matcher {
  const index = buildPhraseIndex(kb, data);
  const findCodes = createCodeFinder(index.codes.keys());
  // Signal words are compared as analysed terms, so plurals, spellings and synonyms count too.
  const sequence = (text: string) => ` ${index.analyzer.analyzeExact(text).join(' ')} `;
  const platformTerms = data.synonyms.platforms.map((p) => ({
    platform: p.platform,
    terms: p.terms.map(sequence),
  }));
  // A signal that analyses to one word the articles use ("licensing" → license) would fire on in-scope text.
  const signals = data.scope.signals.map((s) => ({
    kind: s.kind,
    terms: s.terms.map(sequence).filter((t) => {
      const parts = t.trim().split(' ');
      return parts.length > 1 || !index.knows(parts[0] ?? '');
    }),
  }));
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  const hasAny = (haystack: string, terms: string[]) => terms.some((t) => t.trim() && haystack.includes(t));

  return {
    match(text: string, options: MatchOptions = {}): MatchResult {
      const focus = findErrorLines(text, (line) => (findCodes(line).known.length > 0 ? 3 : 0));
      const analysed = index.analyzer.analyze(focus);
      const haystack = ` ${analysed.map((t) => t.term).join(' ')} `;
      const stated = options.platform ?? undefined;
      const guessed = stated ?? platformTerms.find((p) => hasAny(haystack, p.terms))?.platform;

      const codes = findCodes(focus);
      const scored = new Map<string, Scored>();
      for (const key of codes.known) {
        for (const id of index.codes.get(key) ?? []) {
          const entry = byId.get(id);
          if (entry) scored.set(id, { entry, score: 1, reason: { kind: 'code', code: key }, strong: true });
        }
      }

      const queryTerms = new Map<string, number>();
      for (const t of analysed) {
        const quality = t.fuzzy ? 0.9 : 1;
        queryTerms.set(t.term, Math.max(queryTerms.get(t.term) ?? 0, quality));
      }
      let queryMass = 0;
      for (const [term, quality] of queryTerms)
        queryMass += index.weight(term) * (index.knows(term) ? 1 : 0.5) * quality;
      const knownSequence = analysed
        .map((t) => t.term)
        .filter((t) => index.knows(t))
        .join(' ');
      const query: Query = {
        terms: queryTerms,
        mass: queryMass,
        sequence: haystack,
        knownSequence: ` ${knownSequence} `,
      };

      const matchedTerms = new Map<string, Set<string>>();
      for (const entry of index.entries) {
        const scores = entry.phrases.map((phrase) => phraseScore(phrase, query, index.weight));
        let bestIndex = 0;
        for (let i = 1; i < scores.length; i++) if (scores[i] > scores[bestIndex]) bestIndex = i;
        const best = { score: scores[bestIndex] ?? 0, phrase: entry.phrases[bestIndex] };
        if (!best.phrase || best.score <= 0) continue;
        // What the entry explains of the query: terms of its well-matching phrases.
        const terms = new Set<string>();
        entry.phrases.forEach((phrase, i) => {
          if (scores[i] >= best.score * 0.5)
            for (const t of phrase.terms) if (queryTerms.has(t)) terms.add(t);
        });
        matchedTerms.set(entry.id, terms);
        const previous = scored.get(entry.id);
        if (previous && previous.score >= best.score) continue;
        scored.set(entry.id, {
          entry,
          score: best.score,
          reason:
            best.phrase.kind === 'message'
              ? { kind: 'message', phrase: best.phrase.text }
              : { kind: 'similar', phrase: best.phrase.text },
          strong: best.phrase.kind === 'message' && best.score >= thresholds.strong,
        });
      }
      demoteSubsumed(scored, matchedTerms);

      for (const s of scored.values()) s.score *= platformFactor(s.entry.platform, stated, guessed);

      const found = new Set<string>();
      for (const signal of signals) if (hasAny(haystack, signal.terms)) found.add(signal.kind);
      const unknownCodeOnly = codes.unknown.length > 0 && codes.known.length === 0;
      const ranked = [...scored.values()].sort(
        (a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id),
      );
      const top = ranked[0];
      const vetoed =
        found.has('product') ||
        unknownCodeOnly ||
        ((found.has('area') || found.has('injection')) && !(top?.strong ?? false));
      if (vetoed) for (const s of ranked) s.score *= 0.6;

      const hits: MatchHit[] = ranked
        .filter((s) => s.score >= thresholds.listed)
        .slice(0, thresholds.maxHits)
        .map((s) => ({ id: s.entry.id, score: round(s.score), why: whyText(s.reason), reason: s.reason }));

      let confident = false;
      if (top && !vetoed && top.score >= thresholds.confident) {
        const family = index.family.get(top.entry.id);
        const rival = ranked.find((s) => s !== top && !family?.has(s.entry.id));
        confident = !rival || top.score - rival.score >= thresholds.margin;
      }
      return { hits, confident: confident && hits.length > 0 };
    },
  };
}

/**
 * An entry whose matched words are a strict part of what another entry matched is the less specific
 * answer ("Profile installation failed" inside "Profile Installation Failed. A Network Error…"): it
 * loses a share of its score so the specific entry leads clearly.
 */
function demoteSubsumed(scored: Map<string, Scored>, matched: Map<string, Set<string>>): void {
  const list = [...scored.values()].filter((s) => s.reason.kind !== 'code');
  for (const weaker of list) {
    const terms = matched.get(weaker.entry.id);
    if (!terms || terms.size === 0) continue;
    const dominated = list.some((stronger) => {
      if (stronger === weaker || stronger.score < weaker.score * 0.75) return false;
      const other = matched.get(stronger.entry.id);
      return !!other && other.size > terms.size && [...terms].every((t) => other.has(t));
    });
    if (dominated) weaker.score *= 0.8;
  }
}

/**
 * How well one phrase is present in the query: the weighted share of its terms found (misspelt ones
 * count 0.8), scaled down when little weight matched in absolute terms, and nudged by how much of the
 * query the phrase explains (so "Profile Installation Failed. A Network Error…" prefers the entry
 * whose phrase has both sentences over the one with only the first). A query that is a fragment of a
 * long phrase scores by how much of the query the phrase explains.
 */
function phraseScore(phrase: IndexedPhrase, query: Query, weight: (t: string) => number): number {
  let matched = 0;
  for (const term of phrase.terms) {
    const quality = query.terms.get(term);
    if (quality) matched += weight(term) * quality;
  }
  if (matched === 0) return 0;
  const coverage = matched / phrase.total;
  const explained = query.mass > 0 ? Math.min(1, matched / query.mass) : 0;
  // Little matched weight is weak evidence, unless the words stand in the phrase's own order: a
  // message of common words ("User License Type Invalid") is still unmistakable as a whole.
  const inOrder = coverage > 0.99 && phrase.terms.length >= 2 && query.sequence.includes(phrase.sequence);
  const mass = inOrder ? 1 : Math.min(1, matched / fullMass) ** 0.5;
  const whole = coverage ** 1.5 * mass * (0.8 + 0.2 * explained);
  // A fragment of a long message ("not set to the correct time"): the query is all inside the phrase.
  const run = query.knownSequence.split(' ').length - 2 >= 3 && phrase.sequence.includes(query.knownSequence);
  const fragment = explained ** 1.5 * (run ? 1 : mass) * (0.55 + 0.3 * coverage + (run ? 0.1 : 0));
  return Math.max(whole, fragment);
}

/**
 * iOS cards are wrong for a user on Android or Windows, Android cards for iOS, Windows rows for phones.
 * A platform only guessed from the text weighs less than one the user stated.
 */
function platformFactor(
  entry: EntryPlatform,
  stated: Platform | undefined,
  guessed: Platform | undefined,
): number {
  const platform = stated ?? guessed;
  if (!platform || entry === 'all' || entry === platform) return 1;
  return stated ? 0.3 : 0.7;
}

function whyText(reason: MatchReason): string {
  switch (reason.kind) {
    case 'code':
      return `matched error code ${reason.code}`;
    case 'message':
      return `matched the message '${reason.phrase}'`;
    case 'similar':
      return `similar to '${reason.phrase}'`;
  }
}

function round(score: number): number {
  return Math.round(Math.min(1, score) * 1000) / 1000;
}
