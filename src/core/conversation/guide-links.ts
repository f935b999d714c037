import type { Inline, KnowledgeBase, Locale, Platform } from '../knowledge/entry.ts';
import { articleSources, learnOrigin } from '../knowledge/sources.ts';
import type { Translator } from '../ports/translator.ts';
import { containsPhrase, foldText } from '../text/phrases.ts';

/** A page on Microsoft Learn that an article links to, by the words it is linked with. */
export type GuideLink = { title: string; url: string };

type Indexed = GuideLink & { platforms: Set<Platform>; topics: string[]; han: string[] };

const hanRun = /\p{Script=Han}{2,}/gu;
/** Latin words shorter than this are small words ("the", "with", "up"), not a subject. */
const minTopicLength = 5;
/** Words compared by their first letters, so "certificate" meets "certificates" and "renew" "renewal". */
const stemLength = 5;

/**
 * The Microsoft Learn pages the compiled articles link to (set-up guides such as "Set up iOS/iPadOS
 * enrollment" or "Renew Apple MDM push certificate"), found for a question by the subject it names.
 * Only links the articles hold are offered, in the user's language where the article is translated,
 * else in English; the troubleshooting articles themselves are not guides.
 *
 * A link fits a question when the question names the platform the link is for, or shares a subject word
 * with its text; the generic words of a set-up question (`intents:setUp.generic`: set up, enroll,
 * device…) and small words are no subject. A link for another platform than the one named never fits.
 */
export function createGuideLinks(kb: KnowledgeBase, translator: Translator) {
  const platformWords = new Map<Platform, string[]>(
    (['ios', 'android', 'windows'] as const).map((p) => [
      p,
      translator.allVariants(`interview:infer.platform.${p}`).map(foldText),
    ]),
  );
  const generic = new Set(translator.allVariants('intents:setUp.generic').flatMap((g) => words(foldText(g))));
  const articles = articleSources.map((s) => s.livePath);
  const byLocale = new Map<Locale, Indexed[]>();

  const platformsOf = (folded: string) =>
    new Set(
      [...platformWords]
        .filter(([, terms]) =>
          terms.some((t) => containsPhrase(folded, t) || containsPhrase(folded, `${t}s`)),
        )
        .map(([p]) => p),
    );

  for (const entry of kb.entries) {
    for (const [locale, text] of Object.entries(entry.locales) as [Locale, (typeof entry.locales)['en']][]) {
      if (text.fallback) continue;
      const list = byLocale.get(locale) ?? [];
      byLocale.set(locale, list);
      for (const link of inlineLinks(text)) {
        const url = link.href ?? '';
        if (!url.startsWith(`${learnOrigin}/`) || articles.some((a) => url.includes(a))) continue;
        if (list.some((l) => l.url === url)) continue;
        const folded = foldText(link.text);
        list.push({
          title: link.text.trim(),
          url,
          platforms: platformsOf(folded),
          topics: words(folded).filter((w) => w.length >= minTopicLength && !generic.has(w)),
          han: (folded.match(hanRun) ?? []).filter((h) => !generic.has(h)),
        });
      }
    }
  }

  /** How well a link fits the question; 0 when it does not. */
  const fitOf = (link: Indexed, folded: string, named: Set<Platform>, stems: Set<string>): number => {
    if (named.size > 0 && link.platforms.size > 0 && ![...link.platforms].some((p) => named.has(p))) return 0;
    const platform = [...link.platforms].some((p) => named.has(p)) ? 2 : 0;
    const topics = link.topics.filter((t) => stems.has(t.slice(0, stemLength))).length;
    const han = link.han.filter((h) => folded.includes(h)).length;
    return platform + topics + han;
  };

  return {
    /** The best fitting guide for a question, in `locale` where one fits, else in English. */
    find(question: string, locale: Locale): GuideLink | undefined {
      const folded = foldText(question);
      const named = platformsOf(folded);
      const stems = new Set(words(folded).map((w) => w.slice(0, stemLength)));
      for (const l of locale === 'en' ? ['en' as const] : [locale, 'en' as const]) {
        let best: Indexed | undefined;
        let bestFit = 0;
        for (const link of byLocale.get(l) ?? []) {
          const score = fitOf(link, folded, named, stems);
          if (score > bestFit) {
            best = link;
            bestFit = score;
          }
        }
        if (best) return { title: best.title, url: best.url };
      }
      return undefined;
    },
  };
}

export type GuideLinks = ReturnType<typeof createGuideLinks>;

/** The words of folded text, split at apostrophes too ("l'inscription"). */
function words(folded: string): string[] {
  return folded.split(/[\s']+/).filter(Boolean);
}

/** Every linked run of an entry's text, wherever it stands (intro, causes, steps, notes, tables). */
function inlineLinks(value: unknown): Inline[] {
  const out: Inline[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const item of v) walk(item);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string' && typeof o.href === 'string') out.push(o as Inline);
      else for (const child of Object.values(o)) walk(child);
    }
  };
  walk(value);
  return out;
}
