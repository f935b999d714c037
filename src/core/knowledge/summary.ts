import type { Cause, EntryPlatform, KnowledgeBase, Locale } from './entry.ts';
import { plainText } from './inline.ts';

export type CauseSummary = { cause: string; steps: string[] };
export type LocaleSummary = { title: string; url: string; fallback: boolean; causes: CauseSummary[] };
export type EntrySummary = {
  id: string;
  platform: EntryPlatform;
  codes: string[];
  locales: Record<Locale, LocaleSummary>;
};

/**
 * A plain-text view of the knowledge base, one line of text per cause and step: what `npm run kb`
 * prints, so the compiled content can be reviewed and diffed without the rich structure.
 */
export function summarizeKnowledgeBase(kb: KnowledgeBase): { entries: EntrySummary[] } {
  return {
    entries: kb.entries.map((entry) => ({
      id: entry.id,
      platform: entry.platform,
      codes: entry.codes,
      locales: Object.fromEntries(
        Object.entries(entry.locales).map(([locale, l]) => [
          locale,
          { title: l.title, url: l.url, fallback: l.fallback, causes: l.causes.map(summarizeCause) },
        ]),
      ) as Record<Locale, LocaleSummary>,
    })),
  };
}

/** Top-level steps in order, the alternatives' steps appended after the cause's own. */
export function summarizeCause(cause: Cause): CauseSummary {
  const steps = [...cause.steps, ...cause.alternatives.flatMap((a) => a.steps)];
  return { cause: plainText(cause.summary), steps: steps.map((s) => plainText(s.text)) };
}
