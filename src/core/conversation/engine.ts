import { createAnswerParser } from '../interview/answer-parser.ts';
import { buildAnsweredQuestion, buildQuestionReply, unansweredQuestions } from '../interview/form.ts';
import {
  type Answers,
  type ChoiceQuestionId,
  choiceValues,
  isChoiceValue,
  type QuestionId,
} from '../interview/questions.ts';
import {
  type Entry,
  type KnowledgeBase,
  type Locale,
  type Platform,
  supportedLocales,
} from '../knowledge/entry.ts';
import { isLocale } from '../locale.ts';
import type { Matcher, MatchHit, MatchResult } from '../matcher/match-result.ts';
import { type Logger, silentLogger } from '../ports/logger.ts';
import type { Translate, Translator } from '../ports/translator.ts';
import type { ActionPayload } from '../reply/actions.ts';
import { buildResolution } from '../reply/build-resolution.ts';
import { candidateOptions } from '../reply/candidate-options.ts';
import type { Reply, ReplyAction } from '../reply/reply.ts';
import { clip } from '../text/clip.ts';
import { containsPhrase, foldText, wordCount } from '../text/phrases.ts';
import { sanitizeInput } from '../text/sanitize.ts';
import { type TriageRule, triageQuestions } from '../triage/rules.ts';
import {
  createGenericComplaintDetector,
  errorCodePattern,
  type GenericComplaintDetector,
} from './generic-complaint.ts';
import { createGuideLinks, type GuideLinks } from './guide-links.ts';
import { initialConversationState } from './initial-state.ts';
import { createIntentDetector, type Intent } from './intents.ts';
import { createProblemPieces, quotedPieces } from './problem-pieces.ts';
import { createSetUpQuestionDetector, type SetUpQuestionDetector } from './set-up-question.ts';
import { keepSpeakerLanguage, speakerLanguage } from './speaker-language.ts';
import type {
  ConversationEngine,
  ConversationState,
  Effect,
  EscalationTrigger,
  SpeakerLanguage,
  TurnContextInfo,
  TurnInput,
  TurnOutput,
} from './turn.ts';
import { knownMessageSentences, leansTo, plainlyEnglish, plainlyWrittenIn } from './written-language.ts';

export type EngineDeps = {
  kb: KnowledgeBase;
  matcher: Matcher;
  translator: Translator;
  rules: readonly TriageRule[];
  logger?: Logger;
};

/** An error a piece of the user's message names, and the words it was found by. */
type NamedProblem = { id: string; said: string };

/** What answers a question about setting something up. */
type SetUpAnswers = { questions: SetUpQuestionDetector; guides: GuideLinks };

/** Candidates below this score are noise, not "maybe this one". */
const minCandidateScore = 0.3;
const maxCandidates = 3;
/** Hits closer than this to the first are as likely as it. */
const tieMargin = 0.05;
const maxTranscript = 30;
const maxTranscriptText = 500;
const maxStoredErrorText = 4000;

const platformsOfUser: readonly string[] = ['ios', 'android', 'windows'];
/** A question is asked at most this often; then the interview goes on without its answer. */
const maxAsks = 2;
/** A message that ends as a question. */
const questionBack = /[?？]\s*$/u;
/** A number alone, as if a numbered button were pressed by typing. */
const bareNumber = /^\s*#?\d{1,2}\s*[.)]?\s*$/;
/** Any letter or digit: without one, a message is only emoji or punctuation. */
const wordChar = /[\p{L}\p{N}]/u;
/** "Actually it's Android, not iOS": a correction is short; a longer text is a problem of its own. */
const maxCorrectionWords = 8;
/** What is addressed to the bot in a shared thread after a card, without naming it (see followsUp). */
const followUpIntents: ReadonlySet<Intent['kind']> = new Set([
  'fixed',
  'not-fixed',
  'solved',
  'human',
  'restart',
  'language',
  'choose-language',
]);
/** Intents whose words may also answer a question ("it worked before", "det fungerade tidigare", "以前可以，后来不行了"). */
const answerWords: ReadonlySet<Intent['kind']> = new Set(['fixed', 'not-fixed', 'solved', 'ack']);
/** "iPhone", "on my iPad", "Windows 11 laptop": a message that only names the platform is this short. */
const maxPlatformOnlyWords = 4;

/**
 * The platform-neutral conversation: greeting, the interview, routing an error text to an entry,
 * ranking causes with the answers, feedback and the hand-off trigger. Pure and synchronous; every
 * string comes from the translator in the conversation's language.
 */
export function createConversationEngine(deps: EngineDeps): ConversationEngine {
  const log = deps.logger ?? silentLogger;
  const entries = new Map(deps.kb.entries.map((e) => [e.id, e]));
  const answersParser = createAnswerParser(deps.translator);
  const intents = createIntentDetector(deps.translator);
  const generic = createGenericComplaintDetector(deps.translator);
  const pieces = createProblemPieces(deps.translator);
  const setUp = {
    questions: createSetUpQuestionDetector(deps.translator),
    guides: createGuideLinks(deps.kb, deps.translator),
  };
  // Documented messages in every language: pasted, they do not say which language the person writes in.
  const known = knownMessageSentences(
    deps.kb.entries.flatMap((e) => supportedLocales.map((l) => e.locales[l].title)),
  );

  const initialState = initialConversationState;

  function handle(previous: ConversationState, input: TurnInput, info: TurnContextInfo): TurnOutput {
    const state = isState(previous) ? structuredClone(previous) : initialState(info.clientLocale);
    // Each person in a shared thread is answered in their own language.
    const lang = speakerLanguage(state, info.userId, info.clientLocale);
    if (!lang.localeExplicit) lang.locale = info.clientLocale;
    // A message plainly in French typed in an English client is answered in French from then on, until
    // a message plainly in another language or the user's own choice.
    const guessable = !lang.localeExplicit || lang.localeFromText;
    const own = input.kind === 'text' ? (input.typed ?? input.text) : '';
    const written =
      guessable && own ? (plainlyWrittenIn(own, known) ?? writtenInEnglish(own, lang.locale)) : undefined;
    if (written && written !== lang.locale) {
      lang.locale = written;
      lang.localeExplicit = true;
      lang.localeFromText = true;
    } else if (
      !written &&
      own &&
      lang.localeFromText &&
      lang.locale !== info.clientLocale &&
      leansTo(own, known) === info.clientLocale
    ) {
      // Taken from an English line, the language goes back to the client's on a line that leans to it,
      // however short ("merci beaucoup", "谢谢").
      lang.locale = info.clientLocale;
      lang.localeExplicit = false;
      delete lang.localeFromText;
    }
    const turn = new Turn(
      state,
      lang,
      info,
      deps,
      entries,
      answersParser,
      generic,
      setUp,
      log,
      initialState,
      pieces,
    );
    switch (input.kind) {
      case 'start':
        turn.greet();
        break;
      case 'text': {
        const pick = state.stage === 'choosing-entry' ? intents.pick(input.text) : undefined;
        // "None of these" to the offer of a person after the cards (no list on screen): a no, not a search.
        if (state.stage === 'no-match' && intents.pick(input.text) === 'none') {
          turn.onText(input.text, { kind: 'ack' });
          break;
        }
        // "And the other one?" after a message that named two errors: the second one's card.
        const other =
          state.stage !== 'choosing-entry' && state.alsoMentioned?.length && intents.other(input.text)
            ? state.alsoMentioned[0]
            : undefined;
        // "The other one" among offered cards names none of them: say how to choose.
        if (state.stage === 'choosing-entry' && pick === undefined && intents.other(input.text))
          turn.remindChoice(input.text);
        else turn.onText(input.text, intentOf(state, input.text), other ?? pick);
        break;
      }
      case 'action':
        turn.onAction(input.payload);
        break;
      case 'form':
        turn.onForm(input.answers);
        break;
    }
    return turn.output();
  }

  /**
   * The intent of a message. A short report that it works now ("never mind, I deleted an old device and it
   * works now") says it is solved: with the problem handed to a person, whatever else it says; otherwise
   * when it is no command and names no error of its own (a code or a documented message), so it closes
   * what is open (the card's verdict, the question asked) instead of being searched for as an error.
   */
  function intentOf(state: ConversationState, text: string): Intent | undefined {
    const intent = intents.detect(text);
    // "It worked before" to "has enrollment ever worked?" answers the question; it is no verdict on the card.
    if (intent && answerWords.has(intent.kind) && answersPending(state, text)) return undefined;
    if (intent?.kind === 'solved') return intent;
    if (isHandedOff(state)) return intents.reportsSolved(text) ? { kind: 'solved' } : intent;
    if (intent && intent.kind !== 'thanks' && intent.kind !== 'goodbye') return intent;
    if (intents.reportsSolved(text) ? namesError(state, text, true) : !readsAllWell(state, text))
      return intent;
    return { kind: 'solved' };
  }

  /**
   * English when a person's own words plainly are ("how do I fix this?" in a French client), and they are
   * not the words of an English error message the articles document, which anyone may paste.
   */
  function writtenInEnglish(text: string, current: Locale): Locale | undefined {
    if (current === 'en') return undefined;
    const words = plainlyEnglish(text, known);
    if (!words) return undefined;
    const result = deps.matcher.match(words, { locale: 'en' });
    const kind = result.hits[0]?.reason.kind;
    return result.confident && (kind === 'message' || kind === 'code') ? undefined : 'en';
  }

  /** Whether the matcher reads a short line as all being well now ("all showing compliant now 👍"). */
  function readsAllWell(state: ConversationState, text: string): boolean {
    return text.length <= 300 && deps.matcher.match(text, { locale: state.locale }).noProblem === true;
  }

  /** Whether the text reads as one of the choices of the question waiting for an answer. */
  function answersPending(state: ConversationState, text: string): boolean {
    const { pending } = state;
    if (state.stage !== 'asking' || !pending || pending === 'errorText') return false;
    return answersParser.parse(pending, text, choicePlatform(state, entries)).kind === 'value';
  }

  /**
   * Whether a text names an error of its own: a code, or a documented message the matcher is sure of;
   * `writtenOut`: only a message written out, not one the words resemble ("j'ai supprimé un ancien
   * appareil" is no "Account is deleted").
   */
  function namesError(state: ConversationState, text: string, writtenOut = false): boolean {
    if (errorCodePattern.test(text)) return true;
    const result = deps.matcher.match(text, { locale: state.locale });
    const reason = result.hits[0]?.reason;
    if (!result.confident || !reason || reason.kind === 'similar') return false;
    return reason.kind === 'code' || !writtenOut || containsPhrase(foldText(text), foldText(reason.phrase));
  }

  function solvesHandOff(state: ConversationState | undefined, text: string): boolean {
    if (!intents.reportsSolved(text)) return false;
    return !state || (isHandedOff(state) && intentOf(state, text)?.kind === 'solved');
  }

  function followsUp(state: ConversationState, text: string, userId?: string): boolean {
    // Colleagues chatting in the thread of someone else's case are not writing to that case.
    const other =
      state.stage === 'escalated' && !!state.requesterId && !!userId && userId !== state.requesterId;
    if (!other && ['asking', 'choosing-entry', 'escalated'].includes(state.stage)) return true;
    const afterAnswer = state.stage === 'showing-resolution' || state.stage === 'no-match' || other;
    if (!text || !afterAnswer) return false;
    const kind = intents.detect(text)?.kind;
    if (kind && followUpIntents.has(kind)) return true;
    // "And the other one?" after a card whose message named another error.
    if (!other && state.alsoMentioned?.length && intents.other(text)) return true;
    if (errorCodePattern.test(text)) return true;
    // "It's an iPhone": a short message naming the platform corrects the card's.
    if (wordCount(foldText(text)) <= maxCorrectionWords && answersParser.infer(text).platform) return true;
    // A documented message pasted in the thread ("the exact text is: Device cap reached").
    return namesError(state, text);
  }

  return { initialState, handle, solvesHandOff, followsUp };
}

