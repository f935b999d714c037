import type { Locale } from '../knowledge/entry.ts';
import { supportedLocales } from '../knowledge/entry.ts';
import type { Translator } from '../ports/translator.ts';
import { PhraseIndex, type PreparedText, prepareText } from '../text/phrase-index.ts';
import { containsPhrase, foldText, removePhrase, wordCount } from '../text/phrases.ts';

export type Intent =
  | {
      kind:
        | 'cancel'
        | 'restart'
        | 'help'
        /** "Who are you?", "are you a real person?": what the bot is, and how to reach a person. */
        | 'about'
        /** "What is enrollment?": an end user who does not know the word. */
        | 'what-is-enrollment'
        /** "Why do you need this?" about the question asked. */
        | 'why-asked'
        /** "You are useless": a frustrated user is offered a person, nothing is looked up. */
        | 'frustrated'
        /** "Too many questions", "just tell me": the interview ends with what is known. */
        | 'skip-all'
        | 'goodbye'
        | 'greeting'
        /** "I'm back", "where were we?": what was on screen, again. */
        | 'resume'
        /** "Go back", "wrong button": the last answer given is asked again. */
        | 'back'
        /**
         * "Really?", "verkligen?", "ah bon ?", "是吗": an echo that doubts what was just said; never consent
         * ("是吗" holds "是", yes), it asks for where things stand again.
         */
        | 'doubt'
        | 'thanks'
        | 'human'
        | 'fixed'
        /** Only that it is solved, unambiguously ("it works now, thanks"): a case handed off can close. */
        | 'solved'
        | 'not-fixed'
        | 'choose-language';
    }
  | { kind: 'language'; locale: Locale }
  /** A bare "ok", "yes" or "no"; `affirmative` for a plain yes ("yes please", "ja tack", "好的"). */
  | { kind: 'ack'; affirmative?: boolean };

/** A message said as a question: a question mark, or Chinese ending in a question particle ("是吗", "好吗"). */
const askedBack = /(?:[?？¿]|[吗嘛么][\s。.!！]*)\s*$/u;
/** A command is short; a longer message that contains one ("reset my password") is about something else. */
const maxCommandWords = 8;
/** A verdict on the card may come inside a short sentence ("ok that fixed it, thanks"). */
const maxVerdictWords = 5;
/** Asking for a person may come with a whole sentence around it, but not with a log. */
const maxHumanWords = 30;
/** "Fixed, thanks a lot, you can close the case" is about as long as a plain "solved" gets. */
const maxSolvedWords = 12;

/**
 * Commands: only the phrase, alone or with polite words around it ("start over please"). Goodbye comes
 * before greeting ("hej då" is not "hej").
 */
const commandIntents = [
  'cancel',
  'restart',
  'help',
  'about',
  'what-is-enrollment',
  'why-asked',
  'skip-all',
  'frustrated',
  'goodbye',
  'resume',
  'back',
  'doubt',
  'greeting',
  'thanks',
  'choose-language',
] as const;
/** Verdicts: "not fixed" must win over the "fixed" inside it. */
const verdictIntents = ['not-fixed', 'fixed'] as const;

type Row = { intent: Intent; phrases: PhraseIndex };

/**
 * Recognises commands and small talk in every supported language at once (a Swedish user in an English
 * client still types "avbryt"). The phrases are data: `intents:*` in each locale.
 *
 * A message is a command only when nothing but polite filler surrounds the phrase, so "reset my
 * password" is a problem to look up, not a restart. A request for a person is read as a request verb
 * plus someone to talk to ("could I speak with someone from the helpdesk?"), unless the sentence
 * reports what somebody else said ("support told me to re-enroll").
 *
 * Every message is read against all of these lists, so each list is indexed (see PhraseIndex) and a
 * message is folded once: a turn compares it only with the phrases whose words it has.
 */
