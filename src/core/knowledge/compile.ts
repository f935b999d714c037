import { type ErrorRow, errorRows, findSection, type ParsedArticle, parseArticle } from './article.ts';
import { buildSection, type SectionContent } from './build-entry.ts';
import { type CatalogueRow, parseCatalogue } from './catalogue.ts';
import { extractCodes } from './codes.ts';
import {
  type Entry,
  type KnowledgeBase,
  knowledgeBaseSchema,
  type Locale,
  type LocalizedEntry,
  localeSchema,
  supportedLocales,
} from './entry.ts';
import { KnowledgeBaseError } from './errors.ts';
import { plainText, toRichText } from './inline.ts';
import type { LinkContext } from './links.ts';
import { type ArticleSource, articleSources, liveUrl } from './sources.ts';

/** One article file as published: `<slug>.<locale>.md` and its text (front matter included). */
export type ArticleText = { file: string; text: string };

export type CompileInput = {
  /** The text of kb-catalogue.tsv. */
  catalogue: string;
  articles: readonly ArticleText[];
  /** Defaults to the articles this product ships. */
  sources?: readonly ArticleSource[];
  /** Told about translations that lack an entry (English stands in). */
  onWarning?: (message: string) => void;
};

const fileRe = /^(.+)\.([A-Za-z]{2}(?:-[A-Za-z]{2})?)\.md$/;

/**
 * Compiles the articles into the knowledge base: one entry per catalogue id, every locale filled
 * (English with `fallback: true` where a translation is missing), validated by the schema.
 * Pure: no file access. Throws a `KnowledgeBaseError` naming the id or file when an id cannot be built.
 */
export function compileKnowledgeBase(input: CompileInput): KnowledgeBase {
  const sources = input.sources ?? articleSources;
  const rows = parseCatalogue(input.catalogue);
  const articles = parseArticles(input.articles);
  const compiler = new EntryCompiler(rows, articles, sources, input.onWarning ?? (() => {}));
  const kb = { entries: rows.map((row) => compiler.compile(row)) };
  const checked = knowledgeBaseSchema.safeParse(kb);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const id = kb.entries[Number(issue?.path[1])]?.id ?? 'knowledge base';
    throw new KnowledgeBaseError('schema-invalid', `${id}: ${issue?.path.join('.')}: ${issue?.message}`, {
      cause: checked.error,
    });
  }
  return checked.data;
}

/** `slug` → locale → parsed article. Files that are not `<slug>.<locale>.md` for a known locale are skipped. */
function parseArticles(files: readonly ArticleText[]): Map<string, Map<Locale, ParsedArticle>> {
  const bySlug = new Map<string, Map<Locale, ParsedArticle>>();
  for (const { file, text } of files) {
    const m = fileRe.exec(file.split('/').pop() ?? '');
    const locale = localeSchema.safeParse(m?.[2]);
    if (!m?.[1] || !locale.success) continue;
    const slug = m[1];
    const perLocale = bySlug.get(slug) ?? new Map<Locale, ParsedArticle>();
    perLocale.set(locale.data, parseArticle(text, { slug, locale: locale.data, file }));
    bySlug.set(slug, perLocale);
  }
  return bySlug;
}

/**
 * Apple renamed DEP to Automated Device Enrollment (ADE); older translations keep `dep-` anchors
 * for the sections the catalogue names `ade-`.
 */
export function legacyAnchors(anchor: string): string[] {
  const dep = anchor.replace(/(^|-)ade(?=-|$)/g, '$1dep');
  return dep === anchor ? [anchor] : [anchor, dep];
}

type Localized = { content: SectionContent; urlAnchor: string; codes: string[] };

class EntryCompiler {
  readonly #rows: readonly CatalogueRow[];
  readonly #articles: Map<string, Map<Locale, ParsedArticle>>;
  readonly #sources: readonly ArticleSource[];
  readonly #warn: (message: string) => void;
  readonly #rowsCache = new Map<ParsedArticle, Map<string, ErrorRow>>();
  readonly #anchorsCache = new Map<string, Set<string>>();