/** Handed to a person: the case is open (or its details are being asked for). */
function isHandedOff(state: ConversationState): boolean {
  return state.stage === 'escalated' || !!state.collectingDetails;
}

function isState(value: unknown): value is ConversationState {
  return !!value && typeof value === 'object' && (value as ConversationState).version === 1;
}

/** One turn's work: mutates its own copy of the state and collects replies and effects. */
class Turn {
  private replies: Reply[] = [];
  private effects: Effect[] = [];
  /** What the matcher said this turn (see match). */
  private readonly matched: {
    text: string;
    locale: Locale;
    platform: Platform | undefined;
    result: MatchResult;
  }[] = [];
  private t: Translate;
  private readonly state: ConversationState;
  /** The language of whoever sends this turn (the state's own fields in a one-to-one chat). */
  private readonly lang: SpeakerLanguage;
  private readonly info: TurnContextInfo;
  private readonly deps: EngineDeps;
  private readonly entries: Map<string, Entry>;
  private readonly parser: ReturnType<typeof createAnswerParser>;
  private readonly generic: GenericComplaintDetector;
  private readonly setUp: SetUpAnswers;
  private readonly log: Logger;
  private readonly fresh: (locale: Locale) => ConversationState;
  /** The parts of a message that may each name an error (see createProblemPieces). */
  private readonly pieces: (text: string) => string[];

  constructor(
    state: ConversationState,
    lang: SpeakerLanguage,
    info: TurnContextInfo,
    deps: EngineDeps,
    entries: Map<string, Entry>,
    parser: ReturnType<typeof createAnswerParser>,
    generic: GenericComplaintDetector,
    setUp: SetUpAnswers,
    log: Logger,
    fresh: (locale: Locale) => ConversationState,
    pieces: (text: string) => string[],
  ) {
    this.state = state;
    this.lang = lang;
    this.info = info;
    this.deps = deps;
    this.entries = entries;
    this.parser = parser;
    this.generic = generic;
    this.setUp = setUp;
    this.log = log;
    this.fresh = fresh;
    this.pieces = pieces;
    this.t = deps.translator.forLocale(lang.locale);
  }

  output(): TurnOutput {
    for (const r of this.replies) this.note('bot', summarize(r));
    keepSpeakerLanguage(this.state, this.info.userId, this.lang);
    return { state: this.state, replies: this.replies, effects: this.effects, locale: this.lang.locale };
  }

  // ---- inputs -------------------------------------------------------------------------------

  greet(): void {
    this.say(this.t('common:greeting'));
  }

  /**
   * `pick`: the option of the list on screen the text picks by its number or place ("the second one"), or
   * the id of another error the user's message named, asked for ("and the other one?").
   */
  onText(raw: string, intent: Intent | undefined, pick?: number | 'none' | string): void {
    const input = sanitizeInput(raw);
    if (input.kind === 'empty') return this.say(this.t('common:input.empty'));
    if (input.kind === 'binary') {
      this.log.warn('input looks binary', { chars: raw.length });
      return this.say(this.t('common:input.binary'), 'warning');
    }
    const text = input.text;
    this.note('user', text);
    if (input.truncated) this.log.info('input truncated', { chars: raw.length });
    // "2" or "the second one" among offered cards: that card, as if its button were pressed.
    if (pick === 'none') return this.onAction({ type: 'choose-entry', entryId: null });
    const picked = typeof pick === 'number' ? this.state.candidates[pick - 1]?.entryId : pick;
    if (picked) return this.onAction({ type: 'choose-entry', entryId: picked });
    if (intent && this.onIntent(intent)) return;
    // Only emoji or punctuation ("👍", "...") says nothing the articles could be searched for.
    if (!wordChar.test(text)) return this.say(this.t('common:input.noWords'));
    if (this.platformAfterRefusal(text) || this.changesPlatform(text) || this.onlyNamesPlatform(text)) return;
    // Handed off and waiting ("is anyone looking at this?"): it goes onto the case, not into a new search
    // that would leave the case behind. A new error code or documented message is a new problem.
    if (this.state.stage === 'escalated' && !this.isNewProblem(text)) {
      // "In the Company Portal" typed to the question asked while waiting is its answer.
      const waiting = unansweredQuestions(this.state.answers)[0];
      const parsed = waiting ? this.parser.parse(waiting, text, this.choicePlatform()) : undefined;
      if (waiting && parsed && parsed.kind !== 'none') {
        const value = parsed.kind === 'value' ? parsed.value : 'unknown';
        this.answeredCard(waiting, value);
        return this.answer(waiting, value);
      }
      return this.noteOnCase();
    }
    if (this.addsDetail(text)) return;
    if (this.state.stage === 'showing-resolution' && this.stillFailing(text)) return;

    const pending = this.state.stage === 'asking' ? this.state.pending : undefined;
    // "skip" answers a question; with none pending it is not an error text to look up. Among offered
    // cards, "I don't know" asks which one: say how to choose.
    if (!pending && this.parser.isSkip(text))
      return this.say(
        this.t(
          this.state.stage === 'choosing-entry'
            ? 'common:ack.choosing'
            : this.state.stage === 'showing-resolution'
              ? 'common:ack.afterAnswer'
              : 'common:interview.nothingToSkip',
        ),
      );
    // Asked for the exact text, "skip" means there is none to give: the honest answer, not a search for "skip".
    if (pending === 'errorText' && this.parser.isSkip(text)) {
      this.answeredCard('errorText', 'unknown');
      return this.noMatch(true);
    }
    if (pending && pending !== 'errorText') {
      // An error code is never a choice ("j'ai aussi 0x80180026 sur un PC" holds "un", one): a new problem.
      if (errorCodePattern.test(text)) return this.onErrorText(text, false);
      const parsed = this.parser.parse(pending, text, this.choicePlatform());
      if (parsed.kind === 'value' && this.answersAnother(text, pending)) return;
      if (parsed.kind === 'value') {
        this.takeVolunteered(text, pending, false);
        this.answeredCard(pending, parsed.value);
        return this.answer(pending, parsed.value);
      }
      if (parsed.kind === 'skip') {
        this.answeredCard(pending, 'unknown');
        return this.answer(pending, 'unknown');
      }
      // A new error code or a documented message typed instead of an answer is a new problem.
      if (this.isNewProblem(text)) return this.onErrorText(text, false);
      if (this.takeVolunteered(text, pending, true)) return this.continueInterview(pending);
      if (this.stillFailing(text)) return;
      // "How do I set up ADE?" asked meanwhile is a question of its own, not about the one on screen.
      if (this.setUp.questions.opens(text)) return this.onErrorText(text, false);
      // A question back ("what do you mean by platform?", "does it matter?"): why it is asked, and the
      // same question again, not counted as asked twice.
      if (!this.state.collectingDetails && questionBack.test(text) && text.length < 200) {
        this.say(this.t('common:interview.whyAsked'));
        return this.showPending(pending);
      }
      // Waiting for a person, a longer message is for them: kept on the case, then the same question.
      if (this.state.collectingDetails && text.length >= 60) {
        this.noteOnCase();
        return this.askAgainOrMoveOn(pending);
      }
      if (text.length < 60) {
        this.say(this.t('common:interview.notUnderstood'));
        return this.askAgainOrMoveOn(pending);
      }
    }
    // "Is there anything in your articles at all about this?" after "the articles don't cover this".
    if (this.state.stage === 'no-match' && this.setUp.questions.asksAboutAnswer(text) && this.resume())
      return;
    if (this.keepsChoice(text)) return;
    // "1" with no numbered choice on screen presses nothing and names no error: say what can be done from
    // here rather than drop the card for "couldn't match".
    if (pending !== 'errorText' && bareNumber.test(text) && this.acknowledge(false)) return;
    if (pending === 'errorText') this.answeredCard('errorText', text);
    this.onErrorText(text, pending === 'errorText');
  }

