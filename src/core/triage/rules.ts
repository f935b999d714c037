import { z } from 'zod';
import { type Answers, type ChoiceQuestionId, choiceValues, questionIds } from '../interview/questions.ts';
import type { Entry } from '../knowledge/entry.ts';

const choiceQuestionIds = questionIds.filter((q): q is ChoiceQuestionId => q !== 'errorText');

/**
 * One piece of evidence for a documented cause: "when the answer to `question` is one of `values`,
 * cause `cause` of `entry` gains `weight`". `source` quotes the article text the rule rests on, so every
 * ranking the bot shows can be traced to Microsoft's words; `reason` names the localized explanation.
 */
export const triageRuleSchema = z
  .object({
    entry: z.string(),
    cause: z.string(),
    question: z.enum(choiceQuestionIds as [ChoiceQuestionId, ...ChoiceQuestionId[]]),
    values: z.array(z.string()).min(1),
    weight: z.number().positive(),
    reason: z.string().regex(/^[a-z][a-zA-Z]+$/),
    source: z.string().min(10),
  })
  .refine((r) => r.values.every((v) => (choiceValues[r.question] as readonly string[]).includes(v)), {
    message: 'values must be choices of the question',
  });
export type TriageRule = z.infer<typeof triageRuleSchema>;
export const triageRulesSchema = z.array(triageRuleSchema);

export type CauseRanking = {
  /** Cause ids, likeliest first; article order breaks ties. */
  order: string[];
  /** True when the answers put some causes ahead of others. */
  ranked: boolean;
  /** Evidence per cause id (0 when no answer speaks for it). */
  scores: Record<string, number>;
  /** Reason keys (`triage:reasons.<key>`) per cause, strongest first. */
  reasons: Record<string, string[]>;
};

/** Orders an entry's causes by the evidence of the interview answers. Unanswered or skipped questions weigh nothing. */
export function rankCauses(entry: Entry, answers: Answers, rules: readonly TriageRule[]): CauseRanking {
  const causeIds = entry.locales.en.causes.map((c) => c.id);
  const score = new Map(causeIds.map((id) => [id, 0]));
  const evidence = new Map<string, { reason: string; weight: number }[]>();
  for (const rule of rules) {
    if (rule.entry !== entry.id || !score.has(rule.cause)) continue;
    const answer = answers[rule.question];
    if (!answer || answer === 'unknown' || !rule.values.includes(answer)) continue;
    score.set(rule.cause, (score.get(rule.cause) ?? 0) + rule.weight);
    evidence.set(rule.cause, [
      ...(evidence.get(rule.cause) ?? []),
      { reason: rule.reason, weight: rule.weight },
    ]);
  }
  const order = [...causeIds].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0));
  const first = score.get(order[0] ?? '') ?? 0;
  const last = score.get(order[order.length - 1] ?? '') ?? 0;
  const reasons: Record<string, string[]> = {};
  for (const [cause, list] of evidence) {
    reasons[cause] = [...new Set([...list].sort((a, b) => b.weight - a.weight).map((e) => e.reason))];
  }
  return { order, ranked: causeIds.length > 1 && first > last, reasons, scores: Object.fromEntries(score) };
}

/** The questions whose answers can reorder this entry's causes, in interview order. */
export function triageQuestions(entryId: string, rules: readonly TriageRule[]): ChoiceQuestionId[] {
  const asked = new Set(rules.filter((r) => r.entry === entryId).map((r) => r.question));
  return choiceQuestionIds.filter((q) => asked.has(q));
}
