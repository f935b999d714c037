import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { type Entry, type Locale, supportedLocales } from '../../../../src/core/knowledge/entry.ts';
import type { Translate } from '../../../../src/core/ports/translator.ts';
import { type CandidateOption, candidateOptions } from '../../../../src/core/reply/candidate-options.ts';
import { displayWidth, maxButtonLabel } from '../../../../src/core/reply/labels.ts';
import { foldText } from '../../../../src/core/text/phrases.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';

const kb = loadKnowledgeBase();
const translator = createTranslator();

/** Every set of `size` entries out of `entries`, in order. */
function* subsets(entries: readonly Entry[], size: number, from = 0): Generator<Entry[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= entries.length - size; i++) {
    for (const rest of subsets(entries, size - 1, i + 1)) yield [entries[i] as Entry, ...rest];
  }
}

/** How a reader compares two texts: case, accents and punctuation (the cut mark too) do not tell apart. */
const folded = new Map<string, string>();
const fold = (text: string) => folded.get(text) ?? folded.set(text, foldText(text)).get(text);
const readAlike = (a: string, b: string) => fold(a) === fold(b);

/** What is wrong with one choice, as readable lines (empty when nothing is). */
function problems(options: CandidateOption[], entries: Entry[], locale: Locale): string[] {
  const out: string[] = [];
  options.forEach((o, i) => {
    const entry = entries[i] as Entry;
    const title = entry.locales[locale].title.trim();
    const label = o.action.label;
    if (!label || displayWidth(label) > maxButtonLabel) out.push(`label does not fit: ${label}`);
    // The title shown is the entry's own, in the user's language where the article has one.
    if (!o.title.startsWith(title)) out.push(`title ${o.title} is not ${title}`);
    // A label cut short ends where a word of the title ends (Chinese has no spaces: any character).
    if (label.endsWith('…') && !/\p{Script=Han}/u.test(label)) {
      const kept = label.slice(0, -1).replace(/ \([^)]*\)$/u, '');
      const at = o.title.indexOf(kept);
      if (at < 0 || /[\p{L}\p{N}]/u.test(o.title[at + kept.length] ?? ' '))
        out.push(`cut inside a word: ${label}`);
    }
    options.forEach((other, j) => {
      if (j <= i) return;
      if (readAlike(o.title, other.title)) out.push(`two titles read alike: ${o.title}`);
      if (readAlike(label, other.action.label)) out.push(`two buttons read alike: ${label}`);
    });
  });
  return out;
}

describe('"Which of these?" options are told apart', () => {
  // A choice offers up to three entries: every pair and every three of the knowledge base, in every language.
  test.each([...supportedLocales])('every set of two or three entries in %s', (locale) => {
    // Tens of thousands of choices: each string looked up once.
    const lookUp = translator.forLocale(locale);
    const looked = new Map<string, string>();
    const t: Translate = (key, vars) => {
      const id = `${key}|${JSON.stringify(vars ?? {})}`;
      return looked.get(id) ?? looked.set(id, lookUp(key, vars)).get(id) ?? '';
    };
    const found = new Set<string>();
    let sets = 0;
    for (const size of [2, 3]) {
      for (const entries of subsets(kb.entries, size)) {
        sets++;
        const options = candidateOptions(
          entries.map((entry) => ({ entry, why: '' })),
          locale,
          t,
        );
        for (const p of problems(options, entries, locale)) found.add(p);
      }
    }
    expect(sets).toBeGreaterThan(1000);
    expect([...found]).toEqual([]);
  });

  test('the same title on two platforms is told apart by the platform, in the user’s language', () => {
    const ids = ['general/profile-installation-failed', 'general/profile-installation-failed-1'];
    const entries = ids.map((id) => kb.entries.find((e) => e.id === id) as Entry);
    for (const locale of supportedLocales) {
      const t = translator.forLocale(locale);
      const options = candidateOptions(
        entries.map((entry) => ({ entry, why: '' })),
        locale,
        t,
      );
      expect(options.map((o) => o.action.label)).toEqual(
        entries.map((e) => expect.stringContaining(`(${t(`interview:choices.platform.${e.platform}`)})`)),
      );
    }
  });

  const twin = (id: string, platform: Entry['platform'], cause: string): Entry => {
    const entry = structuredClone(
      kb.entries.find((e) => e.id === 'general/profile-installation-failed') as Entry,
    );
    entry.id = id;
    entry.platform = platform;
    for (const locale of supportedLocales) {
      const first = entry.locales[locale].causes[0];
      if (first) first.summary = [{ text: cause }];
    }
    return entry;
  };

  test('same title, platform and article: the cause tells them apart; when nothing does, a number', () => {
    const t = translator.forLocale('fr');
    const byCause = candidateOptions(
      [
        { entry: twin('general/a', 'android', 'Expired certificate.'), why: '' },
        { entry: twin('general/b', 'android', 'Unsupported device.'), why: '' },
      ],
      'fr',
      t,
    );
    expect(byCause.map((o) => o.title)).toEqual([
      expect.stringContaining('(Expired certificate.)'),
      expect.stringContaining('(Unsupported device.)'),
    ]);
    const alike = candidateOptions(
      [
        { entry: twin('general/a', 'android', 'Same.'), why: '' },
        { entry: twin('general/b', 'android', 'Same.'), why: '' },
      ],
      'fr',
      t,
    );
    expect(alike.map((o) => o.action.label)).toEqual([
      expect.stringMatching(/\(1\)$/),
      expect.stringMatching(/\(2\)$/),
    ]);
  });
});