  remindChoice(text: string): void {
    this.note('user', text);
    this.say(this.t('common:ack.choosing'));
  }

  onAction(payload: ActionPayload): void {
    switch (payload.type) {
      case 'answer': {
        const { question, value } = payload;
        if (question === 'errorText') {
          if (value !== 'unknown') return this.onErrorText(value, true);
          // "I don't have it": the same honest answer as typing "skip".
          this.answeredCard(question, value);
          return this.noMatch(true);
        }
        if (value !== 'unknown' && !isChoiceValue(question, value)) return this.unknownButton();
        // Another platform pressed on the platform card after the answer was shown: a change of mind.
        const platform =
          question === 'platform' && value !== 'unknown' ? (value as Answers['platform']) : undefined;
        if (platform && platform !== this.state.answers.platform && this.mayCorrectPlatform()) {
          this.answeredCard(question, value);
          this.correctPlatform(platform);
          return;
        }
        this.answeredCard(question, value);
        return this.answer(question, value);
      }
      case 'choose-entry':
        // "None of these" after a card: the user already gave the text that card was found by; asking
        // for it again gets nothing new, so say what the articles cover and offer a person.
        if (payload.entryId === null)
          return this.state.shown.length > 0
            ? this.noMatch(true, this.t('common:noMatch.noneOfThese'))
            : this.noMatch();
        if (!this.entries.has(payload.entryId)) return this.unknownButton();
        this.takeUpAgain(payload.entryId);
        this.showEntry(payload.entryId, this.t('common:why.chosen'), 1, true);
        return this.noteAlsoMentioned(payload.entryId);
      case 'feedback':
        return this.feedback(payload.entryId, payload.verdict);
      case 'escalate':
        return this.escalate(this.state.stage === 'no-match' ? this.offeredFor() : 'button');
      case 'restart':
        return this.restart();
      case 'set-locale':
        return this.setLocale(payload.locale);
      default:
        // Case buttons belong to the support channel; the adapters route them before the engine.
        return this.unknownButton();
    }
  }

  onForm(form: Answers): void {
    const answers: Answers = {};
    for (const q of Object.keys(choiceValues) as ChoiceQuestionId[]) {
      const v = form[q];
      if (v && (v === 'unknown' || isChoiceValue(q, v))) Object.assign(answers, { [q]: v });
    }
    if (this.state.stage === 'escalated' || this.state.collectingDetails) {
      // After the hand-off the form completes the case; it does not start a new search.
      Object.assign(this.state.answers, answers);
      for (const q of unansweredQuestions(this.state.answers))
        Object.assign(this.state.answers, { [q]: 'unknown' });
      return this.addCaseDetails();
    }
    const text =
      typeof form.errorText === 'string' ? sanitizeInput(form.errorText) : { kind: 'empty' as const };
    this.resetProblem();
    this.state.answers = answers;
    // A form has no second chance to type the text: go straight to the honest answer.
    this.state.errorRetries = 1;
    if (text.kind !== 'ok') return this.noMatch();
    this.note('user', text.text);
    this.state.answers.errorText = excerpt(text.text);
    this.route({ mayAskPlatform: false, followUps: false, text: text.text });
  }

  // ---- flow ---------------------------------------------------------------------------------

  private onIntent(intent: Intent): boolean {
    switch (intent.kind) {
      case 'cancel':
      case 'restart': {
        // Dropping the conversation does not withdraw a case: say it is still with the team.
        const handedOff = this.handedOff();
        if (intent.kind === 'restart') this.restart();
        else {
          this.resetProblem();
          this.say(this.t('common:cancelled'));
        }
        if (handedOff) this.say(this.t('common:escalation.caseStays'));
        return true;
      }
      case 'why-asked':
        // Only about a question on screen; otherwise "why" is a plain request for help.
        if (this.state.stage === 'asking' && this.state.pending && this.state.pending !== 'errorText') {
          this.say(this.t('common:interview.whyAsked'));
          this.showPending(this.state.pending);
          return true;
        }
        this.say(this.t('common:help'));
        return true;
      case 'skip-all': {
        // "Too many questions" while a choice question waits: the rest of the interview is skipped and the
        // card comes with what is known. With nothing to skip, it is impatience: a person is offered.
        const { pending } = this.state;
        if (
          this.state.stage !== 'asking' ||
          !pending ||
          pending === 'errorText' ||
          this.state.collectingDetails
        ) {
          this.onIntent({ kind: 'frustrated' });
          return true;
        }
        const entryId = this.state.followUpFor;
        for (const q of entryId ? triageQuestions(entryId, this.deps.rules) : [])
          if (q !== pending && this.state.answers[q] === undefined)
            Object.assign(this.state.answers, { [q]: 'unknown' });
        this.answeredCard(pending, 'unknown');
        this.answer(pending, 'unknown');
        return true;
      }
      case 'frustrated':
        // Nothing to look up; a person is the way on (the case's status if one is already waiting).
        if (this.handedOff()) {
          this.say(this.t('common:ack.escalated'));
          return true;
        }
        this.say(this.t('common:frustrated'), 'info', [
          { label: this.t('common:actions.escalate'), payload: { type: 'escalate' } },
          { label: this.t('common:actions.restart'), payload: { type: 'restart' } },
        ]);
        return true;
      case 'what-is-enrollment':
        // In plain words, with a person offered; an open question stays open.
        this.say(this.t('common:whatIsEnrollment'), 'info', [
          { label: this.t('common:actions.escalate'), payload: { type: 'escalate' } },
        ]);
        return true;
      case 'about':
      case 'help':
        this.say(this.t(intent.kind === 'about' ? 'common:about' : 'common:help'));
        if (this.state.stage === 'asking' && this.state.pending) this.showPending(this.state.pending);
        return true;
      case 'doubt':
        // "Really?" after "the articles don't cover this" or an offer of a person: no consent, and no error
        // text to look up. Where things stand, said again, with the same choices.
        if (!this.resume()) this.acknowledge(false);
        return true;
      case 'greeting':
      case 'resume':
        // Coming back to an open problem ("hi", "where were we?"): where it stands, not a fresh greeting.
        if (!this.resume()) this.greet();
        return true;
      case 'back':
        this.goBack();
        return true;
      case 'human':
        this.escalate('asked-in-words');
        return true;
      case 'thanks':
        return this.thank();
      case 'goodbye':
        return this.thank('common:closing.goodbye');
      case 'ack':
        return this.acknowledge(intent.affirmative === true);
      case 'language':
        this.setLocale(intent.locale);
        return true;
      case 'choose-language':
        this.say(this.t('common:language.choose'), 'info', languageActions());
        return true;
      case 'solved':
      case 'fixed':
      case 'not-fixed': {
        // After the hand-off, "it works now" closes the case; anything less plain goes on as before.
        if (this.handedOff() && intent.kind === 'solved') return this.solvedAfterHandOff();
        if (this.handedOff() && !this.fromRequester()) return this.notRequester();
        // A verdict on the card just shown, also while its follow-up questions are pending.
        const last = this.state.shown.at(-1);
        const onCard = this.state.stage === 'showing-resolution' || this.state.followUpFor !== undefined;
        const verdict = intent.kind === 'not-fixed' ? 'not-fixed' : 'fixed';
        if (onCard && last) {
          this.feedback(last.entryId, verdict);
          return true;
        }
        // "Didn't help" to "the articles don't cover this": the person the answer offered.
        if (verdict === 'not-fixed' && this.state.stage === 'no-match') {
          this.escalate(this.offeredFor());
          return true;
        }
        // "Didn't help" while cards are offered: none of them is it.
        if (verdict === 'not-fixed' && this.state.stage === 'choosing-entry') {
          this.onAction({ type: 'choose-entry', entryId: null });
          return true;
        }
        // "It works now" said too soon after the hand-off, then "still failing": back to a person.
        if (verdict === 'not-fixed' && this.state.stage === 'idle' && this.state.closedSolved) {
          delete this.state.closedSolved;
          this.escalate('not-fixed');
          return true;
        }
        // "This fixed it" pressed too soon, then "still failing": the card did not help after all.
        if (verdict === 'not-fixed' && this.state.stage === 'idle' && last?.verdict === 'fixed') {
          this.feedback(last.entryId, verdict);
          return true;
        }
        // "Solved, thanks" or "I deleted an old device and now it works" with no card to judge (after
        // "couldn't match", while a question waits): glad it works, not an error text. What was asked is
        // dropped; a case of this conversation still open (left by "start over") closes as solved.
        if (intent.kind !== 'solved') return false;
        this.effects.push({ kind: 'solved' });
        this.say(this.t('common:feedback.solved'));
        if (this.fromOwner()) {
          this.state.pending = undefined;
          this.state.stage = 'idle';
        }
        return true;
      }
    }
  }

  /**
   * A new error text. A card whose questions are still being answered when it comes ("there's also
   * XPC_TYPE_ERROR on another one") is not forgotten: it is offered again after the new card.
   */
  private onErrorText(text: string, isRetry: boolean): void {
    const earlier = isRetry ? undefined : this.openCard();
    // What was answered for it is kept with it: back on it, its questions are not asked again.
    const answered = earlier ? structuredClone(this.state.answers) : undefined;
    this.readProblem(text, isRetry);
    if (earlier && answered) this.offerEarlier(earlier, answered);
  }

