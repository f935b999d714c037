// Fitting the confidence model: an L2-penalised logistic regression by Newton's method (deterministic:
// same rows in, same coefficients out), its threshold chosen on out-of-sample probabilities, and
// leave-one-batch-out evaluation. Dev-only; the matcher only reads the result.
import { Matrix, solve } from 'ml-matrix';
import {
  type ConfidenceFeatureName,
  type ConfidenceModel,
  isConfident,
  rightProbability,
} from '../src/core/matcher/confidence.ts';
import type { Row } from './calibrate-data.ts';

export type FitOptions = {
  features: readonly ConfidenceFeatureName[];
  mode: ConfidenceModel['mode'];
  /** L2 penalty on the standardised weights (not on the intercept). */
  penalty: number;
  /** Most confident-and-wrong answers the threshold may allow, as a share of the rows it is chosen on. */
  falseConfident: number;
};

const interceptPenalty = 1e-3;

/** Least share of near misses a threshold must leave not confident on the rows it is chosen on. */
const nearMissNotConfident = 0.95;

/** Rows a model sees: those no hard rule refuses, and that the mode lets the model change. */
function trainable(rows: readonly Row[], mode: ConfidenceModel['mode']): Row[] {
  return rows.filter(
    (r) =>
      !r.refused &&
      (mode === 'replace' || (mode === 'promote' ? r.features.rules === 0 : r.features.rules === 1)),
  );
}

/** Weights and intercept of the penalised logistic regression (threshold left at 0.5). */
export function fitWeights(rows: readonly Row[], options: FitOptions): ConfidenceModel {
  const train = trainable(rows, options.mode);
  const names = [...options.features];
  const n = train.length;
  const mean = names.map((f) => train.reduce((s, r) => s + r.features[f], 0) / Math.max(1, n));
  const scale = names.map((f, k) => {
    const variance = train.reduce((s, r) => s + (r.features[f] - mean[k]) ** 2, 0) / Math.max(1, n);
    return variance > 1e-12 ? Math.sqrt(variance) : 1;
  });
  const x = train.map((r) => [1, ...names.map((f, k) => (r.features[f] - mean[k]) / scale[k])]);
  const y = train.map((r) => (r.right ? 1 : 0));
  const d = names.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 100; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k] * x[i][k];
      const p = 1 / (1 + Math.exp(-z));
      const v = p * (1 - p);
      for (let k = 0; k < d; k++) {
        gradient[k] += (y[i] - p) * x[i][k];
        for (let l = 0; l < d; l++) hessian[k][l] += v * x[i][k] * x[i][l];
      }
    }
    // The intercept gets a token penalty so a group with only one label cannot drive it to infinity.
    for (let k = 0; k < d; k++) {
      const penalty = k === 0 ? interceptPenalty : options.penalty;
      gradient[k] -= penalty * w[k];
      hessian[k][k] += penalty;
    }
    const step = solve(new Matrix(hessian), Matrix.columnVector(gradient)).to1DArray();
    w = w.map((v, k) => v + step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return {
    about: '',
    mode: options.mode,
    features: names,
    mean,
    scale,
    weights: w.slice(1),
    intercept: w[0],
    threshold: 0.5,
  };
}

/** Figures of a set of decisions, in the terms of the evaluation. */
export type Figures = {
  cases: number;
  overall: number;
  falseConfident: number;
  symptoms: { right: number; total: number };
  nearMiss: { notConfident: number; total: number };
};

export function figures(rows: readonly Row[], confident: readonly boolean[]): Figures {
  const out: Figures = {
    cases: rows.length,
    overall: 0,
    falseConfident: 0,
    symptoms: { right: 0, total: 0 },
    nearMiss: { notConfident: 0, total: 0 },
  };
  rows.forEach((r, i) => {
    const ok = r.inScope ? confident[i] && r.right : !confident[i];
    if (ok) out.overall++;
    if (confident[i] && !r.right) out.falseConfident++;
    if (r.category === 'symptom') {
      out.symptoms.total++;
      if (ok) out.symptoms.right++;
    }
    if (r.category === 'near-miss') {
      out.nearMiss.total++;
      if (!confident[i]) out.nearMiss.notConfident++;
    }
  });
  return out;
}

/** The rules' decisions on the rows. */
export const ruleDecisions = (rows: readonly Row[]): boolean[] =>
  rows.map((r) => !r.refused && r.features.rules === 1);

/** Decisions of one model on the rows (a given probability per row, or the model's own). */
function decisions(rows: readonly Row[], model: ConfidenceModel, probability?: readonly number[]): boolean[] {
  return rows.map((r, i) => {
    if (r.refused) return false;
    if (!probability) return isConfident(model, r.features);
    const likely = probability[i] >= model.threshold;
    const rules = r.features.rules === 1;
    return model.mode === 'replace' ? likely : model.mode === 'promote' ? rules || likely : rules && likely;
  });
}

/**
 * The threshold that handles most rows right while keeping `bounds`, from probabilities the model gave
 * rows it was not fitted on (so the threshold is not set by how well the model remembers its own rows).
 * Of equally good thresholds the highest (the most careful) wins.
 */
export function chooseThreshold(
  rows: readonly Row[],
  probability: readonly number[],
  model: ConfidenceModel & { falseConfident: number },
): number {
  const candidates = [...new Set(probability)].filter((p) => p > 0).sort((a, b) => b - a);
  let best = { threshold: 1, overall: -1 };
  for (const t of [1, ...candidates]) {
    const f = figures(rows, decisions(rows, { ...model, threshold: t }, probability));
    const nearMissOk =
      f.nearMiss.total === 0 || f.nearMiss.notConfident / f.nearMiss.total >= nearMissNotConfident;
    if (f.falseConfident / f.cases > model.falseConfident || !nearMissOk) continue;
    if (f.overall > best.overall) best = { threshold: t, overall: f.overall };
  }
  return best.threshold;
}

/** Out-of-sample probabilities by leaving out one group at a time. */
export function leaveOneGroupOut(rows: readonly Row[], options: FitOptions): number[] {
  const probability = new Array<number>(rows.length).fill(0);
  for (const group of new Set(rows.map((r) => r.group))) {
    const model = fitWeights(
      rows.filter((r) => r.group !== group),
      options,
    );
    rows.forEach((r, i) => {
      if (r.group === group) probability[i] = rightProbability(model, r.features);
    });
  }
  return probability;
}

/** A model fitted on all rows, its threshold chosen on leave-one-group-out probabilities of the same rows. */
export function fitModel(rows: readonly Row[], options: FitOptions): ConfidenceModel {
  const model = fitWeights(rows, options);
  const probability = leaveOneGroupOut(rows, options);
  return {
    ...model,
    threshold: chooseThreshold(rows, probability, { ...model, falseConfident: options.falseConfident }),
  };
}

/**
 * Leave-one-batch-out: for each group, a model fitted (and its threshold chosen) on the other groups only
 * decides that group's rows. Returns each group's decisions, model and rules side by side.
 */
export function crossValidate(
  rows: readonly Row[],
  options: FitOptions,
): { group: string; rules: Figures; model: Figures }[] {
  return [...new Set(rows.map((r) => r.group))].map((group) => {
    const held = rows.filter((r) => r.group === group);
    const model = fitModel(
      rows.filter((r) => r.group !== group),
      options,
    );
    return {
      group,
      rules: figures(held, ruleDecisions(held)),
      model: figures(held, decisions(held, model)),
    };
  });
}
