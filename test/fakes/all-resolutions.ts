import { loadKnowledgeBase } from '../../src/content/load-knowledge.ts';
import { loadTriageRules } from '../../src/content/load-triage-rules.ts';
import { type Locale, supportedLocales } from '../../src/core/knowledge/entry.ts';
import { buildResolution } from '../../src/core/reply/build-resolution.ts';
import type { ResolutionReply } from '../../src/core/reply/reply.ts';
import { createTranslator } from '../../src/i18n/translator.ts';

export type RenderCase = { id: string; locale: Locale; reply: ResolutionReply };

/**
 * Every knowledge-base entry in every language, built the way the bot builds it, with answers that
 * rank causes (so reasons appear) — the renderers' real-world input.
 */
export function allResolutions(): RenderCase[] {
  const kb = loadKnowledgeBase();
  const rules = loadTriageRules();
  const translator = createTranslator();
  return kb.entries.flatMap((entry) =>
    supportedLocales.map((locale) => ({
      id: entry.id,
      locale,
      reply: buildResolution({
        entry,
        locale,
        why: translator.forLocale(locale)('common:greeting'),
        answers: { usersAffected: 'all', devicesAffected: 'one', history: 'never-worked', platform: 'ios' },
        rules,
        translate: translator.forLocale(locale),
      }),
    })),
  );
}

/** Every piece of step text of a reply (steps, sub-steps, alternatives, lists inside steps), plain. */
export function allStepTexts(reply: ResolutionReply): string[] {
  const out: string[] = [];
  const visit = (steps: { text: { text: string }[]; substeps: unknown[] }[]): void => {
    for (const step of steps) {
      const text = step.text
        .map((r) => r.text)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      if (text) out.push(text);
      visit(step.substeps as typeof steps);
    }
  };
  for (const cause of reply.causes) {
    visit(cause.steps);
    for (const alt of cause.alternatives) visit(alt.steps);
  }
  return out;
}