  /**
   * The card whose follow-up questions are being answered. A card merely shown is not kept: a helpdesk
   * looks up one error after another, and each would drag the one before along.
   */
  private openCard(): string | undefined {
    const { stage, followUpFor, collectingDetails } = this.state;
    if (stage !== 'asking' || !followUpFor || collectingDetails) return undefined;
    return this.state.shown.some((s) => s.entryId === followUpFor && !s.verdict) ? followUpFor : undefined;
  }

  /**
   * After the card of a new error, the earlier open card a press away (and "the other one" away), with
   * the answers given for it.
   */
  private offerEarlier(earlierId: string, answered: Answers): void {
    // After the new error's card, or after "the articles don't cover it" (a refused code): not while the
    // new error's own question or choice waits.
    const { stage } = this.state;
    if (stage !== 'showing-resolution' && stage !== 'no-match') return;
    const card = this.replies.findIndex((r) => r.kind === 'resolution');
    const shown = card >= 0 ? this.state.shown.at(-1)?.entryId : undefined;
    if (shown && this.sameMessage(shown, earlierId)) return;
    const entry = this.entries.get(earlierId);
    if (!entry) return;
    this.state.alsoMentioned = [...new Set([...(this.state.alsoMentioned ?? []), earlierId])];
    this.state.setAside = { ...this.state.setAside, [earlierId]: answered };
    const title = entry.locales[this.lang.locale].title.replace(/[.。]\s*$/u, '');
    const note: Reply = {
      kind: 'text',
      text: this.t('common:earlierProblem', { title: clip(title, 100) }),
      actions: [{ label: clip(title, 60), payload: { type: 'choose-entry', entryId: earlierId } }],
    };
    if (card >= 0) this.replies.splice(card + 1, 0, note);
    else this.replies.push(note);
  }

  /** A card set aside for another error, taken up again: its problem's answers are back (see offerEarlier). */
  private takeUpAgain(entryId: string): void {
    const kept = this.state.setAside?.[entryId];
    if (!kept) return;
    this.state.answers = { ...this.state.answers, ...kept };
    const { [entryId]: _, ...rest } = this.state.setAside ?? {};
    if (Object.keys(rest).length > 0) this.state.setAside = rest;
    else delete this.state.setAside;
  }

  private readProblem(text: string, isRetry: boolean): void {
    if (!isRetry) this.resetProblem();
    const inferred = this.parser.infer(text);
    // "on Android and iPhone" names no one platform: the platform question decides if the articles differ.
    const named = this.generic.platformsNamed(text);
    if (named.length > 1) delete inferred.platform;
    // "我的iPhone无法注册": a platform name written against Han text, with no space to mark the word.
    else if (named[0] && !inferred.platform) inferred.platform = named[0];
    for (const [q, v] of Object.entries(inferred)) {
      if (this.state.answers[q as keyof Answers] === undefined) Object.assign(this.state.answers, { [q]: v });
    }
    this.state.answers.errorText = excerpt(text);
    // The whole paste is matched (an error at the end of a long log); only the excerpt is kept.
    const result = this.match(text);
    // "How do I enroll an iPhone with ADE?" asks for steps the articles do not hold: no error to ask for.
    if (this.setUp.questions.asks(text, result)) return this.answerSetUp(text);
    // "Enrollment not working" names no error: any card would rest on the word "enrollment" alone.
    if (this.generic.isGeneric(text)) return this.askForDetail(isRetry);
    this.route({ mayAskPlatform: true, followUps: true, text, named, result, fresh: true });
  }

  /**
   * The matcher's reading of `text` in this turn's language, for the platform known so far (or the one
   * given). Remembered for the turn: a message typed while a question waits is read as a possible new
   * problem and then matched as one, and a 100 KB paste must not be matched twice.
   */
  private match(text: string, platform: Platform | undefined = this.userPlatform()): MatchResult {
    const locale = this.lang.locale;
    const known = this.matched.find((m) => m.text === text && m.locale === locale && m.platform === platform);
    if (known) return known.result;
    const result = this.deps.matcher.match(text, { locale, platform });
    this.matched.push({ text, locale, platform, result });
    return result;
  }

  /**
   * A question about setting something up: what the bot covers, Microsoft's guide on the subject when an
   * article links to one, and a person; no error message asked for.
   */
  private answerSetUp(question: string): void {
    const guide = this.setUp.guides.find(question, this.lang.locale);
    this.log.info('set-up question', { guide: !!guide });
    const text = [
      this.t('common:setUp.covers'),
      ...(guide ? [this.t('common:setUp.guide', { title: guide.title, url: guide.url })] : []),
      this.t('common:setUp.person'),
    ].join('\n\n');
    this.noMatch(true, text);
  }

  /** The exact message or what the device shows, asked once; the platform named so far is kept. */
  private askForDetail(isRetry: boolean): void {
    if (isRetry && this.state.errorRetries > 0) return this.noMatch(true);
    this.state.errorRetries = 1;
    this.say(this.t('common:noMatch.needDetail'));
    this.ask('errorText');
  }

  /**
   * Matches the error text (this turn's whole text, else the stored excerpt) and decides: a card, a
   * platform question, a choice, or no match.
   */
  private route({
    mayAskPlatform,
    followUps,
    text = this.state.answers.errorText ?? '',
    named = [],
    result = this.match(text),
    fresh = false,
  }: {
    mayAskPlatform: boolean;
    followUps: boolean;
    text?: string;
    /** The platforms the text names, when more than one. */
    named?: readonly Platform[];
    /** The matcher's result for `text`, when already asked. */
    result?: MatchResult;
    /** `text` is what the user just wrote (not a stored text matched again): other errors it names are noted. */
    fresh?: boolean;
  }): void {
    const platform = this.userPlatform();
    const top = result.hits[0];
    const platformUnknown = !platform && this.state.answers.platform === undefined;
    // Other errors the message names are kept before any question, so they are offered after the card.
    if (mayAskPlatform && platformUnknown && top && this.differsByPlatform(text, named)) {
      if (fresh) this.keepNamed(text, top.id);
      return this.askPlatformThenRematch();
    }
    if (result.confident && top) {
      // "Profile installation failed" is one entry on Android and another on iOS, equally likely:
      // the platform decides, so ask it rather than pick one.
      const tied = result.hits.filter((h) => top.score - h.score < tieMargin);
      const inLanguage = this.inUserLanguage(tied);
      // Two cards of one error for different platforms ("Device Cap Reached" for iOS and for every
      // platform) are told apart by the platform alone, unless only one is in the user's language.
      if (!platform && !inLanguage && this.platformsOf(tied) > 1) {
        if (fresh) this.keepNamed(text, top.id);
        if (mayAskPlatform && platformUnknown) return this.askPlatformThenRematch();
        this.state.candidates = tied.slice(0, maxCandidates).map((h) => this.candidate(h));
        return this.offerCandidates(this.t('common:choose.prompt'));
      }
      const chosen = inLanguage ?? top;
      this.state.candidates = result.hits
        .filter((h) => h !== chosen && h.score >= minCandidateScore)
        .slice(0, maxCandidates)
        .map((h) => this.candidate(h));
      if (fresh) this.keepNamed(text, chosen.id);
      this.showEntry(chosen.id, this.why(chosen), chosen.score, followUps);
      return this.noteAlsoMentioned(chosen.id);
    }
    // Another product or Intune area: say so at once rather than ask for the text again.
    if (result.outOfScope) {
      const uncovered = result.uncoveredCode;
      if (uncovered)
        return this.noMatch(
          true,
          this.t('common:noMatch.uncoveredCode', { code: uncovered.code, url: uncovered.reference }),
        );
      return this.noMatch(true, this.t('common:noMatch.outOfScope'));
    }
    const close = result.hits.filter((h) => h.score >= minCandidateScore).slice(0, maxCandidates);
    if (close.length === 0) return this.noMatch();
    if (fresh) this.keepNamed(text);
    if (mayAskPlatform && platformUnknown && this.specificPlatforms(close) > 1)
      return this.askPlatformThenRematch();
    this.state.candidates = close.map((h) => this.candidate(h));
    this.offerCandidates(this.t('common:choose.prompt'));
  }

  /**
   * "The iPad shows « Device cap reached » and another iPhone « Profile installation failed… »": the
   * documented errors a message names each on its own (quoted, or by its code), when it names more than
   * one. One card at a time; the others are kept to be offered after it (see noteAlsoMentioned). The same
   * error documented for another platform is not another one.
   */
  private namedProblems(text: string): string[] {
    const pieces = this.pieces(text);
    if (pieces.length < 2) return [];
    const found: NamedProblem[] = [];
    for (const piece of pieces) {
      const result = this.match(piece);
      const top = result.hits[0];
      if (!result.confident || !top || (top.reason.kind !== 'code' && top.reason.kind !== 'message'))
        continue;
      // A documented message counts only written out ("Enrollment ended" only resembles one).
      if (top.reason.kind === 'message' && !containsPhrase(foldText(piece), foldText(top.reason.phrase)))
        continue;
      const named = {
        id: top.id,
        said: foldText(top.reason.kind === 'code' ? top.reason.code : top.reason.phrase),
      };
      if (!found.some((f) => this.sameProblem(f, named))) found.push(named);
    }
    return found.length > 1 ? found.slice(0, maxCandidates + 1).map((f) => f.id) : [];
  }

  /**
   * Whether two pieces of a message name the same error: one message, or two halves of one ("Profile
   * installation failed, a network error has occurred": what one piece said is in the other's title).
   */
  private sameProblem(a: NamedProblem, b: NamedProblem): boolean {
    if (this.sameMessage(a.id, b.id)) return true;
    return (
      this.titlesOf(b.id).some((t) => containsPhrase(t, a.said)) ||
      this.titlesOf(a.id).some((t) => containsPhrase(t, b.said))
    );
  }

