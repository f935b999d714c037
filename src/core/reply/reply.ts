import type { QuestionId } from '../interview/questions.ts';
import type { Block, Locale, RichText, Step } from '../knowledge/entry.ts';
import type { ActionPayload } from './actions.ts';

/**
 * What the bot says, as data. The core builds these with every string already in the user's
 * language; `src/teams` renders them as Adaptive Cards, `src/slack` as Block Kit, the terminal
 * chat as text. Renderers hold no wording of their own.
 */
export type Reply = TextReply | QuestionReply | ChooseEntryReply | ResolutionReply;

/**
 * Where a reply goes. By default it is a new message; `question-card` means it takes the place of the
 * card that asked the question (Teams `updateActivity`, Slack `chat.update` or `replace_original`), so an
 * answered question no longer looks open, whether the answer was pressed or typed. That card is the one
 * whose button was pressed, else the open card the channel last posted for the same question. A channel
 * that cannot find it drops such a reply: it only restates what the user did.
 */
export type Placement = { replaces?: 'question-card' };

export function replacesQuestionCard(reply: Reply): reply is QuestionReply {
  return reply.kind === 'question' && reply.replaces === 'question-card';
}

/** A question still waiting for its answer: the card a typed answer will rewrite. */
export function isOpenQuestion(reply: Reply): reply is QuestionReply {
  return reply.kind === 'question' && reply.answered === undefined;
}

export type TextReply = {
  kind: 'text';
  text: string;
  tone?: 'info' | 'warning';
  /** Buttons under the text ("Talk to a person", "Start over", a language list). */
  actions?: ReplyAction[];
  /**
   * For the one who acted only, not for everyone in a shared thread (a Slack ephemeral message); a
   * channel without such messages posts it as usual.
   */
  privately?: boolean;
};

/** A button or a typed shortcut: `label` is localized, `payload` comes back when pressed. */
export type ReplyAction = { label: string; payload: ActionPayload; style?: 'positive' | 'destructive' };

export type QuestionReply = Placement & {
  kind: 'question';
  question: QuestionId;
  prompt: string;
  /** The question was answered with this (localized) choice: shown instead of the buttons and the form. */
  answered?: string;
  /** Help under the prompt (for the error text: how to copy it from the device). */
  hint?: string;
  /** Empty for free-text questions. */
  choices: ReplyAction[];
  /** The "skip" / "don't know" action, present on every question. */
  skip: ReplyAction;
  /** All eight questions at once, prefilled with what is known, for channels that can show a form. */
  form?: InterviewForm;
};

/**
 * The whole interview as one form (a Teams card section, the Slack modal). Submitting it sends the
 * `submit-form` payload with each field's value under `formFieldPrefix + question`.
 */
export type InterviewForm = {
  /** Label of the control that opens the form. */
  title: string;
  submit: ReplyAction;
  fields: InterviewField[];
};

export type InterviewField = {
  question: QuestionId;
  label: string;
  /** Empty for the free-text error message. */
  choices: { value: string; label: string }[];
  /** What the conversation already knows (a choice value, or the error text). */
  value?: string;
  placeholder?: string;
};

/** Prefix of form field ids, so a submitted form's values are told apart from other card data. */
export const formFieldPrefix = 'iebq_';

/** Close candidates: "Which of these matches what you see?" */
export type ChooseEntryReply = {
  kind: 'choose-entry';
  prompt: string;
  options: { entryId: string; title: string; why: string; action: ReplyAction }[];
  none: ReplyAction;
};

/** A resolution card for one knowledge-base entry, causes already ordered by the triage. */
export type ResolutionReply = {
  kind: 'resolution';
  entryId: string;
  /** The language of the content (may be `en` when the user's language has no article). */
  contentLocale: Locale;
  /** Shown when the content fell back to English, in the user's language. */
  fallbackNotice?: string;
  title: string;
  /** The matcher's reason, localized ("Matched error code 0x80CF0437"). */
  why: string;
  /** Every code the entry documents (all of its table row), shown under the title. */
  codes: string[];
  intro: Block[];
  causes: ResolvedCause[];
  /**
   * What the device shows (a log, with the sentence that introduces it), taken out of the intro so
   * the likely cause and its steps come first; shown after them.
   */
  evidence: Block[];
  learnUrl: string;
  /** "This fixed it", "Didn't help", "Talk to a person", … */
  actions: ReplyAction[];
  labels: ResolutionLabels;
};

export type ResolvedCause = {
  /** Localized heading: "Likely cause" for the first when ranked, "Cause 2"… */
  heading: string;
  /** The article's cause text; empty when it states none. */
  summary: RichText;
  /** Why this cause is ranked here, from the interview answers; absent when not ranked. */
  rankReason?: string;
  /** The cause in a few words, for a button that unfolds it ("Show: The APNs certificate expired"). */
  label: string;
  intro: Block[];
  /** The article's sub-heading over the steps, where it has one; renderers say "Steps" otherwise. */
  stepsTitle?: string;
  steps: Step[];
  /** `label`: the alternative's title shortened to fit a button. */
  alternatives: { title: string; label: string; intro: Block[]; steps: Step[] }[];
  outro: Block[];
};

/** Fixed words a renderer needs around the content, localized. */
export type ResolutionLabels = {
  steps: string;
  codes: string;
  openInLearn: string;
  moreCauses: string;
  note: string;
  important: string;
  warning: string;
  tip: string;
  caution: string;
};
