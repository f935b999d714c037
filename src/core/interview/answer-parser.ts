import type { Translator } from '../ports/translator.ts';
import { PhraseIndex, type PreparedText, prepareText } from '../text/phrase-index.ts';
import { containsPhrase, foldText, wordCount } from '../text/phrases.ts';
import { type Answers, type ChoiceQuestionId, choicesFor, choiceValues } from './questions.ts';

export type ParsedAnswer = { kind: 'value'; value: string } | { kind: 'skip' } | { kind: 'none' };

type Vocabulary = { value: string; phrases: string[] }[];
/** A vocabulary's phrases in one index, each with its value, in the vocabulary's order. */
type IndexedVocabulary = { index: PhraseIndex; values: string[] };

function indexed(vocab: Vocabulary): IndexedVocabulary {
  const phrases = vocab.flatMap((v) => v.phrases);
  return { index: new PhraseIndex(phrases), values: vocab.flatMap((v) => v.phrases.map(() => v.value)) };
}

/** Answers typed instead of clicked longer than this are treated as a new message, not an answer. */
const maxAnswerWords = 8;
/**
 * Far more than eight words or any answer phrase take: a longer text is neither an answer nor "skip",
 * and is not folded phrase by phrase (a 100 KB paste would cost its length for every phrase).
 */
const maxAnswerChars = 400;

/**
 * Recognises typed answers to the choice questions in any supported language, whatever language the
 * conversation is in: the labels of every locale plus the synonyms in `interview:synonyms.*`.
 */
export function createAnswerParser(translator: Translator) {
  const variants = (key: string) => translator.allVariants(key).map(foldText).filter(Boolean);
  const answerVocab = new Map<ChoiceQuestionId, IndexedVocabulary>();
  const inferVocab = new Map<ChoiceQuestionId, IndexedVocabulary>();
  for (const q of Object.keys(choiceValues) as ChoiceQuestionId[]) {
    answerVocab.set(
      q,
      indexed(
        choiceValues[q].map((value) => ({
          value,
          phrases: [
            ...variants(`interview:choices.${q}.${value}`),
            ...variants(`interview:synonyms.${q}.${value}`),
          ],
        })),
      ),
    );
    inferVocab.set(
      q,
      indexed(
        choiceValues[q].map((value) => ({ value, phrases: variants(`interview:infer.${q}.${value}`) })),
      ),
    );
  }
  const skipPhrases = variants('interview:synonyms.skip');
  let lastInferred: { text: string; found: Answers } | undefined;

  /**
   * Finds the single value whose phrases occur in the text; ambiguous (two values) counts as none. Only
   * the phrases whose words the text has are compared (see PhraseIndex).
   */
  const find = (text: PreparedText, vocab: IndexedVocabulary, exactOnly: boolean): string | undefined => {
    const hits = new Set<string>();
    let best: { value: string; length: number } | undefined;
    const { folded } = text;
    for (const i of vocab.index.positions(text)) {
      const p = vocab.index.phrases[i] as string;
      const hit = exactOnly ? folded === p : containsPhrase(folded, p);
      if (!hit) continue;
      const value = vocab.values[i] as string;
      hits.add(value);
      if (!best || p.length > best.length) best = { value, length: p.length };
    }
    if (hits.size === 1) return best?.value;
    // "all users on some devices" names two values: the longest phrase decides only when it contains the others.
    return undefined;
  };

  const isSkip = (folded: string): boolean => {
    // Counted once, not once a phrase: a long paste is no "skip" and must not cost phrases × its length.
    const short = wordCount(folded) <= 4;
    return skipPhrases.some((p) => folded === p || (short && containsPhrase(folded, p)));
  };

  return {
    /** Whether the text only says "skip" / "don't know". */
    isSkip(text: string): boolean {
      return text.length <= maxAnswerChars && isSkip(foldText(text));
    },

    /**
     * Reads a typed answer to `question`: "2" picks the second button, and only a choice offered for
     * `platform` is an answer ("Autopilot" is none to the enrollment method of an iPhone).
     */
    parse(question: ChoiceQuestionId, text: string, platform?: string): ParsedAnswer {
      if (text.length > maxAnswerChars) return { kind: 'none' };
      const folded = foldText(text);
      if (!folded) return { kind: 'none' };
      const values = choicesFor(question, platform) as readonly string[];
      const asNumber = /^\d{1,2}$/.test(folded) ? Number(folded) : Number.NaN;
      if (asNumber >= 1 && asNumber <= values.length)
        return { kind: 'value', value: values[asNumber - 1] as string };
      if (isSkip(folded)) return { kind: 'skip' };
      const vocab = answerVocab.get(question) ?? indexed([]);
      const prepared = prepareText(folded);
      const offered = (value: string | undefined): ParsedAnswer =>
        value && values.includes(value) ? { kind: 'value', value } : { kind: 'none' };
      const exact = find(prepared, vocab, true);
      if (exact) return offered(exact);
      if (wordCount(folded) > maxAnswerWords) return { kind: 'none' };
      return offered(find(prepared, vocab, false));
    },

    /** Facts a free-text message already states ("on my iPhone", "all our users"): never asked again. */
    infer(text: string): Answers {
      // A turn reads the same message for several reasons (a platform named, volunteered answers).
      if (lastInferred?.text !== text) {
        const prepared = prepareText(foldText(text.length > 4000 ? text.slice(0, 4000) : text));
        const found: Record<string, string> = {};
        for (const [q, vocab] of inferVocab) {
          const value = find(prepared, vocab, false);
          if (value) found[q] = value;
        }
        lastInferred = { text, found: found as Answers };
      }
      return { ...lastInferred.found };
    },
  };
}

export type AnswerParser = ReturnType<typeof createAnswerParser>;
