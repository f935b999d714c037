// The hand-written rules with their constants chosen without the batch they score: the fairest
// out-of-sample figure the rules can have here (their shape was still written after reading the batches,
// and the search starts from today's constants, so it flatters them if anything). Dev-only.

import { isConfident } from '../src/core/matcher/confidence.ts';
import { isClearWinner, type RuleThresholds, thresholds } from '../src/core/matcher/create-matcher.ts';
import type { Row } from './calibrate-data.ts';
import { type Figures, type FitOptions, figures, fitModel } from './calibrate-fit.ts';

/** The constants the search moves, and the factors of today's value it tries for each. */
const tuned = [
  'confident',
  'margin',
  'weakConfident',
  'anchoredConfident',
  'weakMargin',
  'dominantConfident',
  'dominantShare',
  'specificConcept',
  'ownShare',
  'ownEvidence',
  'describedTerms',
] as const satisfies readonly (keyof RuleThresholds)[];
const factors = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

export const ruleVerdicts = (rows: readonly Row[], t: RuleThresholds): boolean[] =>
  rows.map((r) => !r.refused && isClearWinner(r.features, t));

/** Most rows right with at most `falseConfident` of them confident and wrong and 95 % of near misses not confident. */
function objective(f: Figures, falseConfident: number): number {
  const nearMissOk = f.nearMiss.total === 0 || f.nearMiss.notConfident / f.nearMiss.total >= 0.95;
  return f.falseConfident / f.cases <= falseConfident && nearMissOk ? f.overall : -1;
}

/**
 * Coordinate search over the constants from today's values, three sweeps; ties keep the current value.
 * Today's values keep the bounds on the real rows; from a start that breaks them, the first move that
 * keeps them (never confident) could hold the search, so it is no general optimiser.
 */
export function tuneRules(rows: readonly Row[], falseConfident: number): RuleThresholds {
  let best: RuleThresholds = { ...thresholds };
  let bestScore = objective(figures(rows, ruleVerdicts(rows, best)), falseConfident);
  for (let sweep = 0; sweep < 3; sweep++) {
    for (const name of tuned) {
      for (const factor of factors) {
        const candidate = { ...best, [name]: thresholds[name] * factor };
        const score = objective(figures(rows, ruleVerdicts(rows, candidate)), falseConfident);
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
    }
  }
  return best;
}

/** Each group scored by the rules with constants tuned on the other groups. */
export function crossValidateRules(rows: readonly Row[], falseConfident: number): Map<string, Figures> {
  const out = new Map<string, Figures>();
  for (const group of new Set(rows.map((r) => r.group))) {
    const held = rows.filter((r) => r.group === group);
    const t = tuneRules(
      rows.filter((r) => r.group !== group),
      falseConfident,
    );
    out.set(group, figures(held, ruleVerdicts(held, t)));
  }
  return out;
}

/**
 * The model in `promote` mode over rules re-tuned without the group (the rules' verdict recomputed with
 * those constants on every row), against those rules alone: whether the model adds anything to rules that
 * never saw the group either.
 */
export function crossValidatePromotion(
  rows: readonly Row[],
  options: FitOptions,
): { rules: Figures[]; promoted: Figures[] } {
  const rules: Figures[] = [];
  const promoted: Figures[] = [];
  for (const group of new Set(rows.map((r) => r.group))) {
    const t = tuneRules(
      rows.filter((r) => r.group !== group),
      options.falseConfident,
    );
    const relabelled = rows.map((r) => ({
      ...r,
      features: { ...r.features, rules: isClearWinner(r.features, t) ? 1 : 0 },
    }));
    const held = relabelled.filter((r) => r.group === group);
    const model = fitModel(
      relabelled.filter((r) => r.group !== group),
      { ...options, mode: 'promote' },
    );
    rules.push(figures(held, ruleVerdicts(held, t)));
    promoted.push(
      figures(
        held,
        held.map((r) => !r.refused && isConfident(model, r.features)),
      ),
    );
  }
  return { rules, promoted };
}
