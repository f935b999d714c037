import type { PhraseIndex } from './phrase-index.ts';
import type { Scored } from './scoring.ts';

/** Terms lighter than this ("not", "device", "enroll") tell no card from another. */
const specificWeight = 1;

/** Weight of the words only a sibling explains that make it the better reading (a cause, not a word). */
const siblingEvidence = 2;

/** Share of its score the card a sibling replaces keeps, as a less specific reading ("demoteSubsumed"). */
const replacedShare = 0.8;

/** Scores this close are the same message found in two cards. */
const tie = 1e-9;

/**
 * Cards of one family can share a message: "Profile installation failed" is the whole of the general iOS
 * card and the first sentence of the three iOS cards that each name a cause (personal devices blocked, a
 * management profile already there…). The shared message says which family the text is about; the rest
 * of it says which card. When the first hit was found by such a message and a sibling whose own message
 * carries it explains words of the text the first hit does not (the cause the user describes: "people's
 * own iPhones", "a colleague's old iPad", "no CNAME record"), weighing at least `siblingEvidence` and more
 * than what the first hit explains beyond the message, the sibling is the answer: it takes the first
 * hit's score, and the first hit keeps a share of its own as the less specific reading. `explained`
 * (entry id → terms of the text its good phrases explain) gains the shared message's words for the sibling,
 * so the replaced card is read as part of it. Scores before platform factors; the platform decides after.
 */
export function preferExplainingSibling(
  pool: readonly Scored[],
  scored: ReadonlyMap<string, Scored>,
  explained: Map<string, Set<string>>,
  index: PhraseIndex,
  platformFit: (s: Scored) => number,
): void {
  // The card found by a message: the first hit, or the one under a sibling that already leads.
  const top = pool.find((s) => s.reason.kind === 'message' && s.phrase !== undefined);
  if (top?.phrase === undefined) return;
  // Cards whose whole message is the same ("Profile installation failed" on Android and on iOS) tie: the
  // platform tells them apart later, so a sibling must read the text better than each of them.
  const replaced = pool.filter((s) => s.reason.kind === 'message' && top.score - s.score < tie);
  const topTerms = new Set(replaced.flatMap((s) => [...(explained.get(s.entry.id) ?? [])]));
  const message = index.phrases[top.phrase].phrase.terms.filter((t) => topTerms.has(t));
  if (message.length === 0) return;
  const topFit = Math.max(...replaced.map(platformFit));
  const weigh = (terms: Iterable<string>, without: (t: string) => boolean) => {
    let sum = 0;
    for (const t of terms) if (!without(t) && index.weight(t) >= specificWeight) sum += index.weight(t);
    return sum;
  };
  let best: { sibling: Scored; own: number } | undefined;
  for (const sibling of scored.values()) {
    if (replaced.includes(sibling) || sibling.reason.kind === 'code') continue;
    const terms = explained.get(sibling.entry.id);
    if (!terms) continue;
    // The cheap figures first: most entries explain nothing the first hit does not.
    const own = weigh(terms, (t) => topTerms.has(t));
    if (own < siblingEvidence || (best && own <= best.own)) continue;
    const topOwn = weigh(topTerms, (t) => terms.has(t) || message.includes(t));
    if (own <= topOwn || !carries(sibling, message)) continue;
    // A card for another platform than the one named is no better reading (an iOS cause on Android).
    if (platformFit(sibling) < topFit) continue;
    best = { sibling, own };
  }
  if (!best) return;
  const { sibling } = best;
  // Only between the first hit and its siblings: a card ranked under another reading stays where it is.
  if (pool[0] !== sibling && !replaced.includes(pool[0])) return;
  sibling.score = Math.max(sibling.score, top.score);
  for (const s of replaced) s.score *= replacedShare;
  const terms = explained.get(sibling.entry.id) ?? new Set<string>();
  for (const t of message) terms.add(t);
  explained.set(sibling.entry.id, terms);
}

/** Whether one of the entry's documented messages holds all these terms (the shared message is in it). */
function carries(sibling: Scored, terms: readonly string[]): boolean {
  return sibling.entry.phrases.some((p) => p.kind === 'message' && terms.every((t) => p.terms.includes(t)));
}