  /**
   * Whether two entries are one message: the same entry, the same error documented for another platform
   * (the same title), or one title part of the other ("Profile installation failed" of "Profile
   * Installation Failed. A Network Error Has Occurred."). Offered after the one, the other is no other error.
   */
  private sameMessage(a: string, b: string): boolean {
    if (a === b) return true;
    const tb = this.titlesOf(b);
    return this.titlesOf(a).some((x) => tb.some((y) => containsPhrase(x, y) || containsPhrase(y, x)));
  }

  /**
   * The same error's card for the platform the user named, when `id` is another platform's or the general
   * one: "Device cap reached" on an iPhone is the iOS card, which is also the one written in every language
   * (the general article is English only).
   */
  private onUserPlatform(id: string): string {
    const platform = this.userPlatform();
    const entry = this.entries.get(id);
    if (!platform || !entry || entry.platform === platform) return id;
    // The same title only: a longer one holding it ("Profile installation failed" in "… A network error has
    // occurred") is a more specific error, not the same one.
    const titles = this.titlesOf(id);
    for (const [other, e] of this.entries)
      if (e.platform === platform && this.titlesOf(other).some((t) => titles.includes(t))) return other;
    return id;
  }

  private titlesOf(id: string): string[] {
    const entry = this.entries.get(id);
    return entry ? foldedTitles(entry) : [];
  }

  /** Keeps the errors `text` names besides the one shown first, to be offered after its card. */
  private keepNamed(text: string, shownId?: string): void {
    const others = this.namedProblems(text).filter((id) => !shownId || !this.sameMessage(id, shownId));
    if (others.length > 0) this.state.alsoMentioned = others;
  }

  /** After the card of `shownId`, the other errors the user's message named, each with its button. */
  private noteAlsoMentioned(shownId: string): void {
    const others = [...new Set((this.state.alsoMentioned ?? []).map((id) => this.onUserPlatform(id)))];
    if (others.length === 0) return;
    this.state.alsoMentioned = others;
    const title = (id: string) =>
      (this.entries.get(id)?.locales[this.lang.locale].title ?? id).replace(/[.。]\s*$/u, '');
    const note: Reply = {
      kind: 'text',
      text: this.t('common:alsoMentioned', { title: clip(title(others[0] ?? ''), 100) }),
      actions: others.map((id) => ({
        label: clip(title(id), 60),
        payload: { type: 'choose-entry', entryId: id },
      })),
    };
    const card = this.replies.findIndex((r) => r.kind === 'resolution' && r.entryId === shownId);
    this.replies.splice(card + 1, 0, note);
  }

  /**
   * Among equally good hits (the iOS and the general "Device cap reached"), the one written in the
   * user's language, unless it is for another platform than the one the user named.
   */
  private inUserLanguage(tied: MatchHit[]): MatchHit | undefined {
    if (this.lang.locale === 'en') return undefined;
    const named = this.state.answers.platform;
    return tied.find((h) => {
      const entry = this.entries.get(h.id);
      if (!entry || entry.locales[this.lang.locale].fallback) return false;
      return !named || named === 'unknown' || entry.platform === 'all' || entry.platform === named;
    });
  }

  /** Whether the platforms the text names lead to different entries ("Profile installation failed on Android and iPhone"). */
  private differsByPlatform(text: string, named: readonly Platform[]): boolean {
    if (named.length < 2) return false;
    const tops = named.map((p) => this.match(text, p).hits[0]?.id);
    return new Set(tops).size > 1;
  }

  /** How many different single platforms (not "all") the hits' entries belong to. */
  private specificPlatforms(hits: MatchHit[]): number {
    return new Set(hits.map((h) => this.entries.get(h.id)?.platform).filter((p) => p && p !== 'all')).size;
  }

  /** How many different platforms, "all" counted as one, the hits' entries are written for. */
  private platformsOf(hits: MatchHit[]): number {
    return new Set(hits.map((h) => this.entries.get(h.id)?.platform).filter(Boolean)).size;
  }

  private askPlatformThenRematch(): void {
    this.state.rematchAfterAnswer = true;
    this.say(this.t('common:interview.platformDecides'));
    this.ask('platform');
  }

  /** The candidates as a choice, each told apart from the others in the user's language (see candidateOptions). */
  private offerCandidates(prompt: string): void {
    const known = this.state.candidates.flatMap((c) => {
      const entry = this.entries.get(c.entryId);
      return entry ? [{ entry, why: c.why }] : [];
    });
    this.state.stage = 'choosing-entry';
    this.replies.push({
      kind: 'choose-entry',
      prompt,
      options: candidateOptions(known, this.lang.locale, this.t),
      none: { label: this.t('common:choose.none'), payload: { type: 'choose-entry', entryId: null } },
    });
  }

  private showEntry(entryId: string, why: string, score: number, withFollowUps: boolean): void {
    const entry = this.entries.get(entryId);
    if (!entry) return this.unknownButton();
    const answers = this.state.answers;
    if (answers.platform === undefined && entry.platform !== 'all') answers.platform = entry.platform;
    this.state.candidates = this.state.candidates.filter((c) => c.entryId !== entryId);
    const others = this.state.alsoMentioned?.filter((id) => !this.sameMessage(id, entryId));
    if (others?.length) this.state.alsoMentioned = others;
    else delete this.state.alsoMentioned;
    this.state.shown.push({ entryId, score, why });
    this.replies.push(
      buildResolution({
        entry,
        locale: this.lang.locale,
        why,
        answers,
        rules: this.deps.rules,
        translate: this.t,
      }),
    );
    this.state.stage = 'showing-resolution';
    this.state.pending = undefined;
    this.state.followUpFor = undefined;
    if (!withFollowUps) return;
    const next = this.nextFollowUp(entryId);
    if (next) {
      this.state.followUpFor = entryId;
      this.say(this.t('common:interview.followUpIntro'));
      this.ask(next);
    }
  }

  private nextFollowUp(entryId: string): ChoiceQuestionId | undefined {
    return triageQuestions(entryId, this.deps.rules).find((q) => this.state.answers[q] === undefined);
  }

  /** An error code, or a message the articles document, is a problem of its own whatever is pending. */
  private isNewProblem(text: string): boolean {
    if (errorCodePattern.test(text)) return true;
    const result = this.match(text);
    const kind = result.hits[0]?.reason.kind;
    return result.confident && (kind === 'code' || kind === 'message');
  }

  /**
   * Answers to questions other than the pending one, typed anyway ("personal BYOD phones" while asked
   * how many devices): kept, so they are not asked. A word that could answer several open questions
   * ("one") answers none of them.
   */
  private takeVolunteered(text: string, pending: ChoiceQuestionId, loose: boolean): boolean {
    const open = unansweredQuestions(this.state.answers).filter((q) => q !== pending);
    const found: Answers = {};
    const inferred = this.parser.infer(text);
    for (const q of open) if (inferred[q]) Object.assign(found, { [q]: inferred[q] });
    // Short answers ("one", "all") are read against the other questions only when they did not answer the
    // pending one, and said nothing more telling ("所有用户", all users, is no "all devices").
    const parsed = (loose && Object.keys(found).length === 0 ? open : []).flatMap((q) => {
      const p = this.parser.parse(q, text, this.choicePlatform());
      return p.kind === 'value' && !found[q] ? [[q, p.value] as const] : [];
    });
    if (parsed.length === 1 && parsed[0]) Object.assign(found, { [parsed[0][0]]: parsed[0][1] });
    if (Object.keys(found).length === 0) return false;
    Object.assign(this.state.answers, found);
    if (this.state.collectingDetails) this.effects.push(this.caseDetails());
    return true;
  }

  /**
   * "All users" typed to "how many devices are affected?": "all" fits the question, but the words say whom
   * it is about, and a scope of users is no count of devices. What the text states of other questions
   * (users, not devices) is kept as their answers, and the question asked stays open, asked again.
   */
  private answersAnother(text: string, pending: ChoiceQuestionId): boolean {
    const inferred = this.parser.infer(text);
    // The platform is named beside a count ("all iPhones"): it does not make the answer another question's.
    delete inferred.platform;
    if (inferred[pending] !== undefined) return false;
    const other = Object.entries(inferred) as [ChoiceQuestionId, string][];
    if (other.length === 0) return false;
    Object.assign(this.state.answers, Object.fromEntries(other));
    if (this.state.collectingDetails) this.effects.push(this.caseDetails());
    const answer = other.map(([q, v]) => this.t(`interview:choices.${q}.${v}`)).join(', ');
    this.say(this.t('common:interview.otherNoted', { answer }));
    // An answer was given, if to another question: shown again, not counted as asked again.
    this.showPending(pending);
    return true;
  }

  /** After volunteered answers: the pending question again, or the next open one. */
  private continueInterview(pending: ChoiceQuestionId): void {
    if (this.state.collectingDetails) return this.askAgainOrMoveOn(pending);
    const entryId = this.state.followUpFor;
    if (entryId && this.nextFollowUp(entryId) === undefined) return this.answer(pending, 'unknown');
    this.askAgainOrMoveOn(pending);
  }

  /**
   * "Go back" or "wrong button": the last answer the user gave is taken back and its question asked again
   * (a follow-up question, or the platform that picked the card or the cards on offer). With no answer
   * to take back, says so and shows where the conversation stands.
   */
  private goBack(): void {
    const { stage, answers, followUpFor, pending } = this.state;
    const asked = this.state.asked ?? {};
    const given = (q: ChoiceQuestionId) => (asked[q] ?? 0) > 0 && answers[q] !== undefined;
    if (stage === 'asking' && followUpFor && pending && pending !== 'errorText') {
      const order = triageQuestions(followUpFor, this.deps.rules);
      const previous = order
        .slice(0, order.indexOf(pending))
        .reverse()
        .find((q) => given(q));
      if (previous) return this.askAgain(previous);
    }
    const platformPicked = stage === 'choosing-entry' || (stage === 'showing-resolution' && !followUpFor);
    if (platformPicked && given('platform') && !this.state.collectingDetails) {
      this.state.rematchAfterAnswer = true;
      this.state.candidates = [];
      return this.askAgain('platform');
    }
    this.say(this.t('common:interview.nothingToGoBackTo'));
    this.resume();
  }

