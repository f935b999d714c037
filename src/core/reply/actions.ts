import { z } from 'zod';
import { questionIds } from '../interview/questions.ts';

/**
 * What a button carries. Teams puts it in `Action.Submit.data`, Slack in the button `value`
 * (2,000 chars max). Everything that arrives is parsed with this schema: an unknown or stale
 * button gets a polite message, never a crash.
 */
export const actionPayloadSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer'), question: z.enum(questionIds), value: z.string().max(200) }),
  z.object({ type: z.literal('choose-entry'), entryId: z.string().max(300).nullable() }),
  z.object({
    type: z.literal('feedback'),
    entryId: z.string().max(300),
    verdict: z.enum(['fixed', 'not-fixed']),
  }),
  z.object({ type: z.literal('escalate'), entryId: z.string().max(300).optional() }),
  z.object({ type: z.literal('restart') }),
  /** The interview form was submitted; its values travel beside the payload (see InterviewForm). */
  z.object({ type: z.literal('submit-form') }),
  z.object({ type: z.literal('set-locale'), locale: z.enum(['en', 'sv', 'zh-CN', 'fr']) }),
  z.object({ type: z.literal('case-claim'), caseId: z.string().max(40) }),
  z.object({ type: z.literal('case-resolve'), caseId: z.string().max(40) }),
  z.object({ type: z.literal('case-satisfied'), caseId: z.string().max(40), solved: z.boolean() }),
]);
export type ActionPayload = z.infer<typeof actionPayloadSchema>;

/** Marker key so adapters recognise our payloads among other card submits. */
export const actionMarker = 'ieb' as const;

export function parseActionPayload(raw: unknown): ActionPayload | null {
  const candidate =
    raw && typeof raw === 'object' && actionMarker in raw
      ? (raw as Record<string, unknown>)[actionMarker]
      : raw;
  const parsed = actionPayloadSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
