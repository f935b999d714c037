import { z } from 'zod';
import { localeSchema, platformSchema } from '../knowledge/entry.ts';

/** One labelled query, as in the evaluation files (JSON Lines). */
export const evalCaseSchema = z.object({
  text: z.string(),
  locale: localeSchema.nullable().optional(),
  platform: platformSchema.nullable().optional(),
  expect: z.array(z.string()),
  category: z.string(),
});
export type EvalCase = z.infer<typeof evalCaseSchema>;

/** What a system answered: ranked ids and whether it would commit to the first. */
export type Answer = { ids: string[]; confident: boolean };

export type Metrics = {
  cases: number;
  /** In scope: first hit is a right answer (confident or not). */
  top1: number;
  /** In scope: a right answer among the first three. */
  top3: number;
  /** Out of scope: not confident. */
  abstainRight: number;
  /** All cases: confident and the first hit is wrong. */
  falseConfident: number;
  /** All cases handled right: in scope confident and right, out of scope not confident. */
  overall: number;
  byCategory: Record<string, { right: number; total: number }>;
};

export function parseEvalCases(jsonl: string): EvalCase[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => evalCaseSchema.parse(JSON.parse(line)));
}

/** Whether one answer is right by the evaluation rules. */
export function isRight(c: EvalCase, a: Answer): boolean {
  if (c.expect.length === 0) return !a.confident;
  return a.confident && a.ids.length > 0 && c.expect.includes(a.ids[0]);
}

/** Scores answers (same order as the cases) by the evaluation rules; rates are fractions in [0, 1]. */
export function score(cases: readonly EvalCase[], answers: readonly Answer[]): Metrics {
  let top1 = 0;
  let top3 = 0;
  let inScope = 0;
  let abstain = 0;
  let falseConfident = 0;
  let right = 0;
  const byCategory: Metrics['byCategory'] = {};
  cases.forEach((c, i) => {
    const a = answers[i];
    const ok = isRight(c, a);
    if (c.expect.length > 0) {
      inScope++;
      if (a.ids.length > 0 && c.expect.includes(a.ids[0])) top1++;
      if (a.ids.slice(0, 3).some((id) => c.expect.includes(id))) top3++;
    } else if (!a.confident) abstain++;
    if (a.confident && !(a.ids.length > 0 && c.expect.includes(a.ids[0]))) falseConfident++;
    if (ok) right++;
    byCategory[c.category] ??= { right: 0, total: 0 };
    const cat = byCategory[c.category];
    cat.total++;
    if (ok) cat.right++;
  });
  const outOfScope = cases.length - inScope;
  return {
    cases: cases.length,
    top1: inScope ? top1 / inScope : 0,
    top3: inScope ? top3 / inScope : 0,
    abstainRight: outOfScope ? abstain / outOfScope : 0,
    falseConfident: cases.length ? falseConfident / cases.length : 0,
    overall: cases.length ? right / cases.length : 0,
    byCategory,
  };
}