  /** A question answered before, asked again as if for the first time: its answer is taken back. */
  private askAgain(question: ChoiceQuestionId): void {
    delete this.state.answers[question];
    this.state.asked = { ...this.state.asked, [question]: 0 };
    this.ask(question);
  }

  /** A question is asked at most twice; then it counts as unanswered and the interview goes on. */
  private askAgainOrMoveOn(question: ChoiceQuestionId): void {
    if ((this.state.asked?.[question] ?? 0) < maxAsks) return this.ask(question);
    this.say(this.t('common:interview.movingOn'));
    this.answer(question, 'unknown');
  }

  /**
   * "Thanks!" or "bye" closes politely; after a card, thanks leaves the way open to say it did not help.
   * A question still pending is dropped: the user is done.
   */
  private thank(key?: string): boolean {
    const last = this.state.shown.at(-1);
    const onCard = !!last && last.verdict === undefined;
    this.say(this.t(key ?? (onCard ? 'common:closing.afterAnswer' : 'common:closing.plain')));
    // In a shared thread, someone else's "thanks" leaves the question to whoever it was asked of.
    if (this.state.stage === 'asking' && !this.state.collectingDetails && this.fromOwner()) {
      this.state.pending = undefined;
      this.state.stage = onCard ? 'showing-resolution' : 'idle';
    }
    return true;
  }

  /** Whether this turn comes from whoever the conversation started with (always, in a one-to-one chat). */
  private fromOwner(): boolean {
    const { ownerId } = this.state;
    return !ownerId || !this.info.userId || ownerId === this.info.userId;
  }

  /**
   * Says where an open problem stands, for someone coming back to it: the question asked (not counted as
   * asked again), the offered cards, or the card shown with its verdict buttons. False when nothing is open.
   */
  private resume(): boolean {
    const { stage, pending } = this.state;
    const last = this.state.shown.at(-1);
    if (stage === 'asking' && pending) {
      this.say(this.t('common:resume.plain'));
      this.showPending(pending);
      return true;
    }
    if (stage === 'choosing-entry' && this.state.candidates.length > 0) {
      this.offerCandidates(this.t('common:resume.plain'));
      return true;
    }
    if (stage === 'escalated') {
      this.say(this.t('common:ack.escalated'));
      return true;
    }
    // "What do I do now?" after "the articles don't cover this": the person offered, again.
    if (stage === 'no-match') {
      const key = this.state.personOffered ? 'common:feedback.offerPerson' : 'common:noMatch.final';
      this.say(this.t(key), 'info', [
        { label: this.t('common:actions.escalate'), payload: { type: 'escalate' } },
        { label: this.t('common:actions.restart'), payload: { type: 'restart' } },
      ]);
      return true;
    }
    const entry = last && last.verdict === undefined ? this.entries.get(last.entryId) : undefined;
    if (stage !== 'showing-resolution' || !entry) return false;
    this.say(
      this.t('common:resume.card', { title: clip(entry.locales[this.lang.locale].title, 100) }),
      'info',
      [
        {
          label: this.t('common:actions.fixed'),
          payload: { type: 'feedback', entryId: entry.id, verdict: 'fixed' },
        },
        {
          label: this.t('common:actions.notFixed'),
          payload: { type: 'feedback', entryId: entry.id, verdict: 'not-fixed' },
        },
        { label: this.t('common:actions.escalate'), payload: { type: 'escalate' } },
      ],
    );
    return true;
  }

  /**
   * A bare "ok", "yes" or "no": an answer when a choice question is pending, else no error text to look
   * up. Says what the user can do next from where the conversation stands, and drops nothing.
   */
  private acknowledge(yes: boolean): boolean {
    const { stage, pending } = this.state;
    if (stage === 'asking' && pending && pending !== 'errorText') return false;
    // "Yes" to "a person can take it from here": the person offered.
    if (stage === 'no-match' && yes) {
      this.escalate(this.offeredFor());
      return true;
    }
    const last = this.state.shown.at(-1);
    const key =
      stage === 'choosing-entry'
        ? 'common:ack.choosing'
        : stage === 'escalated'
          ? 'common:ack.escalated'
          : stage === 'showing-resolution' && last && last.verdict === undefined
            ? 'common:ack.afterAnswer'
            : stage === 'no-match'
              ? 'common:ack.noMatch'
              : 'common:ack.plain';
    this.say(this.t(key));
    return true;
  }

  /**
   * "Actually it's Android" after a card, a choice or a follow-up question: the platform the user named
   * replaces the one the answer was based on, and the same error text is matched again for it. A
   * message that is itself a documented error is a new problem instead.
   */
  private changesPlatform(text: string): boolean {
    if (!this.mayCorrectPlatform()) return false;
    if (text.length > 200 || wordCount(foldText(text)) > maxCorrectionWords) return false;
    const named = this.namedPlatform(text);
    if (!named || named === this.state.answers.platform) return false;
    if (this.isNewProblem(text)) return false;
    return this.correctPlatform(named);
  }

  /**
   * "It's an iPhone" after "the articles don't cover this": the context of a new try, not a correction
   * of an answer (there was none). The platform is kept and what that device shows is asked for, as for
   * a first message that names only the platform; a Windows code refused a moment ago is said not to
   * come from a phone. Only when the refused text, matched again for that platform, finds an answer is
   * the platform a correction (see changesPlatform).
   */
  private platformAfterRefusal(text: string): boolean {
    const { stage, answers } = this.state;
    if (stage !== 'no-match' || this.state.collectingDetails) return false;
    if (text.length > 200 || errorCodePattern.test(text)) return false;
    if (wordCount(foldText(text)) > maxCorrectionWords || this.setUp.questions.opens(text)) return false;
    const named = this.namedPlatform(text);
    if (!named || this.isNewProblem(text)) return false;
    const again = answers.errorText ? this.match(answers.errorText, userPlatformOf(named)) : undefined;
    const answered =
      !!again &&
      !again.outOfScope &&
      (again.confident || again.hits.some((h) => h.score >= minCandidateScore));
    if (answered) return false;
    const platform = this.t(`interview:choices.platform.${named}`);
    const code = again?.uncoveredCode?.code;
    // A Windows device for a Windows code: the refusal and its link stand.
    if (code && named === 'windows') {
      answers.platform = named;
      this.say(this.t('common:interview.platformNoted', { platform }));
      return true;
    }
    this.resetProblem();
    this.state.answers.platform = named;
    this.say(
      code
        ? this.t('common:noMatch.notThisPlatform', { code, platform })
        : this.t('common:interview.platformNoted', { platform }),
    );
    this.ask('errorText');
    return true;
  }

  /**
   * "iPhone" or "it's a Windows laptop" before any error: the platform is kept and the error text
   * asked for, rather than searched for as an error and answered with "couldn't match".
   */
  private onlyNamesPlatform(text: string): boolean {
    const { stage, pending } = this.state;
    if (stage === 'escalated' || this.state.collectingDetails) return false;
    if (stage === 'asking' && pending !== 'errorText') return false;
    // Asked for the error, "it's an Android, Samsung Galaxy": a platform and nothing but general words.
    // The length first: folding a long paste only to find it is long cost a turn dearly. An error code
    // is a problem of its own, whatever platform is named beside it.
    if (text.length > 60 || errorCodePattern.test(text)) return false;
    const short =
      wordCount(foldText(text)) <= maxPlatformOnlyWords ||
      (pending === 'errorText' && this.generic.isGeneric(text));
    if (!short) return false;
    // "Comment configurer l'inscription Android ?" names a platform in a question about setting it up.
    if (this.setUp.questions.opens(text)) return false;
    const named = this.namedPlatform(text);
    if (!named || this.isNewProblem(text)) return false;
    const noted = this.t('common:interview.platformNoted', {
      platform: this.t(`interview:choices.platform.${named}`),
    });
    // The platform of the card or choice on screen, confirmed: nothing to change.
    if (stage === 'showing-resolution' || stage === 'choosing-entry') {
      if (named !== this.state.answers.platform) return false;
      this.say(noted);
      return true;
    }
    if (pending !== 'errorText') this.resetProblem();
    this.state.answers.platform = named;
    this.say(noted);
    this.ask('errorText');
    return true;
  }

  /**
   * "All users" or "only on corporate devices" after a card or among offered cards: a detail of the
   * problem on screen, kept for the case, not a new problem that would drop the card.
   */
  private addsDetail(text: string): boolean {
    const { stage } = this.state;
    if (stage !== 'showing-resolution' && stage !== 'choosing-entry') return false;
    if (text.length > 200 || wordCount(foldText(text)) > maxCorrectionWords) return false;
    const open = new Set<string>(unansweredQuestions(this.state.answers));
    const found = Object.entries(this.parser.infer(text)).filter(([q]) => q !== 'platform' && open.has(q));
    if (found.length === 0 || this.isNewProblem(text)) return false;
    Object.assign(this.state.answers, Object.fromEntries(found));
    this.say(this.t('common:interview.detailNoted'));
    return true;
  }