  constructor(
    rows: readonly CatalogueRow[],
    articles: Map<string, Map<Locale, ParsedArticle>>,
    sources: readonly ArticleSource[],
    warn: (message: string) => void,
  ) {
    this.#rows = rows;
    this.#articles = articles;
    this.#sources = sources;
    this.#warn = warn;
  }

  compile(row: CatalogueRow): Entry {
    const [prefix = '', anchor = ''] = row.id.split('/');
    const source = this.#sources.find((s) => s.prefix === prefix);
    if (!source)
      throw new KnowledgeBaseError('article-missing', `${row.id}: no article is declared for "${prefix}/"`);
    const perLocale = this.#articles.get(source.slug);
    const en = perLocale?.get('en');
    if (!en) throw new KnowledgeBaseError('article-missing', `${row.id}: ${source.slug}.en.md is missing`);
    const english = this.#localize(en, anchor, source);
    if (!english) {
      throw new KnowledgeBaseError('entry-missing', `${row.id}: no section "${anchor}" in ${en.file}`);
    }
    const enEntry = this.#entry(en, english, source);
    if (!enEntry.title) enEntry.title = row.englishTitle;
    const locales = { en: enEntry } as Record<Locale, LocalizedEntry>;
    for (const locale of supportedLocales) {
      if (locale === 'en') continue;
      const article = perLocale?.get(locale);
      const found = article && this.#localize(article, anchor, source);
      if (article && !found)
        this.#warn(`${row.id}: no section "${anchor}" in ${article.file}; English stands in`);
      locales[locale] =
        article && found ? this.#entry(article, found, source) : { ...enEntry, fallback: true };
    }
    return { id: row.id, platform: row.platform, codes: english.codes, locales };
  }

  #entry(article: ParsedArticle, found: Localized, source: ArticleSource): LocalizedEntry {
    return {
      title: found.content.title,
      url: liveUrl(source, article.locale, found.urlAnchor),
      fallback: false,
      intro: found.content.intro,
      causes: found.content.causes,
      articleDate: article.date,
    };
  }

  #localize(article: ParsedArticle, anchor: string, source: ArticleSource): Localized | undefined {
    const ctx: LinkContext = { locale: article.locale, source, sources: this.#sources };
    const entryAnchors = this.#entryAnchors(source.prefix);
    for (const candidate of legacyAnchors(anchor)) {
      const section = findSection(article, candidate, (a) => entryAnchors.has(a));
      if (!section) continue;
      const content = buildSection(section, article, ctx);
      const symptom = content.intro.flatMap((b) => (b.kind === 'paragraph' ? [plainText(b.text)] : []));
      return { content, urlAnchor: anchor, codes: extractCodes([content.title, ...symptom].join('\n')) };
    }
    const row = this.#errorRows(article).get(anchor);
    return row && { content: rowContent(row, ctx), urlAnchor: row.sectionAnchor, codes: row.codes };
  }

  /** Anchors (with their legacy spellings) of the catalogue entries of one article. */
  #entryAnchors(prefix: string): Set<string> {
    let anchors = this.#anchorsCache.get(prefix);
    if (!anchors) {
      anchors = new Set(
        this.#rows
          .filter((r) => r.id.startsWith(`${prefix}/`))
          .flatMap((r) => legacyAnchors(r.id.split('/')[1] ?? '')),
      );
      this.#anchorsCache.set(prefix, anchors);
    }
    return anchors;
  }

  #errorRows(article: ParsedArticle): Map<string, ErrorRow> {
    let rows = this.#rowsCache.get(article);
    if (!rows) {
      rows = errorRows(article);
      this.#rowsCache.set(article, rows);
    }
    return rows;
  }
}

/** A table row is an entry: the possible problem is its title and cause, the suggested resolution its step. */
function rowContent(row: ErrorRow, ctx: LinkContext): SectionContent {
  const problem = toRichText(row.problem, ctx);
  const resolution = toRichText(row.resolution, ctx);
  return {
    title: plainText(problem),
    intro: [],
    causes: [
      {
        id: 'c1',
        summary: problem,
        intro: [],
        steps: resolution.length ? [{ text: resolution, substeps: [], blocks: [] }] : [],
        alternatives: [],
        outro: [],
      },
    ],
  };
}
