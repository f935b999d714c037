import type { Locale } from '../knowledge/entry.ts';
import { languageMarks } from '../text-language.ts';

const hanLetter = /\p{Script=Han}/u;
const anyLetter = /\p{L}/u;
/**
 * What the guess reads of a long message: its first and last characters. People write their own words
 * before or after what they paste, and the middle of a long paste is a log (in English whatever the user
 * speaks). Reading a 2 MB paste letter by letter cost a turn over 100 ms.
 */
const edgeLength = 1000;

/**
 * The language a message is plainly written in, other than English, or undefined when it does not say.
 * Stricter than the matcher's guess: a French device error pasted by an English speaker ("Échec de
 * l’inscription") or a Swedish name ("Åsa's iPhone") must not switch the conversation, so a Latin-script
 * language needs at least two of its small words and more of them than English has. English is never
 * taken from the text: error messages and logs are pasted in English whatever the user speaks.
 */
export function plainlyWrittenIn(message: string): Locale | undefined {
  const text =
    message.length > 2 * edgeLength
      ? `${message.slice(0, edgeLength)}\n${message.slice(-edgeLength)}`
      : message;
  let letters = 0;
  let han = 0;
  for (const ch of text) {
    if (!anyLetter.test(ch)) continue;
    letters++;
    if (hanLetter.test(ch)) han++;
  }
  if (han >= 2 && han * 3 >= letters) return 'zh-CN';
  const marks = languageMarks(text);
  const english = marks.find((m) => m.locale === 'en')?.words ?? 0;
  const best = marks
    .filter((m) => m.locale !== 'en' && m.words >= 2 && m.words > english && m.words + 2 * m.letters >= 4)
    .sort((a, b) => b.words + 2 * b.letters - (a.words + 2 * a.letters))[0];
  return best?.locale;
}