  /**
   * "It still does not enroll", "toujours cassé" with a card on screen: a complaint that names no error
   * of its own is about that card's error, so it is the verdict "didn't help" (other cards, then a
   * person), not a new search that would drop the card and ask for the message all over again. A
   * complaint about another platform than the card's is another problem.
   */
  private stillFailing(text: string): boolean {
    const { stage, answers } = this.state;
    const last = this.state.shown.at(-1);
    const onCard = stage === 'showing-resolution' || (stage === 'asking' && !!this.state.followUpFor);
    if (!onCard || !last || last.verdict !== undefined || this.state.collectingDetails) return false;
    // "Does it work now?" asks; it does not report. "It still fails, what should I do?" reports, then asks.
    const report = this.generic.withoutWhatNow(text);
    if (report === undefined ? questionBack.test(text) : !report) return false;
    if (!this.generic.isGeneric(report ?? text) || this.isNewProblem(text)) return false;
    if (this.generic.platformsNamed(text).some((p) => p !== answers.platform)) return false;
    // "All users" typed to "how many devices?" is an answer given to the wrong question, not a complaint.
    if (Object.keys(this.parser.infer(text)).some((q) => q !== 'platform')) return false;
    this.feedback(last.entryId, 'not-fixed');
    return true;
  }

  /**
   * "Both", "hmm" or "the one with the gear icon" while cards are offered: a text that finds nothing of
   * its own would drop the offered cards (and the message they were found for) for "couldn't match";
   * the cards stay and the bot says how to choose.
   */
  private keepsChoice(text: string): boolean {
    if (this.state.stage !== 'choosing-entry' || this.state.candidates.length === 0) return false;
    if (this.isNewProblem(text) || this.generic.isGeneric(text)) return false;
    const result = this.match(text);
    if (result.outOfScope || result.hits.some((h) => h.score >= minCandidateScore)) return false;
    this.say(this.t('common:ack.choosing'));
    return true;
  }

  /** Whether the problem is known and its platform was already settled (answered, skipped or taken from a card). */
  private mayCorrectPlatform(): boolean {
    const { stage, answers } = this.state;
    const pending = stage === 'asking' ? this.state.pending : undefined;
    if (stage === 'escalated' || stage === 'idle' || this.state.collectingDetails) return false;
    return pending !== 'platform' && pending !== 'errorText' && !!answers.errorText;
  }

  private correctPlatform(named: NonNullable<Answers['platform']>): boolean {
    const { answers } = this.state;
    if (!answers.errorText) return false;
    // The same card again would look like an answer for the new platform: say it is documented for
    // its own platform only, or, written for every platform, that it stands.
    const last = this.entries.get(this.state.shown.at(-1)?.entryId ?? '');
    const top = this.match(answers.errorText, userPlatformOf(named)).hits[0];
    if (last && top?.id === last.id) {
      answers.platform = named;
      const onlyFor = last.platform !== 'all' && last.platform !== named;
      this.say(
        onlyFor
          ? this.t('common:interview.platformOnlyFor', {
              platform: this.t(`interview:choices.platform.${last.platform}`),
            })
          : this.t('common:interview.platformNoted', {
              platform: this.t(`interview:choices.platform.${named}`),
            }),
      );
      return true;
    }
    // A platform given late (it was skipped or never asked) corrects nothing: it is noted.
    const corrects = !!userPlatformOf(answers.platform);
    answers.platform = named;
    delete this.state.followUpFor;
    delete this.state.rematchAfterAnswer;
    this.state.pending = undefined;
    this.state.candidates = [];
    this.say(
      corrects
        ? this.t('common:interview.platformChanged')
        : this.t('common:interview.platformNoted', {
            platform: this.t(`interview:choices.platform.${named}`),
          }),
    );
    this.route({ mayAskPlatform: false, followUps: true });
    return true;
  }

  /**
   * The platform a short message names: "on my iPad", or a bare "windows" (too common in error texts to
   * be inferred from a long one). A number is a button pressed by typing, not a platform.
   */
  private namedPlatform(text: string): Answers['platform'] {
    const inferred = this.parser.infer(text).platform;
    if (inferred) return inferred;
    if (/^\s*\d+\s*$/.test(text)) return undefined;
    const parsed = this.parser.parse('platform', text);
    return parsed.kind === 'value' && parsed.value !== 'other'
      ? (parsed.value as Answers['platform'])
      : undefined;
  }

  private answer(question: QuestionId, value: string): void {
    if (question === 'errorText') return this.onErrorText(value, true);
    Object.assign(this.state.answers, { [question]: value });
    if (this.state.stage === 'escalated' || this.state.collectingDetails) return this.addCaseDetails();
    if (this.state.rematchAfterAnswer && question === 'platform') {
      this.state.rematchAfterAnswer = false;
      return this.route({ mayAskPlatform: false, followUps: true });
    }
    const entryId = this.state.followUpFor;
    if (!entryId) {
      // An answer outside a follow-up (a late click): keep it, nothing else to do.
      if (this.state.pending === question) this.state.pending = undefined;
      this.say(this.t('common:interview.noted'));
      return;
    }
    const next = this.nextFollowUp(entryId);
    if (next) return this.ask(next);
    // None of them known ("skip" to each, "too many questions"): the card again at the bottom, saying the
    // causes are in the article's order; "ordered by your answers" would be untrue.
    const known = triageQuestions(entryId, this.deps.rules).some((q) => this.state.answers[q] !== 'unknown');
    this.state.shown = this.state.shown.filter((s) => s.entryId !== entryId);
    if (!known) {
      this.say(this.t('common:interview.noRanking'));
      return this.showEntry(entryId, this.t('common:why.articleOrder'), 1, false);
    }
    // All follow-ups answered: show the card again with the causes in the order the answers suggest.
    this.say(this.t('common:interview.ranked'));
    this.showEntry(entryId, this.t('common:why.ranked'), 1, false);
  }

  /** An answer given after the hand-off goes onto the case; the next unanswered question follows. */
  private addCaseDetails(): void {
    this.effects.push(this.caseDetails());
    const next = unansweredQuestions(this.state.answers)[0];
    if (next) {
      this.state.collectingDetails = true;
      return this.ask(next);
    }
    delete this.state.collectingDetails;
    this.state.stage = 'escalated';
    this.state.pending = undefined;
    this.say(this.t('common:escalation.detailsDone'));
  }

  /** What the user wrote while handed off goes onto the case (its transcript); the case says where it went. */
  private noteOnCase(): void {
    this.effects.push({ ...this.caseDetails(), note: true });
  }

  private caseDetails(): Extract<Effect, { kind: 'case-details' }> {
    return {
      kind: 'case-details',
      answers: structuredClone(this.state.answers),
      shown: structuredClone(this.state.shown),
      transcript: structuredClone(this.state.transcript),
      locale: this.lang.locale,
    };
  }

  private handedOff(): boolean {
    return isHandedOff(this.state);
  }

  /** Whether this turn comes from who handed the problem over (unknown for conversations before it was kept). */
  private fromRequester(): boolean {
    const { requesterId } = this.state;
    return !requesterId || !this.info.userId || requesterId === this.info.userId;
  }

  /**
   * Someone else in a shared thread gave a verdict on the requester's case: nothing changes, and only
   * they hear why.
   */
  private notRequester(): true {
    this.log.info('verdict from someone other than the requester', { stage: this.state.stage });
    this.replies.push({ kind: 'text', text: this.t('common:feedback.notRequester'), privately: true });
    return true;
  }

  /**
   * "It works now" typed by the requester after the hand-off: the case closes as solved by them, as the
   * "This fixed it" button does. No card is credited: the fix may have come from the person helping.
   */
  private solvedAfterHandOff(): true {
    if (!this.fromRequester()) return this.notRequester();
    this.effects.push({ kind: 'solved' });
    this.say(this.t('common:feedback.solved'));
    this.state.closedSolved = true;
    this.state.stage = 'idle';
    this.state.pending = undefined;
    delete this.state.collectingDetails;
    return true;
  }

  private feedback(entryId: string, verdict: 'fixed' | 'not-fixed'): void {
    // In a shared thread, the verdict on a case handed to a person is the requester's alone.
    if (this.handedOff() && !this.fromRequester()) {
      this.notRequester();
      return;
    }
    const shown = this.state.shown.find((s) => s.entryId === entryId);
    // A card of a problem since dropped ("start over", a new error): its verdict is about nothing now, and
    // must not open a case with none of that problem in it.
    if (!shown) return this.unknownButton();
    // "Didn't help" pressed again on the card after a person was offered for it: the answer is yes. Once
    // handed over, it stays with the person (the case id is given again).
    const offered = shown.verdict === 'not-fixed' && !!this.state.personOffered;
    if (verdict === 'not-fixed' && (offered || this.handedOff())) return this.escalate('not-fixed');
    shown.verdict = verdict;
    // A verdict ends the follow-up questions about that card.
    delete this.state.followUpFor;
    this.effects.push({ kind: 'feedback', entryId, verdict });
    if (verdict === 'fixed') {
      this.say(this.t('common:feedback.thanks'));
      this.state.stage = 'idle';
      this.state.pending = undefined;
      delete this.state.collectingDetails;
      return;
    }
    // An article written for another platform than the user's is no alternative for their device.
    const platform = this.userPlatform();
    const untried = this.state.candidates.filter((c) => {
      const entryPlatform = this.entries.get(c.entryId)?.platform;
      const otherPlatform = !!platform && entryPlatform !== 'all' && entryPlatform !== platform;
      return !otherPlatform && !this.state.shown.some((s) => s.entryId === c.entryId);
    });
    if (untried.length > 0) {
      this.state.candidates = untried;
      return this.offerCandidates(this.t('common:feedback.tryOthers'));
    }
    this.offerPerson();
  }

  /**
   * Nothing else in the articles after "didn't help": a person is offered, not called. Whoever pressed
   * it may have meant to try something else or come back later; "yes", the button or "didn't help"
   * again hands the problem over with everything said so far.
   */
  private offerPerson(): void {
    this.state.stage = 'no-match';
    this.state.pending = undefined;
    this.state.candidates = [];
    this.state.personOffered = 'not-fixed';
    this.say(this.t('common:feedback.offerPerson'), 'info', [
      { label: this.t('common:actions.escalate'), payload: { type: 'escalate' } },
      { label: this.t('common:actions.restart'), payload: { type: 'restart' } },
    ]);
  }

