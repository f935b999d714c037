// `npm run learned:train`: fits the learned second opinion for descriptions (src/core/matcher/learned.ts)
// on the development queries (../shared/eval/dev.jsonl next to this checkout) and the held-out batches
// worked on (never a batch kept fresh: those judge the work), and writes content/compiled/learned-model.json with
// the names of the sets it read. Build-time only; deterministic (descent from zero weights over the samples
// in an order drawn from a fixed seed), so the same data gives the same file. The blend constants below were chosen by
// leave-one-batch-out cross-validation (`npm run learned:evaluate`), not by reading single queries.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/content/load-knowledge.ts';
import type { KnowledgeBase } from '../src/core/knowledge/entry.ts';
import { createMatcher } from '../src/core/matcher/create-matcher.ts';
import { type EvalCase, parseEvalCases } from '../src/core/matcher/evaluate.ts';
import {
  type Blend,
  bucketOf,
  type LearnedModel,
  learnedFeatures,
  noneClass,
  softmax,
} from '../src/core/matcher/learned.ts';
import { defaultMatcherData } from '../src/core/matcher/matcher-data.ts';
import { workedOnBatches } from '../test/unit/core/matcher/held-out-cases.ts';

export const devFile = fileURLToPath(new URL('../../shared/eval/dev.jsonl', import.meta.url));
export const artifactFile = fileURLToPath(new URL('../content/compiled/learned-model.json', import.meta.url));

/** How the model is fitted; the defaults are what cross-validation chose. */
export type FitOptions = {
  buckets: number;
  /** L2 penalty per weight, against the mean loss. */
  l2: number;
  /** Passes over the samples. */
  steps: number;
  rate: number;
};
export const fitDefaults: FitOptions = { buckets: 1 << 13, l2: 1e-3, steps: 12, rate: 0.5 };

export const blendDefaults: Blend = { weight: 0.2, agree: 1.01, none: 0.1, least: 0.1, disagree: 0 };

/** One labelled text as the model reads it: its hashed features and the classes that are right. */
export type Sample = { group: string; category: string; buckets: number[]; labels: number[] };

/** A matcher without any model, whose analysis (the text read and its terms) the features use. */
export function ruleMatcher(kb: KnowledgeBase = loadKnowledgeBase()) {
  return createMatcher(kb, { ...defaultMatcherData(), learned: undefined });
}

/** The development queries, when the file is there. */
export function devCases(): EvalCase[] {
  return existsSync(devFile) ? parseEvalCases(readFileSync(devFile, 'utf8')) : [];
}

/** Features of each case as the matcher reads it; a case expecting nothing is the class "none of them". */
export function samplesOf(
  matcher: ReturnType<typeof ruleMatcher>,
  group: string,
  cases: readonly EvalCase[],
  classes: readonly string[],
  buckets: number,
): Sample[] {
  const index = new Map(classes.map((id, k) => [id, k]));
  return cases.map((c) => {
    const { described } = matcher.inspect(c.text, { locale: c.locale, platform: c.platform });
    const features = new Set(
      learnedFeatures(described.text, described.terms).map((f) => bucketOf(f, buckets)),
    );
    const labels =
      c.expect.length === 0
        ? [index.get(noneClass) as number]
        : c.expect.map((id) => index.get(id)).filter((k) => k !== undefined);
    return { group, category: c.category, buckets: [...features], labels };
  });
}

/**
 * Multinomial logistic regression, the loss of a sample being −log of the probability of its right
 * classes together (several entries can be right); stochastic gradient descent from zero weights, the
 * samples in an order drawn from a fixed seed each epoch, so a fit is repeatable.
 */
export function fitWeights(
  samples: readonly Sample[],
  classCount: number,
  options: FitOptions = fitDefaults,
) {
  const k = classCount;
  const w = new Float64Array(options.buckets * k);
  const bias = new Float64Array(k);
  const used = samples.filter((s) => s.labels.length > 0);
  const order = used.map((_, i) => i);
  const random = mulberry32(1);
  const z = new Float64Array(k);
  let t = 0;
  for (let epoch = 0; epoch < options.steps; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const s = used[n];
      const rate = options.rate / (1 + t++ / used.length);
      z.set(bias);
      for (const b of s.buckets) for (let c = 0; c < k; c++) z[c] += w[b * k + c];
      const p = softmax(z);
      let right = 0;
      for (const c of s.labels) right += p[c];
      // d(−log Σ_right p)/dz_c = p_c − [c right] p_c / Σ_right p
      const d = Float64Array.from(p);
      for (const c of s.labels) d[c] -= p[c] / right;
      for (let c = 0; c < k; c++) bias[c] -= rate * d[c];
      const shrink = 1 - rate * options.l2;
      for (const b of s.buckets)
        for (let c = 0; c < k; c++) w[b * k + c] = w[b * k + c] * shrink - rate * d[c];
    }
  }
  return { w, bias };
}

/** A small seeded generator (mulberry32): the same order of samples on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fitted weights as the compact artifact: signed bytes, one scale. */
export function toModel(
  fitted: { w: Float64Array; bias: Float64Array },
  classes: string[],
  buckets: number,
  trainedOn: string[],
  blend: Blend = blendDefaults,
): LearnedModel {
  let max = 0;
  for (const x of fitted.w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(fitted.w.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round(fitted.w[i] / scale);
  return {
    about:
      'Learned second opinion for descriptions: multinomial logistic regression over hashed words, word pairs, letter triples and matcher terms. Written by scripts/learned-train.ts; do not edit.',
    trainedOn,
    classes,
    buckets,
    weights: Buffer.from(bytes.buffer).toString('base64'),
    scale: Number(scale.toPrecision(6)),
    bias: [...fitted.bias].map((b) => Number(b.toFixed(4))),
    blend,
  };
}

/** The classes: every entry of the knowledge base and "none of them". */
export function classesOf(kb: KnowledgeBase): string[] {
  return [...kb.entries.map((e) => e.id).sort(), noneClass];
}

function main(): void {
  const kb = loadKnowledgeBase();
  const matcher = ruleMatcher(kb);
  const classes = classesOf(kb);
  const groups: [string, readonly EvalCase[]][] = [['dev', devCases()], ...Object.entries(workedOnBatches)];
  const used = groups.filter(([, cases]) => cases.length > 0);
  const samples = used.flatMap(([name, cases]) =>
    samplesOf(matcher, name, cases, classes, fitDefaults.buckets),
  );
  const model = toModel(
    fitWeights(samples, classes.length),
    classes,
    fitDefaults.buckets,
    used.map(([name]) => name),
  );
  writeFileSync(artifactFile, `${JSON.stringify(model)}\n`);
  console.log(
    `wrote ${artifactFile}: ${samples.length} queries from ${used.length} sets, ${classes.length} classes, ${model.buckets} buckets`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
