import type { Translator } from '../ports/translator.ts';
import { PhraseIndex, prepareText } from '../text/phrase-index.ts';
import { containsPhrase, foldText, removePhrase, wordCount } from '../text/phrases.ts';

/** A generic complaint is a short sentence; a longer text usually describes something worth matching. */
const maxGenericWords = 14;
/** A Windows-style failure code (0x80CF0437, 80180014) or a hex code as the articles write it. */
export const errorCodePattern = /(?<![0-9a-z])(?:0x[0-9a-f]{3,8}|[8c][0-9a-f]{7})(?![0-9a-z])/i;
const wordChar = /[\p{L}\p{N}]/u;
const hanText = /\p{Script=Han}/u;
/** "我的iphone无法注册": Han and Latin runs are split so "iphone" is a word of its own. */
const scriptBoundary =
  /(?<=\p{Script=Han})(?=[^\p{Script=Han}\s])|(?<=[^\p{Script=Han}\s])(?=\p{Script=Han})/gu;

/** Platforms a user names that pick different articles. */
const userPlatforms = ['ios', 'android', 'windows'] as const;
export type NamedPlatform = (typeof userPlatforms)[number];

/**
 * Tells a complaint that names no error, symptom or concept ("enrollment not working", "min iphone kan
 * inte registreras") from a description worth matching: only such words (`interview:generic.words`,
 * every language at once) and platform names are in it. Any card found for it would rest on the word
 * "enrollment" alone, so the conversation asks what the device shows instead.
 */
export function createGenericComplaintDetector(translator: Translator) {
  const variants = (key: string) =>
    [...new Set(translator.allVariants(key).map(foldText).filter(Boolean))].sort(
      (a, b) => b.length - a.length,
    );
  const platformWords = new Map<NamedPlatform, string[]>(
    userPlatforms.map((p) => [p, variants(`interview:infer.platform.${p}`)]),
  );
  const platformIndex = new Map([...platformWords].map(([p, words]) => [p, new PhraseIndex(words)]));
  const generic = new PhraseIndex(
    [
      ...new Set([
        ...variants('interview:generic.words'),
        ...variants('interview:infer.platform.macos'),
        ...[...platformWords.values()].flat(),
      ]),
    ].sort((a, b) => b.length - a.length),
  );

  const fold = (text: string) => foldText(text.replace(scriptBoundary, ' '));
  // "What should I do?", "que faire ?", "怎么办": the question that closes a report of a failure.
  const whatNow = variants('interview:generic.whatNow');

  return {
    isGeneric(text: string): boolean {
      if (text.length > 200 || errorCodePattern.test(text)) return false;
      let rest = fold(text);
      if (!rest || wordCount(rest) > maxGenericWords) return false;
      // French elisions ("l'inscription") and English contractions are words of the list as written.
      for (const phrase of generic.candidates(prepareText(rest)))
        while (containsPhrase(rest, phrase)) rest = removePhrase(rest, phrase);
      return !wordChar.test(rest);
    },

    /**
     * "It still doesn't work, what should I do?": the report before the closing "what now?" question,
     * folded, or undefined when it does not end with one. Without it the report is read as a report, not
     * as a question about the state of things ("does it work now?").
     */
    withoutWhatNow(text: string): string | undefined {
      if (text.length > 200) return undefined;
      const folded = fold(text);
      const p = whatNow.find(
        (q) => ` ${folded}`.endsWith(` ${q}`) || (hanText.test(q) && folded.endsWith(q)),
      );
      return p === undefined ? undefined : folded.slice(0, folded.length - p.length).trim();
    },

    /** The user platforms a text names ("on Android and iPhone"), each once. */
    platformsNamed(text: string): NamedPlatform[] {
      const folded = prepareText(fold(text.length > 4000 ? text.slice(0, 4000) : text));
      return userPlatforms.filter((p) => platformIndex.get(p)?.occursIn(folded));
    },
  };
}

export type GenericComplaintDetector = ReturnType<typeof createGenericComplaintDetector>;
