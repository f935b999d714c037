import type { MatchResult } from '../matcher/match-result.ts';
import type { Translator } from '../ports/translator.ts';
import { PhraseIndex, prepareText } from '../text/phrase-index.ts';
import { containsPhrase, foldText } from '../text/phrases.ts';
import { errorCodePattern } from './generic-complaint.ts';

/** A question is a sentence or two; a longer text is a description or a paste. */
const maxQuestionLength = 300;
const hanScript = /\p{Script=Han}/u;
/** Sentence ends, to read each sentence's opener. */
const sentenceEnd = /[.!?。！？\n]+/u;

/**
 * Tells a question about setting something up ("how do I enroll an iPhone with ADE?", "hur registrerar
 * jag en iPad?", "怎么配置注册限制？") from a problem to look up. The articles cover errors and their
 * fixes, not set-up steps, so such a question must not be asked for an error message.
 *
 * A set-up question names no error code and no documented message, says nothing fails (no word of a
 * problem: `intents:setUp.problem`, every language at once), and either opens a sentence with a how-to
 * opener (`intents:setUp.openers`; in Chinese anywhere in the sentence) or is read so by the matcher.
 */
export function createSetUpQuestionDetector(translator: Translator) {
  const variants = (key: string) => [...new Set(translator.allVariants(key).map(foldText).filter(Boolean))];
  const openers = variants('intents:setUp.openers');
  const problems = new PhraseIndex(variants('intents:setUp.problem'));
  const greeting = variants('intents:greeting');
  const refersBack = new PhraseIndex(variants('intents:setUp.refersBack'));
  const chineseOpeners = new Set(openers.filter((o) => hanScript.test(o)));

  /** Whether a sentence starts (after a greeting) with a how-to opener; a Chinese one may stand anywhere. */
  const opens = (sentence: string): boolean => {
    let folded = foldText(sentence);
    for (const g of greeting) if (folded.startsWith(`${g} `)) folded = folded.slice(g.length + 1);
    return openers.some((o) =>
      chineseOpeners.has(o) ? folded.includes(o) : folded === o || folded.startsWith(`${o} `),
    );
  };

  return {
    /**
     * A short question about the answer just given ("is there anything in your articles at all about
     * this?"): it refers back, names no code and no problem. Asked after "the articles don't cover this",
     * it is not a new error to look up.
     */
    asksAboutAnswer(text: string): boolean {
      if (!/[?？]\s*$/u.test(text) || text.length > 120 || errorCodePattern.test(text)) return false;
      const folded = foldText(text);
      if (problems.occursIn(prepareText(folded))) return false;
      return refersBack.occursIn(prepareText(folded));
    },
    /**
     * Whether a sentence of a question-length text opens with a how-to opener, whatever else it says. A
     * longer text is a description or a paste, and reading each of its lines would cost a turn dearly.
     */
    opens: (text: string): boolean => text.length <= maxQuestionLength && text.split(sentenceEnd).some(opens),
    asks(text: string, result: MatchResult): boolean {
      if (text.length > maxQuestionLength || errorCodePattern.test(text)) return false;
      const folded = foldText(text);
      // A documented code, or a documented message written out ("Device cap reached"): a problem. A
      // message merely resembled ("enroll an iPad with ADE" and "ADE enrollment doesn't start") is not.
      const reason = result.confident ? result.hits[0]?.reason : undefined;
      if (reason?.kind === 'code') return false;
      if (reason?.kind === 'message' && containsPhrase(folded, foldText(reason.phrase))) return false;
      if (problems.occursIn(prepareText(folded))) return false;
      return !!result.setUp || text.split(sentenceEnd).some(opens);
    },
  };
}

export type SetUpQuestionDetector = ReturnType<typeof createSetUpQuestionDetector>;
