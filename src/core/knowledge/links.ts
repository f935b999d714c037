import type { Locale } from './entry.ts';
import { type ArticleSource, learnLocales, learnOrigin, liveUrl } from './sources.ts';

/** What a relative link in an article needs to become absolute. */
export type LinkContext = {
  locale: Locale;
  source: ArticleSource;
  /** All known articles: a link to one of them goes to its live page. */
  sources: readonly ArticleSource[];
};

const schemeRe = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Makes a link from an article absolute: root-relative and relative doc links are resolved against
 * learn.microsoft.com in the locale, `.md` is dropped, links to a compiled article go to its live page.
 * Returns `undefined` when nothing usable can be made of it (the text is then kept without a link).
 */
export function resolveHref(raw: string, ctx: LinkContext): string | undefined {
  const learn = learnLocales[ctx.locale];
  // The general article has `ttps://` once; the docs placeholder `{lang-locale}` appears in forum links.
  let href = raw
    .trim()
    .replace(/^ttps?:\/\//i, (m) => `h${m}`)
    .replace(/%7Blang-locale%7D|\{lang-locale\}/gi, learn);
  if (!href) return undefined;
  if (href.startsWith('#')) return liveUrl(ctx.source, ctx.locale, href.slice(1));
  if (!schemeRe.test(href)) {
    const known = knownArticle(href, ctx.sources);
    if (known) return liveUrl(known.source, ctx.locale, known.hash || undefined);
    const base = href.startsWith('/')
      ? `${learnOrigin}/${learn}/`
      : `${learnOrigin}/${learn}${ctx.source.linkBase}`;
    href = resolveAgainst(href.startsWith('/') ? href.slice(1) : href, base);
  }
  return isHttpUrl(href) ? href : undefined;
}

function resolveAgainst(relative: string, base: string): string {
  const url = new URL(relative, base);
  url.pathname = url.pathname.replace(/\.md$/i, '');
  return url.toString();
}

function knownArticle(href: string, sources: readonly ArticleSource[]) {
  const [path = '', hash = ''] = href.split('#', 2);
  const name = path.split('/').pop()?.replace(/\.md$/i, '');
  const source = sources.find((s) => s.livePath.split('/').pop() === name);
  return source ? { source, hash } : undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
