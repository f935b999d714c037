import { z } from 'zod';
import type { MatchHit, MatchResult } from './match-result.ts';
import { isHan, words } from './normalize.ts';

/**
 * A second opinion learned from labelled queries, for descriptions in the user's own words (no
 * documented code, no documented message word for word): a multinomial logistic model over hashed
 * features of the text (its words, word pairs and the letters inside the words, Chinese characters and
 * their pairs, and the matcher's own terms, which carry its synonyms across the four languages). It
 * re-ranks the rule matcher's candidates, may add one, and moves the confidence only where the two
 * agree or disagree strongly. scripts/learned-train.ts fits it; the constants of `blend` were chosen by
 * leave-one-batch-out cross-validation (scripts/learned-evaluate.ts).
 */
export const learnedModelSchema = z.object({
  about: z.string().min(3),
  /** Names of the labelled query sets the model was fitted on (never a batch kept fresh). */
  trainedOn: z.array(z.string()).min(1),
  /** Entry ids the model tells apart; `''` is "none of them" (a near miss or an unrelated text). */
  classes: z.array(z.string()).min(2),
  /** Hash buckets of the features. */
  buckets: z.number().int().positive(),
  /** Weights as signed bytes, bucket by bucket (all the classes of one bucket side by side), base64. */
  weights: z.string(),
  /** A byte of weight is worth `scale`. */
  scale: z.number().positive(),
  bias: z.array(z.number()),
  blend: z.object({
    /** Share of the combined score that is the model's probability (the rest is the matcher's score). */
    weight: z.number().min(0).max(1),
    /**
     * Least probability (of the first hit's family) that makes a first hit the rules doubt confident
     * (above 1: never, which is what cross-validation chose)…
     */
    agree: z.number().min(0).max(2),
    /** …with at most this probability of "none of them" and at least this score of the matcher's own. */
    none: z.number().min(0).max(1),
    least: z.number().min(0).max(1),
    /** Below this probability of its family, a first hit the rules found confident is a question. */
    disagree: z.number().min(0).max(1),
  }),
});
export type LearnedModel = z.infer<typeof learnedModelSchema>;
export type Blend = LearnedModel['blend'];

/** The class of "none of the entries". */
export const noneClass = '';

/** Most characters and terms of a text the model reads: a description is short; a paste was cut to its error lines. */
const maxChars = 1000;
const maxTerms = 200;

/**
 * The features of a text: `w:` words, `b:` word pairs, `g:` three-letter runs inside words (typos,
 * endings, compounds), `t:` the matcher's terms (stems and synonym concepts). Chinese words are the
 * character pairs `words` cuts; each character counts alone too.
 */
export function learnedFeatures(text: string, terms: readonly string[]): string[] {
  const out: string[] = [];
  const ws = words(text.length > maxChars ? text.slice(0, maxChars) : text);
  let previous = '';
  for (const w of ws) {
    out.push(`w:${w}`);
    if (previous) out.push(`b:${previous}_${w}`);
    previous = w;
    if (isHan(w)) {
      if (w.length > 1) for (const ch of w) out.push(`c:${ch}`);
    } else if (w.length > 3) {
      const padded = `<${w}>`;
      for (let i = 0; i + 3 <= padded.length; i++) out.push(`g:${padded.slice(i, i + 3)}`);
    }
  }
  for (let i = 0; i < terms.length && i < maxTerms; i++) out.push(`t:${terms[i]}`);
  return out;
}

/** FNV-1a, 32 bits: the same bucket for the same feature in the trainer and here. */
export function bucketOf(feature: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

const decoded = new WeakMap<LearnedModel, Int8Array>();

function weightsOf(model: LearnedModel): Int8Array {
  let w = decoded.get(model);
  if (!w) {
    const bytes = Buffer.from(model.weights, 'base64');
    w = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    if (w.length !== model.buckets * model.classes.length)
      throw new Error('learned model: weights of the wrong size');
    decoded.set(model, w);
  }
  return w;
}

/** Probability of each class (in `model.classes` order) for a text and its matcher terms. */
export function classProbabilities(
  model: LearnedModel,
  text: string,
  terms: readonly string[],
): Float64Array {
  const w = weightsOf(model);
  const k = model.classes.length;
  const z = Float64Array.from(model.bias);
  const seen = new Set<number>();
  for (const f of learnedFeatures(text, terms)) {
    const b = bucketOf(f, model.buckets);
    // Presence, not counts: a word said twice is no stronger evidence.
    if (seen.has(b)) continue;
    seen.add(b);
    const at = b * k;
    for (let c = 0; c < k; c++) z[c] += w[at + c] * model.scale;
  }
  return softmax(z);
}

export function softmax(z: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c] - max);
    sum += z[c];
  }
  for (let c = 0; c < z.length; c++) z[c] /= sum;
  return z;
}

