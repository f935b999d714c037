import type { EntryPlatform, Platform } from '../knowledge/entry.ts';
import type { MatchReason } from './match-result.ts';
import type { IndexedEntry, IndexedPhrase } from './phrase-index.ts';

/** Terms lighter than this ("not", "device", "enroll") say little about which entry is meant. */
const genericWeight = 1;

/** Matched weight at which a phrase counts fully: one rare word alone is not enough evidence. */
const fullMass = 4.5;

/** Share of its score a Windows row (the Intune PC client) keeps for a text about a phone or a tablet. */
const handheldOnWindows = 0.4;

/** A query as the scorer sees it. */
export type Query = {
  /** Term → match quality (1 exact, 0.9 corrected spelling). */
  terms: Map<string, number>;
  /** Weight of all its terms (terms the index does not know count half). */
  mass: number;
  /** All terms in reading order, space-separated, a space at each end. */
  sequence: string;
  /** Only the terms the index knows, in order, same format. */
  knownSequence: string;
  knownCount: number;
};

export type Scored = {
  entry: IndexedEntry;
  score: number;
  reason: MatchReason;
  /** The whole error message word for word: unmistakable whatever surrounds it. */
  strong: boolean;
  /** The whole query is one of the entry's messages, word for word. */
  exact: boolean;
  /** Number of the phrase it was found by (in `PhraseIndex.phrases`); none for a code. */
  phrase?: number;
};

/** A phrase's score, and whether all its words stand in the query in its own order. */
export type PhraseMatch = { score: number; verbatim: boolean };

/**
 * How well one phrase is present in the query, from `matched` (the weight of its terms found, spelling
 * corrections counting 0.9): the weighted share of the phrase found, scaled down when little weight
 * matched in absolute terms, nudged by how much of the query the phrase explains (so "Profile
 * Installation Failed. A Network Error…" prefers the phrase with both sentences). A query that is a
 * fragment of a long phrase ("not set to the correct time") scores by how much of it the phrase explains.
 */
export function phraseScore(phrase: IndexedPhrase, matched: number, query: Query): Readonly<PhraseMatch> {
  if (matched <= 0) return found(0, false);
  const coverage = Math.min(1, matched / phrase.total);
  const explained = query.mass > 0 ? Math.min(1, matched / query.mass) : 0;
  // Words in the phrase's own order make a message of common words ("User License Type Invalid")
  // unmistakable as a whole, whatever their weights.
  // (An alias needs three words for that: "already enrolled" in order is still two common words.)
  const minRun = phrase.kind === 'message' ? 2 : 3;
  const inOrder =
    coverage > 0.99 && phrase.terms.length >= minRun && query.sequence.includes(phrase.sequence);
  const mass = inOrder ? 1 : Math.min(1, matched / fullMass) ** 0.5;
  const whole = coverage ** 1.5 * mass * (0.7 + 0.3 * explained);
  // Only a phrase that explains most of the query can hold all of it as a run: test those alone.
  const run = query.knownCount >= 3 && explained > 0.5 && phrase.sequence.includes(query.knownSequence);
  const fragment = explained ** 1.5 * (run ? 1 : mass) * (0.55 + 0.3 * coverage + (run ? 0.1 : 0));
  // Article prose describes more than the error ("…such as a Company Portal Temporarily Unavailable error").
  const weight = phrase.kind === 'prose' ? 0.85 : 1;
  return found(Math.max(whole, fragment) * weight, inOrder);
}

/**
 * The answer of `phraseScore`, one object reused by every call (a query scores hundreds of phrases, and
 * an object each is garbage at once): read it before the next call.
 */
const lastMatch: PhraseMatch = { score: 0, verbatim: false };
function found(score: number, verbatim: boolean): PhraseMatch {
  lastMatch.score = score;
  lastMatch.verbatim = verbatim;
  return lastMatch;
}

/** Least weight of a term that corroborates an entry's best phrase ("device" or "fail" say nothing). */
const corroboratingWeight = 1.5;
/**
 * Least score of an entry's best phrase for its other phrases to count (the matcher's least listed
 * score): a card its best phrase does not list is no reading of the text, and words scattered over its
 * many aliases ("still", "new") would only lift it into a rival.
 */
const corroboratedFrom = 0.12;

