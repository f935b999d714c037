import type { EntrySummary } from '../core/knowledge/summary.ts';

/**
 * `npm run kb` for a person: how many entries per platform, how many each language has in its own
 * words, then one block per entry (id, title, codes, causes, languages that fall back to English).
 * `--json` prints the full summary instead, for tools.
 */
export function formatKnowledgeOverview(summary: { entries: EntrySummary[] }): string {
  const { entries } = summary;
  const count = (pick: (e: EntrySummary) => string) => {
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(pick(e), (counts.get(pick(e)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const locales = Object.keys(entries[0]?.locales ?? {}) as (keyof EntrySummary['locales'])[];
  const translated = locales
    .map((l) => `${l} ${entries.filter((e) => !e.locales[l].fallback).length}/${entries.length}`)
    .join(', ');
  const lines = [
    `Knowledge base: ${entries.length} entries (${count((e) => e.platform)})`,
    `In the language's own words: ${translated}; the rest fall back to English with a notice.`,
    '',
  ];
  for (const e of entries) {
    const en = e.locales.en;
    const fallback = locales.filter((l) => e.locales[l].fallback);
    const facts = [
      `${en.causes.length} cause${en.causes.length === 1 ? '' : 's'}`,
      ...(e.codes.length ? [`codes ${e.codes.join(' ')}`] : []),
      ...(fallback.length ? [`English only in ${fallback.join(' ')}`] : []),
    ];
    lines.push(`${e.id}  [${e.platform}]`, `  ${en.title}`, `  ${facts.join(' · ')}`, `  ${en.url}`, '');
  }
  lines.push('Full text of causes and steps as JSON: npm run --silent kb -- --json');
  return `${lines.join('\n')}\n`;
}