/** What the combination needs beside the match: entries by family, a hit for an entry the rules did not list. */
export type OpinionContext = {
  classes: readonly string[];
  family: ReadonlyMap<string, ReadonlySet<string>>;
  /** A hit for an entry only the model proposes (its title as the reason). */
  hitFor(id: string, score: number): MatchHit | undefined;
  /** Hits listed at most, and the least combined score listed. */
  maxHits: number;
  listed: number;
};

/**
 * The rule matcher's result for a description, reconsidered with the model's probabilities: the
 * candidates are ordered by `(1 - weight) × their score + weight × the probability of their family`, and
 * the model's likely entries join the list. Confidence: a hard refusal (another product, a bare name, no hit…) stays one; a first
 * hit the rules found confident stays so unless the model gives its family less than `disagree`; a
 * first hit the rules doubt (or a new first hit) becomes confident only where the model gives its family
 * `agree`, "none of them" at most `none`, and the matcher itself scores it `least`: the model alone never
 * makes a text confident.
 */
export function reconsider(
  result: MatchResult,
  refused: boolean,
  p: Float64Array,
  blend: Blend,
  context: OpinionContext,
): MatchResult {
  const { classes, family } = context;
  const probability = new Map<string, number>();
  classes.forEach((id, c) => {
    if (id !== noneClass) probability.set(id, p[c]);
  });
  const familyProbability = (id: string) => {
    let sum = probability.get(id) ?? 0;
    for (const other of family.get(id) ?? []) if (other !== id) sum += probability.get(other) ?? 0;
    return sum;
  };
  const ruleScore = new Map(result.hits.map((h) => [h.id, h.score]));
  const combined: { id: string; score: number; hit: MatchHit | undefined; order: number }[] = [];
  result.hits.forEach((h, order) => {
    combined.push({ id: h.id, score: mix(h.score, familyProbability(h.id), blend.weight), hit: h, order });
  });
  for (const id of probability.keys()) {
    if (ruleScore.has(id)) continue;
    const score = mix(0, familyProbability(id), blend.weight);
    if (score >= context.listed) combined.push({ id, score, hit: undefined, order: combined.length });
  }
  combined.sort((a, b) => b.score - a.score || a.order - b.order);
  // Cards of one family have the same probability: among them the rules' order stands (the card of the
  // platform the user named first), in the places the family holds.
  const familyKey = (id: string) => {
    let key = id;
    for (const other of family.get(id) ?? []) if (other < key) key = other;
    return key;
  };
  const places = new Map<string, number[]>();
  combined.forEach((c, at) => {
    const k = familyKey(c.id);
    const list = places.get(k);
    if (list) list.push(at);
    else places.set(k, [at]);
  });
  for (const list of places.values()) {
    if (list.length < 2) continue;
    const members = list.map((at) => combined[at]).sort((a, b) => a.order - b.order);
    list.forEach((at, i) => {
      combined[at] = members[i];
    });
  }
  const hits: MatchHit[] = [];
  for (const c of combined) {
    if (hits.length >= context.maxHits) break;
    if (c.score < context.listed) continue;
    // A hit the rules listed keeps their score (what the conversation's thresholds were set on): the
    // model changes the order; one only the model proposes scores what the blend gives it.
    const hit = c.hit ?? context.hitFor(c.id, Math.round(Math.min(1, c.score) * 1000) / 1000);
    if (hit) hits.push(hit);
  }
  const top = hits[0];
  let confident = false;
  if (top && !refused) {
    const agreement = familyProbability(top.id);
    const none = p[classes.indexOf(noneClass)] ?? 0;
    // The rules' confident first hit, still first: confident unless the model all but rules it out.
    if (result.confident && top.id === result.hits[0]?.id) confident = agreement >= blend.disagree;
    else
      confident =
        agreement >= blend.agree && none <= blend.none && (ruleScore.get(top.id) ?? 0) >= blend.least;
  }
  return { ...result, hits, confident };
}

function mix(rule: number, model: number, weight: number): number {
  return (1 - weight) * rule + weight * model;
}
