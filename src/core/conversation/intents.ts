import type { Locale } from '../knowledge/entry.ts';
import { supportedLocales } from '../knowledge/entry.ts';
import type { Translator } from '../ports/translator.ts';
import { containsPhrase, foldText, wordCount } from '../text/phrases.ts';

export type Intent =
  | { kind: 'cancel' | 'restart' | 'help' | 'greeting' | 'human' | 'fixed' | 'not-fixed' | 'choose-language' }
  | { kind: 'language'; locale: Locale };

/**
 * Commands are short: a long message that happens to contain "cancel" ("Cancel any current profile
 * installation") is a problem description. Exact phrases count up to 8 words, phrases inside a message up to 5.
 */
const maxCommandWords = 8;
const maxContainingWords = 5;

const simpleIntents = [
  'cancel',
  'restart',
  'help',
  'greeting',
  'human',
  // "not fixed" must win over the "fixed" inside it.
  'not-fixed',
  'fixed',
  'choose-language',
] as const;

/**
 * Recognises commands and small talk in every supported language at once (a Swedish user in an English
 * client still types "avbryt"). Phrases live in `common:intents.*` of each locale.
 */
export function createIntentDetector(translator: Translator) {
  const phrases = (key: string) => translator.allVariants(key).map(foldText).filter(Boolean);
  const table: { intent: Intent; phrases: string[]; exact: boolean }[] = [];
  for (const l of supportedLocales) {
    table.push({
      intent: { kind: 'language', locale: l },
      phrases: phrases(`common:intents.language.${l}`),
      exact: false,
    });
  }
  for (const kind of simpleIntents) {
    table.push({
      intent: { kind },
      phrases: phrases(`common:intents.${kind}`),
      exact: kind === 'greeting' || kind === 'help',
    });
  }
  return {
    detect(text: string): Intent | undefined {
      if (text.length > 200) return undefined;
      const folded = foldText(text);
      if (!folded || wordCount(folded) > maxCommandWords) return undefined;
      for (const row of table) {
        if (row.phrases.some((p) => folded === p)) return row.intent;
      }
      if (wordCount(folded) > maxContainingWords) return undefined;
      for (const row of table) {
        if (row.exact) continue;
        if (row.phrases.some((p) => containsPhrase(folded, p))) return row.intent;
      }
      return undefined;
    },
  };
}
