import type { Locale } from './entry.ts';

/** Where one published article lives, and how its catalogue ids are spelled. */
export type ArticleSource = {
  /** Catalogue id prefix: `ios` in `ios/device-cap-reached`. */
  prefix: string;
  /** File name stem in content/articles: `<slug>.<locale>.md`. */
  slug: string;
  /** Path of the live page on learn.microsoft.com, after the locale segment. */
  livePath: string;
  /** Folder the article was published in at its revision: relative `.md` links resolve against it. */
  linkBase: string;
};

/** The articles the knowledge base is compiled from. Adding an article means one line here. */
export const articleSources: readonly ArticleSource[] = [
  {
    prefix: 'ios',
    slug: 'ios-enrollment-errors',
    livePath: '/troubleshoot/mem/intune/device-enrollment/troubleshoot-ios-enrollment-errors',
    linkBase: '/mem/intune/enrollment/',
  },
  {
    prefix: 'general',
    slug: 'device-enrollment',
    livePath: '/troubleshoot/mem/intune/device-enrollment/troubleshoot-device-enrollment-in-intune',
    linkBase: '/intune/troubleshoot/',
  },
];

/** The locale segment learn.microsoft.com uses for each language the bot speaks. */
export const learnLocales: Record<Locale, string> = {
  en: 'en-us',
  sv: 'sv-se',
  'zh-CN': 'zh-cn',
  fr: 'fr-fr',
};

export const learnOrigin = 'https://learn.microsoft.com';

/** The live page of an article in a locale, optionally deep-linked to a section. */
export function liveUrl(source: ArticleSource, locale: Locale, anchor?: string): string {
  const page = `${learnOrigin}/${learnLocales[locale]}${source.livePath}`;
  return anchor ? `${page}#${anchor}` : page;
}
