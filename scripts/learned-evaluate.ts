// `npm run learned:evaluate`: leave-one-batch-out figures of the learned second opinion. For each
// held-out batch worked on, a model is fitted without that batch (and without development queries that
// repeat one of its texts), and the batch is scored with the rule matcher alone and with the matcher
// reconsidered by that model; the fresh batches are scored with a model fitted on everything worked on
// (the shipped model's data). Prints per batch and pooled: symptoms right (confident and right), symptoms
// in the first three, confident and wrong (all cases), near misses not confident.
// The blend constants are chosen here, on the worked-on folds only: the setting with the most symptoms
// right plus symptoms in the first three (pooled), among those that give no batch more confident-and-wrong
// answers than the matcher alone and no fewer right answers over all the other cases (pooled).
// `--blend weight,agree,none,least,disagree` scores one setting instead of searching;
// `--l2 X --steps N --buckets N --rate X` change the fit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadKnowledgeBase } from '../src/content/load-knowledge.ts';
import type { Assessment } from '../src/core/matcher/create-matcher.ts';
import { type EvalCase, isRight } from '../src/core/matcher/evaluate.ts';
import { type Blend, classProbabilities, type LearnedModel, noneClass } from '../src/core/matcher/learned.ts';
import type { MatchResult } from '../src/core/matcher/match-result.ts';
import { freshBatchNames, heldOutBatches } from '../test/unit/core/matcher/held-out-cases.ts';
import {
  blendDefaults,
  classesOf,
  devCases,
  type FitOptions,
  fitDefaults,
  fitWeights,
  ruleMatcher,
  samplesOf,
  toModel,
} from './learned-train.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const options: FitOptions = {
  buckets: Number(arg('buckets') ?? fitDefaults.buckets),
  l2: Number(arg('l2') ?? fitDefaults.l2),
  steps: Number(arg('steps') ?? fitDefaults.steps),
  rate: Number(arg('rate') ?? fitDefaults.rate),
};

const kb = loadKnowledgeBase();
const matcher = ruleMatcher(kb);
const classes = classesOf(kb);
const dev = devCases();
const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

type Scored = { c: EvalCase; a: Assessment; p: Float64Array };
type Fold = { name: string; fresh: boolean; cases: Scored[] };

const workedOn = Object.entries(heldOutBatches).filter(([name]) => !freshBatchNames.has(name));
const fresh = Object.entries(heldOutBatches).filter(([name]) => freshBatchNames.has(name));
const assessed = new Map<EvalCase, Assessment>();
const assess = (c: EvalCase) => {
  let a = assessed.get(c);
  if (!a) {
    a = matcher.inspect(c.text, { locale: c.locale, platform: c.platform });
    assessed.set(c, a);
  }
  return a;
};

function foldModel(without: string | undefined) {
  const held = new Set((without ? (heldOutBatches[without] ?? []) : []).map((c) => key(c.text)));
  const groups: [string, readonly EvalCase[]][] = [
    ['dev', dev.filter((c) => !held.has(key(c.text)))],
    ...workedOn.filter(([name]) => name !== without),
  ];
  const samples = groups.flatMap(([name, cases]) =>
    samplesOf(matcher, name, cases, classes, options.buckets),
  );
  return toModel(
    fitWeights(samples, classes.length, options),
    classes,
    options.buckets,
    groups.map(([n]) => n),
  );
}

const started = performance.now();
const folds: Fold[] = [];
// `--cache FILE`: the folds' probabilities are kept there and read back (to try blends without fitting again).
const cacheFile = arg('cache');
const cached: Record<string, number[][]> | undefined =
  cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : undefined;
const score = (name: string, isFresh: boolean, model: (() => LearnedModel) | undefined) => {
  const fitted = cached ? undefined : model?.();
  const cases = (heldOutBatches[name] ?? []).map((c, i) => {
    const a = assess(c);
    const p = cached
      ? Float64Array.from(cached[name][i])
      : classProbabilities(fitted as LearnedModel, a.described.text, a.described.terms);
    return { c, a, p };
  });
  folds.push({ name, fresh: isFresh, cases });
};
for (const [name] of workedOn) score(name, false, () => foldModel(name));
let fullModel: LearnedModel | undefined;
const full = () => {
  fullModel ??= foldModel(undefined);
  return fullModel;
};
for (const [name] of fresh) score(name, true, full);
if (cacheFile && !cached)
  writeFileSync(
    cacheFile,
    JSON.stringify(Object.fromEntries(folds.map((f) => [f.name, f.cases.map((s) => [...s.p])]))),
  );
