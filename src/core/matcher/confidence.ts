import { z } from 'zod';

/**
 * What the confidence decision knows of one match, as numbers (flags are 0 or 1). The matcher computes
 * them on every match (a few sums over the query's terms); the calibration script dumps them to fit the
 * model in content/matcher/confidence.json, which names the ones it uses.
 */
export const confidenceFeatureNames = [
  /** Score of the first hit, after platform factors. */
  'top',
  /** Score of the best hit outside the first hit's family that does not merely repeat part of it. */
  'rival',
  'margin',
  /** rival / top. */
  'ratio',
  /** The first hit's reason: a documented code, words of a documented message (else a description). */
  'code',
  'message',
  /** The whole query is one of the first hit's messages; the whole message stands in the query. */
  'exact',
  'strong',
  /** Weight of the concepts of the articles only the first hit explains (against the rival). */
  'ownConcepts',
  /** Weight of all terms only the first hit explains, and only the rival explains. */
  'ownTerms',
  'rivalTerms',
  /** ownTerms / (ownTerms + rivalTerms): how much of the contested evidence is the first hit's. */
  'evidenceShare',
  /** Distinct known terms that carry meaning, and distinct known terms but generic ones ("app"). */
  'informative',
  'naming',
  /** Enough informative terms to be a description; Intune's own names in the text. */
  'described',
  'anchored',
  /** Intune named itself; a move from another MDM. */
  'intune',
  'migration',
  /** The user stated a platform; the text names one; the first hit is written for another one. */
  'platformStated',
  'platformGuessed',
  'platformMismatch',
  /** Terms of the analysed text, and those the index knows. */
  'terms',
  'knownTerms',
  /** Language of the text (English or unmarked is none of them). */
  'sv',
  'fr',
  'zh',
  /** Hits listed. */
  'hits',
  /** The hand-written rules find the first hit a clear winner. */
  'rules',
] as const;
export type ConfidenceFeatureName = (typeof confidenceFeatureNames)[number];
export type ConfidenceFeatures = Record<ConfidenceFeatureName, number>;

/**
 * A logistic model of "the first hit is a right answer", fitted by scripts/calibrate.ts. `mode` says how
 * it joins the rules: `replace` (the model alone decides), `promote` (the rules, or the model above its
 * threshold), `both` (the rules and the model). Vetoes, a paste with no error line and a bare name stay
 * hard refusals either way.
 */
export const confidenceModelSchema = z.object({
  about: z.string().min(3),
  mode: z.enum(['replace', 'promote', 'both']),
  features: z.array(z.enum(confidenceFeatureNames)).min(1),
  /** Each feature is standardised as (x - mean) / scale before its weight applies. */
  mean: z.array(z.number()),
  scale: z.array(z.number().positive()),
  weights: z.array(z.number()),
  intercept: z.number(),
  /** Least probability of a confident first hit. */
  threshold: z.number().min(0).max(1),
});
export type ConfidenceModel = z.infer<typeof confidenceModelSchema>;

/** Probability the model gives that the first hit is a right answer. */
export function rightProbability(model: ConfidenceModel, features: ConfidenceFeatures): number {
  let z = model.intercept;
  for (let k = 0; k < model.features.length; k++)
    z += (model.weights[k] * (features[model.features[k]] - model.mean[k])) / model.scale[k];
  return 1 / (1 + Math.exp(-z));
}

/** The confidence decision for a match that passed the hard refusals; the rules alone without a model. */
export function isConfident(model: ConfidenceModel | undefined, features: ConfidenceFeatures): boolean {
  const rules = features.rules === 1;
  if (!model) return rules;
  const likely = rightProbability(model, features) >= model.threshold;
  switch (model.mode) {
    case 'replace':
      return likely;
    case 'promote':
      return rules || likely;
    case 'both':
      return rules && likely;
  }
}
