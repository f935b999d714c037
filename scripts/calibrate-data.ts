// The rows the confidence model is fitted on: every development query (../shared/eval/dev.jsonl next to
// this checkout) and every held-out case (test/unit/core/matcher/held-out-cases.ts), matched once, with
// the features the matcher's decision sees and whether its first hit is a right answer. Dev-only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/content/load-knowledge.ts';
import { type ConfidenceFeatures, confidenceFeatureNames } from '../src/core/matcher/confidence.ts';
import { createMatcher } from '../src/core/matcher/create-matcher.ts';
import { type EvalCase, parseEvalCases } from '../src/core/matcher/evaluate.ts';
import { defaultMatcherData, type MatcherData } from '../src/core/matcher/matcher-data.ts';
import { heldOutBatches } from '../test/unit/core/matcher/held-out-cases.ts';

/** The features of a text with no hit (all zero): a model never decides it. */
const noFeatures = Object.fromEntries(confidenceFeatureNames.map((f) => [f, 0])) as ConfidenceFeatures;

/** One matched query. `group` is the batch it belongs to ("dev" for the development file). */
export type Row = {
  group: string;
  category: string;
  inScope: boolean;
  /** The first hit is one of the expected entries (never, for a query out of scope). */
  right: boolean;
  /** A hard rule refuses confidence whatever the features say. */
  refused: boolean;
  features: ConfidenceFeatures;
};

export const devFile = fileURLToPath(new URL('../../shared/eval/dev.jsonl', import.meta.url));

/** The labelled queries by group: the development file first (when present), then the held-out batches. */
export function labelledGroups(): Map<string, EvalCase[]> {
  const groups = new Map<string, EvalCase[]>();
  if (existsSync(devFile)) groups.set('dev', parseEvalCases(readFileSync(devFile, 'utf8')));
  for (const [name, cases] of Object.entries(heldOutBatches)) groups.set(name, cases);
  return groups;
}

/**
 * Matches every labelled query with the rules alone deciding (the features do not depend on the model,
 * so a model fitted on them can be compared with the rules on the same rows).
 */
export function featureRows(data: MatcherData = defaultMatcherData()): Row[] {
  const matcher = createMatcher(loadKnowledgeBase(), { ...data, confidence: undefined });
  const rows: Row[] = [];
  for (const [group, cases] of labelledGroups()) {
    for (const c of cases) {
      const { result, features, refused } = matcher.inspect(c.text, {
        locale: c.locale,
        platform: c.platform,
      });
      // Refused with no hit at all: nothing to weigh; such a row never counts as confident.
      if (!features) {
        rows.push({
          group,
          category: c.category,
          inScope: c.expect.length > 0,
          right: false,
          refused,
          features: noFeatures,
        });
        continue;
      }
      const first = result.hits[0]?.id;
      rows.push({
        group,
        category: c.category,
        inScope: c.expect.length > 0,
        right: first !== undefined && c.expect.includes(first),
        refused,
        features,
      });
    }
  }
  return rows;
}
