// The language a benchmark query is written in, to report figures per language. The client locale of
// a query may differ from its text (a Swedish message typed in an English client), so the text decides;
// a text nothing marks is counted as English.
import type { Locale } from '../src/core/knowledge/entry.ts';
import { guessLanguage } from '../src/core/text-language.ts';

/** en, sv, zh-CN or fr, as the matcher reads it (`guessLanguage`), English when nothing tells. */
export function textLanguage(text: string): Locale {
  return guessLanguage(text) ?? 'en';
}
