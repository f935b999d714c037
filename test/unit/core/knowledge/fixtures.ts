import { type ArticleText, compileKnowledgeBase } from '../../../../src/core/knowledge/compile.ts';
import type { Cause, Entry, KnowledgeBase, LocalizedEntry } from '../../../../src/core/knowledge/entry.ts';
import type { LinkContext } from '../../../../src/core/knowledge/links.ts';
import { type ArticleSource, articleSources } from '../../../../src/core/knowledge/sources.ts';

export const iosSource = articleSources.find((s) => s.prefix === 'ios') as ArticleSource;
export const generalSource = articleSources.find((s) => s.prefix === 'general') as ArticleSource;

export function linkContext(overrides: Partial<LinkContext> = {}): LinkContext {
  return { locale: 'en', source: iosSource, sources: articleSources, ...overrides };
}

export function frontMatter(date = '11/18/2019'): string {
  return `---\ntitle: Test article\nms.date: ${date}\n---\n`;
}

export function catalogue(...rows: [id: string, platform: string][]): string {
  return ['id\tplatform\tenglish_title', ...rows.map(([id, platform]) => `${id}\t${platform}\t${id}`)].join(
    '\n',
  );
}

/** Compiles markdown bodies given per file name (`ios-enrollment-errors.en.md`…) against a small catalogue. */
export function compile(
  rows: [id: string, platform: string][],
  files: Record<string, string>,
  onWarning?: (message: string) => void,
): KnowledgeBase {
  const articles: ArticleText[] = Object.entries(files).map(([file, body]) => ({
    file,
    text: frontMatter() + body,
  }));
  return compileKnowledgeBase({
    catalogue: catalogue(...rows),
    articles,
    ...(onWarning ? { onWarning } : {}),
  });
}

export function entry(kb: KnowledgeBase, id: string): Entry {
  const found = kb.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

export function causeOf(localized: LocalizedEntry, index = 0): Cause {
  const found = localized.causes[index];
  if (!found) throw new Error(`no cause ${index} in ${localized.title}`);
  return found;
}