export function createIntentDetector(translator: Translator) {
  const folded = (key: string) =>
    [...new Set(translator.allVariants(key).map(foldText).filter(Boolean))].sort(
      (a, b) => b.length - a.length,
    );
  const phrases = (key: string) => new PhraseIndex(folded(key));
  const commands: Row[] = [];
  for (const kind of commandIntents) commands.push({ intent: { kind }, phrases: phrases(`intents:${kind}`) });
  for (const l of supportedLocales) {
    commands.push({ intent: { kind: 'language', locale: l }, phrases: phrases(`intents:language.${l}`) });
  }
  // Last: a bare "ok", "yes" or "no" is only an acknowledgement when nothing more specific matched.
  commands.push({ intent: { kind: 'ack', affirmative: true }, phrases: phrases('intents:yes') });
  commands.push({ intent: { kind: 'ack' }, phrases: phrases('intents:ack') });
  /** A phrase said exactly, to the first command that has it ("ja tack" is "yes please", not "tack"). */
  const exactly = new Map<string, Intent>();
  for (const row of commands)
    for (const p of row.phrases.phrases) if (!exactly.has(p)) exactly.set(p, row.intent);
  const verdicts: Row[] = verdictIntents.map((kind) => ({
    intent: { kind },
    phrases: phrases(`intents:${kind}`),
  }));
  const filler = phrases('intents:filler');
  const solved = {
    reported: phrases('intents:solved.reported'),
    unless: phrases('intents:solved.unless'),
    phrases: phrases('intents:solved.phrases'),
    filler: new PhraseIndex(
      [...new Set([...folded('intents:solved.filler'), ...filler.phrases])].sort(
        (a, b) => b.length - a.length,
      ),
    ),
  };
  const notFixed = verdicts[0]?.phrases ?? new PhraseIndex([]);
  const human = {
    phrases: phrases('intents:human.phrases'),
    asks: phrases('intents:human.asks'),
    people: phrases('intents:human.people'),
    reported: phrases('intents:human.reported'),
  };

  /** True when the text is the phrase with nothing but filler words around it. */
  const onlyPhrase = (text: PreparedText, phrase: string): boolean => {
    if (text.folded === phrase) return true;
    if (!containsPhrase(text.folded, phrase)) return false;
    let rest = removePhrase(text.folded, phrase);
    for (const f of filler.candidates(text)) rest = removePhrase(rest, f);
    return rest === '';
  };
  /** True when the text is one of the phrases with nothing but filler words around it. */
  const onlyOneOf = (text: PreparedText, list: PhraseIndex): boolean =>
    list.candidates(text).some((p) => onlyPhrase(text, p));

  const asksForPerson = (text: PreparedText): boolean => {
    if (wordCount(text.folded) > maxHumanWords) return false;
    if (human.reported.occursIn(text)) return false;
    if (onlyOneOf(text, human.phrases)) return true;
    return human.asks.occursIn(text) && human.people.occursIn(text);
  };

  /**
   * Says only that the problem is solved: a solved phrase, nothing but thanks and filler around it, no
   * question and no negation. "It works on one phone but not the other" or "does it work now?" is not.
   */
  const saysSolved = (raw: string, text: PreparedText): boolean => {
    if (/[?？¿]/.test(raw) || wordCount(text.folded) > maxSolvedWords) return false;
    if (notFixed.occursIn(text)) return false;
    let rest = text.folded;
    for (const p of solved.phrases.candidates(text)) rest = removePhrase(rest, p);
    if (rest === text.folded) return false;
    const fillers = solved.filler.candidates(text);
    for (let before = ''; rest && rest !== before; ) {
      before = rest;
      for (const f of fillers) rest = removePhrase(rest, f);
    }
    return rest === '';
  };

  /**
   * Reports, among other words, that it works now ("never mind, I deleted an old device and it works
   * now"): no question, no doubt ("but", "still", "only"), no "didn't help", a sentence or two.
   */
  const reportsSolved = (raw: string, text: PreparedText): boolean => {
    if (/[?？¿]/.test(raw) || wordCount(text.folded) > maxHumanWords) return false;
    if (!solved.reported.occursIn(text)) return false;
    return !notFixed.occursIn(text) && !solved.unless.occursIn(text);
  };

  const picks = ['1', '2', '3'].map((n) => phrases(`intents:pick.${n}`));
  const noneOfThese = phrases('intents:pick.none');
  const theOther = phrases('intents:pick.other');
  const second = picks[1] ?? new PhraseIndex([]);

  return {
    /**
     * Which option of a list on screen a typed reply picks: its number ("2"), its place ("the second one",
     * "den andra", "le deuxième", "第二个"), or none of them. Undefined when it says neither.
     */
    pick(text: string): number | 'none' | undefined {
      const digit = /^\s*#?(\d)\s*[.)]?\s*$/.exec(text);
      if (digit) return Number(digit[1]);
      const folded = foldText(text);
      if (!folded || wordCount(folded) > maxCommandWords) return undefined;
      const prepared = prepareText(folded);
      if (onlyOneOf(prepared, noneOfThese)) return 'none';
      const place = picks.findIndex((list) => onlyOneOf(prepared, list));
      return place >= 0 ? place + 1 : undefined;
    },
    /** Whether a short reply asks for the other problem the message named ("the other one", "et le deuxième ?"). */
    other(text: string): boolean {
      const folded = foldText(text);
      if (!folded || wordCount(folded) > maxCommandWords) return false;
      const prepared = prepareText(folded);
      return onlyOneOf(prepared, theOther) || onlyOneOf(prepared, second);
    },
    /**
     * Whether the text says the problem is solved, plainly (see detect) or as part of a short report: read
     * only where a problem is with a person, whose case such a report closes.
     */
    reportsSolved(text: string): boolean {
      if (text.length > 300) return false;
      const prepared = prepareText(foldText(text));
      return saysSolved(text, prepared) || reportsSolved(text, prepared);
    },
    detect(text: string): Intent | undefined {
      if (text.length > 300) return undefined;
      // "?" alone folds to nothing: it is a request for help.
      if (/^\s*[?？¿]+\s*$/.test(text)) return { kind: 'help' };
      const folded = foldText(text);
      if (!folded) return undefined;
      const prepared = prepareText(folded);
      // Before the commands: "all good now, thanks" is not a bare "good".
      if (saysSolved(text, prepared)) return { kind: 'solved' };
      const words = wordCount(folded);
      if (words <= maxCommandWords) {
        // A phrase said exactly ("ja tack" is "yes please") before one with filler around it ("tack").
        const exact = exactly.get(folded) ?? commands.find((row) => onlyOneOf(prepared, row.phrases))?.intent;
        // "Yes?", "ok?", "是吗" (yes and the question particle): a yes asked back, not given.
        if (exact?.kind === 'ack' && askedBack.test(text)) return { kind: 'doubt' };
        if (exact) return exact;
      }
      if (asksForPerson(prepared)) return { kind: 'human' };
      if (words <= maxVerdictWords) {
        for (const row of verdicts) if (row.phrases.occursIn(prepared)) return row.intent;
      }
      return undefined;
    },
  };
}