console.error(
  `fitted or read ${folds.length} folds in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const opinion = matcher.opinion;
const combine = (blend: Blend) => {
  // The probabilities are the fold's, passed in: the model's weights are never read here.
  const withBlend = opinion({
    about: 'folds',
    trainedOn: ['folds'],
    classes,
    buckets: 1,
    weights: '',
    scale: 1,
    bias: [],
    blend,
  });
  return (s: Scored): MatchResult => {
    if (!s.a.described.open || s.a.described.terms.length === 0) return s.a.result;
    // The fold's probabilities, not the full model's: the hook is the same, the probabilities are swapped.
    return withBlend(s.a, s.p);
  };
};

type Figures = {
  cases: number;
  right: number;
  symptoms: number;
  symptomsRight: number;
  symptomsTop3: number;
  wrongConfident: number;
  nearMisses: number;
  nearMissesDoubted: number;
  otherRight: number;
};
function figures(list: Scored[], answer: (s: Scored) => MatchResult): Figures {
  const f: Figures = {
    cases: 0,
    right: 0,
    symptoms: 0,
    symptomsRight: 0,
    symptomsTop3: 0,
    wrongConfident: 0,
    nearMisses: 0,
    nearMissesDoubted: 0,
    otherRight: 0,
  };
  for (const s of list) {
    const r = answer(s);
    const ids = r.hits.map((h) => h.id);
    const ok = isRight(s.c, { ids, confident: r.confident });
    f.cases++;
    if (ok) f.right++;
    if (r.confident && !s.c.expect.includes(ids[0] ?? '')) f.wrongConfident++;
    if (s.c.category === 'symptom') {
      f.symptoms++;
      if (ok) f.symptomsRight++;
      if (ids.slice(0, 3).some((id) => s.c.expect.includes(id))) f.symptomsTop3++;
    } else if (ok) f.otherRight++;
    if (s.c.category === 'near-miss') {
      f.nearMisses++;
      if (!r.confident) f.nearMissesDoubted++;
    }
  }
  return f;
}

const alone = (s: Scored) => s.a.result;
const pooled = (fresh: boolean) => folds.filter((f) => f.fresh === fresh).flatMap((f) => f.cases);

function choose(): Blend {
  const given = arg('blend');
  if (given) {
    const [weight, agree, none, least, disagree] = given.split(',').map(Number);
    return { weight, agree, none, least, disagree };
  }
  const pool = pooled(false);
  const base = figures(pool, alone);
  const workedFolds = folds.filter((f) => !f.fresh);
  const foldBase = workedFolds.map((f) => figures(f.cases, alone).wrongConfident);
  let best = { blend: { ...blendDefaults, weight: 0, agree: 1.01, disagree: 0 } as Blend, gain: 0 };
  const top: { blend: Blend; gain: number; f: Figures }[] = [];
  for (const weight of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    for (const agree of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01])
      for (const none of [0.1, 0.3, 1])
        for (const least of [0, 0.1, 0.2])
          for (const disagree of [0, 0.02, 0.05, 0.1, 0.2]) {
            const blend = { weight, agree, none, least, disagree };
            const answer = combine(blend);
            // No batch may get more confident-and-wrong answers than the matcher alone gives it.
            if (workedFolds.some((f, i) => figures(f.cases, answer).wrongConfident > foldBase[i])) continue;
            const f = figures(pool, answer);
            if (f.otherRight < base.otherRight) continue;
            const gain = f.symptomsRight + f.symptomsTop3 - base.symptomsRight - base.symptomsTop3;
            top.push({ blend, gain, f });
            if (gain > best.gain) best = { blend, gain };
          }
  if (args.includes('--show'))
    for (const t of top.sort((a, b) => b.gain - a.gain).slice(0, 25))
      console.log(
        JSON.stringify(t.blend),
        t.gain,
        t.f.symptomsRight,
        t.f.symptomsTop3,
        t.f.wrongConfident,
        t.f.otherRight,
      );
  return best.blend;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
const cell = (n: number, d: number) => `${n}/${d} ${pct(n, d)}`;
function row(name: string, a: Figures, b: Figures): string {
  return `| ${name} | ${cell(a.symptomsRight, a.symptoms)} → ${cell(b.symptomsRight, b.symptoms)} | ${cell(a.symptomsTop3, a.symptoms)} → ${cell(b.symptomsTop3, b.symptoms)} | ${cell(a.wrongConfident, a.cases)} → ${cell(b.wrongConfident, b.cases)} | ${cell(a.nearMissesDoubted, a.nearMisses)} → ${cell(b.nearMissesDoubted, b.nearMisses)} | ${cell(a.right, a.cases)} → ${cell(b.right, b.cases)} |`;
}

/** The model alone on symptoms: its first entry (or first three) among the right ones, "none of them" left out. */
function modelAlone(list: Scored[]): string {
  let top1 = 0;
  let top3 = 0;
  let union = 0;
  let n = 0;
  for (const s of list) {
    if (s.c.category !== 'symptom') continue;
    n++;
    const ranked = classes
      .map((id, k) => ({ id, p: s.p[k] }))
      .filter((x) => x.id !== noneClass)
      .sort((a, b) => b.p - a.p)
      .map((x) => x.id);
    if (s.c.expect.includes(ranked[0])) top1++;
    const model3 = ranked.slice(0, 3).some((id) => s.c.expect.includes(id));
    if (model3) top3++;
    const rules3 = s.a.result.hits.slice(0, 3).some((h) => s.c.expect.includes(h.id));
    if (model3 || rules3) union++;
  }
  return `model alone on symptoms: first ${pct(top1, n)}, top-3 ${pct(top3, n)}; top-3 of either ${pct(union, n)} (${n})`;
}
// What the model costs a query: features, hashing and the dot products, timed by CPU over every case.
{
  const model = fullModel ?? foldModel(undefined);
  const texts = folds.flatMap((f) => f.cases.map((s) => s.a.described));
  for (const d of texts) classProbabilities(model, d.text, d.terms);
  const rounds = 5;
  const before = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const d of texts) classProbabilities(model, d.text, d.terms);
  const used = process.cpuUsage(before);
  console.log(
    `Model inference: ${((used.user + used.system) / (rounds * texts.length)).toFixed(1)} µs CPU a query (mean over ${texts.length} texts)`,
  );
}
console.log(`Worked-on folds, ${modelAlone(pooled(false))}`);
console.log(`Fresh batches, ${modelAlone(pooled(true))}`);

const blend = choose();
const answer = combine(blend);
if (args.includes('--losses')) {
  // Counts by category and by the rules' reason of the cases the combination gets wrong and the rules right, and back.
  const tally = new Map<string, number>();
  for (const s of pooled(false)) {
    const before = isRight(s.c, { ids: s.a.result.hits.map((h) => h.id), confident: s.a.result.confident });
    const r = answer(s);
    const after = isRight(s.c, { ids: r.hits.map((h) => h.id), confident: r.confident });
    if (before === after) continue;
    const k = `${after ? 'gained' : 'lost'} ${s.c.category} ${s.a.result.hits[0]?.reason.kind ?? 'none'} ${s.a.result.confident ? 'rules-confident' : 'rules-doubt'}`;
    tally.set(k, (tally.get(k) ?? 0) + 1);
  }
  for (const [k, n] of [...tally].sort()) console.log(k, n);
}
console.log(`Blend: ${JSON.stringify(blend)}; fit: ${JSON.stringify(options)}`);
console.log('\nEach cell: matcher alone → matcher with the model fitted without the batch.\n');
console.log(
  '| batch | symptoms right | symptoms top-3 | confident and wrong | near misses not confident | all right |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const f of folds)
  console.log(row(f.fresh ? `${f.name} (fresh)` : f.name, figures(f.cases, alone), figures(f.cases, answer)));
console.log(row('**worked-on, pooled**', figures(pooled(false), alone), figures(pooled(false), answer)));
console.log(row('**fresh, pooled**', figures(pooled(true), alone), figures(pooled(true), answer)));