/**
 * An entry's score from its best phrase, raised by the specific words of the text its other
 * well-matching phrases explain and the best one does not (by their share of the text's weight). A
 * description in a user's words touches several of an entry's sentences (a cause, a symptom, where it
 * shows) and rarely all of one: "a phone vanished from the Configuration Manager collection, the
 * management profile is still on it" is one card's issue sentence, while its best single match, "a
 * management profile is already installed", is another card's alias.
 */
export function corroborated(
  best: number,
  bestTerms: readonly string[],
  explained: ReadonlySet<string>,
  query: Query,
  weight: (term: string) => number,
): number {
  if (query.mass <= 0 || best < corroboratedFrom) return best;
  const own = new Set(bestTerms);
  let extra = 0;
  for (const t of explained) {
    const w = weight(t);
    if (!own.has(t) && w >= corroboratingWeight) extra += w * (query.terms.get(t) ?? 0);
  }
  return best * (1 + Math.min(1, extra / query.mass));
}

/**
 * An entry whose matched words are a strict part of what another, about as strong entry matched is the
 * less specific answer ("Profile installation failed" inside "Profile Installation Failed. A Network
 * Error…"): it loses a share of its score so the specific entry leads clearly. An entry that matched
 * beyond the other only generic words ("not", "device") while the other holds more of the text's
 * specific meaning ("ADE enrollment doesn't start" against the connection to Apple, for "ADE fails on
 * the office network, works on a hotspot") reads less of the text too: it keeps its score (it may be
 * the better reading of a short text) but is no rival that makes the other a question. Returns, for
 * each such entry, the entries that subsume it.
 */
export function demoteSubsumed(
  candidates: readonly Scored[],
  matched: Map<string, Set<string>>,
  weight: (term: string) => number,
): Map<string, Set<string>> {
  const list = candidates.filter((s) => s.reason.kind !== 'code');
  const subsumedBy = new Map<string, Set<string>>();
  const strict = new Set<string>();
  const specificWeight = (terms: Iterable<string>) => {
    let sum = 0;
    for (const t of terms) if (weight(t) >= genericWeight) sum += weight(t);
    return sum;
  };
  for (const weaker of list) {
    const terms = matched.get(weaker.entry.id);
    if (!terms || terms.size === 0) continue;
    for (const stronger of list) {
      if (stronger === weaker || stronger.score < weaker.score * 0.75) continue;
      const other = matched.get(stronger.entry.id);
      if (!other) continue;
      // The terms only the weaker matched: counted, and whether each is generic, without listing them.
      let extra = 0;
      let extraGeneric = true;
      for (const t of terms) {
        if (other.has(t)) continue;
        extra++;
        if (extraGeneric && weight(t) >= genericWeight) extraGeneric = false;
      }
      if (extra === 0 ? other.size <= terms.size : !lessSpecific(extraGeneric, terms, other)) continue;
      if (extra === 0) strict.add(weaker.entry.id);
      const set = subsumedBy.get(weaker.entry.id) ?? new Set<string>();
      set.add(stronger.entry.id);
      subsumedBy.set(weaker.entry.id, set);
    }
  }
  for (const s of list) if (strict.has(s.entry.id)) s.score *= 0.8;
  return subsumedBy;

  function lessSpecific(extraGeneric: boolean, terms: Set<string>, other: Set<string>): boolean {
    return extraGeneric && specificWeight(other) > specificWeight(terms);
  }
}

/**
 * iOS cards are wrong for a user on Android or Windows, Android cards for iOS, Windows rows for phones.
 * A platform only guessed from the text weighs less than one the user stated; a phone or a tablet of
 * no named platform is at least not a Windows PC.
 */
export function platformFactor(
  entry: EntryPlatform,
  stated: Platform | undefined,
  guessed: Platform | undefined,
  handheld = false,
): number {
  const platform = stated ?? guessed;
  if (!platform) return handheld && entry === 'windows' ? handheldOnWindows : 1;
  if (entry === 'all' || entry === platform) return 1;
  if (stated) return 0.3;
  // An iPhone, an iPad or an Android phone named in the text is no Windows PC running the Intune client,
  // whatever the rest of the text leaves open: as unlikely as a phone or tablet of no named platform.
  return entry === 'windows' ? handheldOnWindows : 0.7;
}
