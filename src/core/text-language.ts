import type { Locale } from './knowledge/entry.ts';

const han = /\p{Script=Han}/u;

/** Small, frequent words and letters that mark each Latin-script language. */
const markers: { locale: Locale; words: Set<string>; letters: RegExp }[] = [
  {
    locale: 'en',
    words: new Set(
      'the and is are not to of with on my our can after when how we it this that does for from'.split(' '),
    ),
    letters: /(?!)/,
  },
  {
    locale: 'sv',
    words: new Set(
      'och inte är jag det att på för kan har vi som med efter när hur går vår våra min mitt en ett till av sedan'.split(
        ' ',
      ),
    ),
    letters: /[åäö]/,
  },
  {
    locale: 'fr',
    words: new Set(
      'le la les des est pas une du je sur pour avec dans que qui nous sont ne plus mon ma mes nos notre on au aux'.split(
        ' ',
      ),
    ),
    letters: /[éèêàçùôîœ]|\b[ldjnsc]['’]/,
  },
];

/** The small words that mark a Latin-script language (none for Chinese). */
export function markerWords(locale: Locale): ReadonlySet<string> {
  return markers.find((m) => m.locale === locale)?.words ?? new Set();
}

/** The same markers with a global pattern to count their letters (built once, not per text). */
const counted = markers.map((m) => ({ ...m, everyLetter: new RegExp(m.letters.source, 'g') }));

/**
 * The language a text is written in, whatever locale its client reports (a Swedish message typed in an
 * English client): Chinese characters first, then the most marker words (accents count double);
 * undefined when nothing marks it ("Devise cap reachd").
 */
export function guessLanguage(text: string): Locale | undefined {
  if (han.test(text)) return 'zh-CN';
  let best: Locale | undefined;
  let bestScore = 0;
  for (const { locale, words, letters } of languageMarks(text)) {
    const score = words + 2 * letters;
    if (score > bestScore) {
      best = locale;
      bestScore = score;
    }
  }
  return best;
}

/** How many marker words and marker letters of each Latin-script language a text has. */
export function languageMarks(text: string): { locale: Locale; words: number; letters: number }[] {
  const lower = text.toLowerCase();
  const tokens = lower.match(/\p{L}+/gu) ?? [];
  return counted.map(({ locale, words, everyLetter }) => ({
    locale,
    words: tokens.filter((t) => words.has(t)).length,
    letters: lower.match(everyLetter)?.length ?? 0,
  }));
}

/** The language a single word's letters belong to ("måste" Swedish, "figé" French), if they tell. */
export function wordLanguage(word: string): Locale | undefined {
  const lower = word.toLowerCase();
  for (const { locale, letters } of markers) if (letters.test(lower)) return locale;
  return undefined;
}