  /** Why a person is called from "no match": the cards did not help, or the articles do not cover it. */
  private offeredFor(): EscalationTrigger {
    return this.state.personOffered ?? 'no-match';
  }

  /** No card: ask once more for the exact text, or say plainly (`reason`) that the articles do not cover it. */
  private noMatch(final = false, reason?: string): void {
    this.state.candidates = [];
    if (this.state.errorRetries === 0 && !final) {
      this.state.errorRetries = 1;
      this.say(this.t('common:noMatch.retry'));
      return this.ask('errorText');
    }
    this.state.stage = 'no-match';
    this.state.pending = undefined;
    this.say(reason ?? this.t('common:noMatch.final'), 'info', [
      { label: this.t('common:actions.escalate'), payload: { type: 'escalate' } },
      { label: this.t('common:actions.restart'), payload: { type: 'restart' } },
    ]);
  }

  private escalate(trigger: EscalationTrigger): void {
    // Asked again while handed off (the case is kept as it is): the one who asked first stays the requester.
    if (this.info.userId && !this.handedOff()) this.state.requesterId = this.info.userId;
    this.state.stage = 'escalated';
    this.state.pending = undefined;
    delete this.state.followUpFor;
    delete this.state.rematchAfterAnswer;
    delete this.state.collectingDetails;
    delete this.state.personOffered;
    this.effects.push({
      kind: 'escalate',
      trigger,
      answers: structuredClone(this.state.answers),
      shown: structuredClone(this.state.shown),
      transcript: structuredClone(this.state.transcript),
      locale: this.lang.locale,
    });
  }

  private restart(): void {
    this.resetProblem();
    this.say(this.t('common:restarted'));
    this.greet();
  }

  private setLocale(locale: Locale): void {
    if (!isLocale(locale)) return this.unknownButton();
    this.lang.locale = locale;
    this.lang.localeExplicit = true;
    delete this.lang.localeFromText;
    this.t = this.deps.translator.forLocale(locale);
    this.effects.push({ kind: 'locale-chosen', locale });
    this.say(this.t('common:language.changed'));
    if (this.state.stage === 'asking' && this.state.pending) return this.showPending(this.state.pending);
    if (this.state.stage === 'choosing-entry' && this.state.candidates.length > 0)
      return this.offerCandidates(this.t('common:choose.prompt'));
    // The card on screen, in the language just chosen when its article is written in it (not counted as
    // shown again: its verdict buttons stay the same).
    const last = this.state.shown.at(-1);
    const entry = last && last.verdict === undefined ? this.entries.get(last.entryId) : undefined;
    if (this.state.stage !== 'showing-resolution' || !entry || entry.locales[locale].fallback) return;
    this.replies.push(
      buildResolution({
        entry,
        locale,
        why: this.t('common:why.sameInLanguage'),
        answers: this.state.answers,
        rules: this.deps.rules,
        translate: this.t,
      }),
    );
  }

  private unknownButton(): void {
    this.log.warn('unknown or stale button', { stage: this.state.stage });
    this.say(this.t('common:errors.unknownButton'));
  }

  private resetProblem(): void {
    const keep = this.fresh(this.state.locale);
    Object.assign(this.state, {
      ...keep,
      locale: this.state.locale,
      localeExplicit: this.state.localeExplicit,
      transcript: this.state.transcript,
    });
    delete this.state.pending;
    delete this.state.followUpFor;
    delete this.state.rematchAfterAnswer;
    delete this.state.collectingDetails;
    delete this.state.asked;
    delete this.state.requesterId;
    delete this.state.closedSolved;
    delete this.state.alsoMentioned;
    delete this.state.personOffered;
    delete this.state.setAside;
  }

  // ---- replies ------------------------------------------------------------------------------

  private ask(question: QuestionId): void {
    this.state.stage = 'asking';
    this.state.pending = question;
    this.state.asked = { ...this.state.asked, [question]: (this.state.asked?.[question] ?? 0) + 1 };
    this.replies.push(buildQuestionReply(question, this.state.answers, this.t, this.choicePlatform()));
  }

  /** The pending question shown again after help or in a new language: the same asking, not a second one. */
  private showPending(question: QuestionId): void {
    this.replies.push(buildQuestionReply(question, this.state.answers, this.t, this.choicePlatform()));
  }

  /** The platform whose choices the questions offer (see choicePlatform). */
  private choicePlatform(): string | undefined {
    return choicePlatform(this.state, this.entries);
  }

  /** The card that asked `question` is rewritten with its answer, pressed or typed, so it no longer looks open. */
  private answeredCard(question: QuestionId, value: string): void {
    this.replies.push(buildAnsweredQuestion(question, value, this.t));
  }

  private say(text: string, tone?: 'info' | 'warning', actions?: ReplyAction[]): void {
    this.replies.push({ kind: 'text', text, ...(tone ? { tone } : {}), ...(actions ? { actions } : {}) });
  }

  /**
   * Why the hit was chosen, in the user's language only: the matcher's phrase when the user wrote it,
   * else the entry's title in the user's language, else the user's own words. Never a phrase of the
   * matcher's own (another language, or an internal paraphrase) that the user never saw.
   */
  private why(hit: MatchHit): string {
    const { reason } = hit;
    if (reason.kind === 'code') return this.t('common:why.code', { code: reason.code });
    const said = this.state.answers.errorText ?? '';
    const localized = this.entries.get(hit.id)?.locales[this.lang.locale];
    let phrase = reason.phrase;
    if (!containsPhrase(foldText(said), foldText(phrase))) {
      // The message the user quoted, not the words around it ("sorry, wrong error, it's « … »").
      phrase =
        localized && !localized.fallback ? localized.title : (quotedPieces(said)[0] ?? firstLine(said));
    }
    const key = reason.kind === 'message' ? 'common:why.message' : 'common:why.similar';
    return this.t(key, { phrase: clip(phrase, 80) });
  }

  /** A candidate as the conversation keeps it: its reason in the user's language, shown with the choice. */
  private candidate(hit: MatchHit) {
    const entry = this.entries.get(hit.id);
    // An English-only card offered in another language quotes nothing in a language it is not written in.
    const englishOnly = this.lang.locale !== 'en' && entry?.locales[this.lang.locale].fallback;
    const { reason } = hit;
    const said = foldText(this.state.answers.errorText ?? '');
    // Beside the title, a reason only helps when it names a code or words the user wrote.
    const telling = reason.kind === 'code' || containsPhrase(said, foldText(reason.phrase));
    // An English-only card is not offered with a line quoted in another language beside it.
    const inEnglish = this.t('common:choose.inEnglish');
    const why = englishOnly
      ? reason.kind === 'code'
        ? `${this.why(hit)} — ${inEnglish}`
        : inEnglish
      : telling
        ? this.why(hit)
        : '';
    return { entryId: hit.id, score: hit.score, why };
  }

  private userPlatform(): Platform | undefined {
    return userPlatformOf(this.state.answers.platform);
  }

  private note(from: 'user' | 'bot', text: string): void {
    if (!text) return;
    this.state.transcript.push({ from, text: clip(text, maxTranscriptText), at: this.info.now });
    if (this.state.transcript.length > maxTranscript)
      this.state.transcript.splice(0, this.state.transcript.length - maxTranscript);
  }
}

/**
 * The platform the questions' choices are narrowed to: that of the card whose questions are asked when
 * it is written for one platform, else the one the user gave (see choicesFor).
 */
function choicePlatform(state: ConversationState, entries: Map<string, Entry>): string | undefined {
  const card = state.followUpFor ? entries.get(state.followUpFor)?.platform : undefined;
  return card && card !== 'all' ? card : state.answers.platform;
}

/** A platform answer the matcher can use (not "other", "macOS" or "don't know"). */
function userPlatformOf(p: string | undefined): Platform | undefined {
  return p && platformsOfUser.includes(p) ? (p as Platform) : undefined;
}

function languageActions(): ReplyAction[] {
  const names: Record<Locale, string> = { en: 'English', sv: 'Svenska', 'zh-CN': '简体中文', fr: 'Français' };
  return (Object.keys(names) as Locale[]).map((locale) => ({
    label: names[locale],
    payload: { type: 'set-locale', locale },
  }));
}

const titleCache = new WeakMap<Entry, string[]>();

/** An entry's titles in every language, folded (see foldText), worked out once an entry. */
function foldedTitles(entry: Entry): string[] {
  let titles = titleCache.get(entry);
  if (!titles) {
    titles = [...new Set(supportedLocales.map((l) => foldText(entry.locales[l].title)))];
    titleCache.set(entry, titles);
  }
  return titles;
}

/** What is kept of a long paste: its beginning and its end, where a log's error line usually is. */
function excerpt(text: string): string {
  if (text.length <= maxStoredErrorText) return text;
  const half = maxStoredErrorText / 2;
  return `${text.slice(0, half - 1)}\n…\n${text.slice(text.length - half + 2)}`;
}

/** The first non-empty line of what the user wrote, to quote it. */
function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

/** One line per bot reply for the transcript a human reads on escalation. */
function summarize(reply: Reply): string {
  switch (reply.kind) {
    case 'text':
      return reply.text;
    case 'question':
      return reply.answered ? `${reply.prompt} ${reply.answered}` : reply.prompt;
    case 'choose-entry':
      return `${reply.prompt} ${reply.options.map((o) => o.title).join(' | ')}`;
    case 'resolution':
      return `[${reply.entryId}] ${reply.title}`;
  }
}
