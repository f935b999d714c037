import { containsPhrase } from './phrases.ts';

const hanScript = /\p{Script=Han}/u;

/** A folded text (see foldText) read once for many phrase look-ups. */
export type PreparedText = {
  readonly folded: string;
  /** Its words; undefined when it has Han characters, which phrases match without word boundaries. */
  readonly words: ReadonlySet<string> | undefined;
};

export function prepareText(folded: string): PreparedText {
  return { folded, words: hanScript.test(folded) ? undefined : new Set(folded.split(' ')) };
}

type Indexed = { phrase: string; words: string[]; order: number };

/**
 * A list of folded phrases, indexed by their first word, so that a text is compared only with the
 * phrases whose words it has: a message of five words against a list of hundreds of phrases costs five
 * look-ups instead of hundreds of string searches. The conversation reads every message against a few
 * thousand phrases (commands, answers, platforms, general words) in every language at once.
 */
export class PhraseIndex {
  readonly phrases: readonly string[];
  private readonly byFirstWord = new Map<string, Indexed[]>();

  constructor(phrases: readonly string[]) {
    this.phrases = phrases;
    phrases.forEach((phrase, order) => {
      // A phrase with Han characters cannot occur in a text without them.
      if (!phrase || hanScript.test(phrase)) return;
      const words = phrase.split(' ');
      const first = words[0] as string;
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ phrase, words, order });
      this.byFirstWord.set(first, list);
    });
  }

  /**
   * The phrases that may occur in the text, or in what is left of it once other phrases are removed
   * (removing whole words never brings in a word the text did not have), in the list's order. Every
   * phrase when the text has Han characters.
   */
  candidates(text: PreparedText): readonly string[] {
    if (!text.words) return this.phrases;
    return this.positions(text).map((i) => this.phrases[i] as string);
  }

  /** Whether any of the phrases occurs in the text as whole words (see containsPhrase). */
  occursIn(text: PreparedText): boolean {
    return this.candidates(text).some((p) => containsPhrase(text.folded, p));
  }

  /** Where the candidates (see candidates) stand in the list, in order. */
  positions(text: PreparedText): number[] {
    const { words } = text;
    if (!words) return this.phrases.map((_, i) => i);
    const found: number[] = [];
    for (const word of words) {
      for (const entry of this.byFirstWord.get(word) ?? []) {
        if (entry.words.every((w) => words.has(w))) found.push(entry.order);
      }
    }
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
  }
}
