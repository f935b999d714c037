import type { Answers, QuestionId } from '../interview/questions.ts';
import type { Locale } from '../knowledge/entry.ts';
import type { ActionPayload } from '../reply/actions.ts';
import type { Reply } from '../reply/reply.ts';

/** What arrives from a user, whatever the channel. */
export type TurnInput =
  | { kind: 'start' }
  | {
      kind: 'text';
      text: string;
      /**
       * What the person typed, when the rest of `text` was read from a screenshot: only their own words
       * tell the language they write in (a Swedish device screen shared by an English speaker).
       */
      typed?: string;
    }
  | { kind: 'action'; payload: ActionPayload }
  /** A whole interview submitted at once (the Slack modal). */
  | { kind: 'form'; answers: Answers };

/** Where the conversation stands. JSON-serialisable; adapters persist it as they please. */
export type Stage =
  | 'idle'
  | 'asking'
  | 'choosing-entry'
  | 'showing-resolution'
  /** The docs do not cover what the user described, even after asking for the exact text. */
  | 'no-match'
  | 'escalated';

export type TranscriptLine = { from: 'user' | 'bot'; text: string; at: string };

export type ShownEntry = { entryId: string; score: number; why: string; verdict?: 'fixed' | 'not-fixed' };

/** The language one person is answered in. */
export type SpeakerLanguage = {
  /** `explicit` when the person chose it or wrote in it (then their client's locale no longer wins). */
  locale: Locale;
  localeExplicit: boolean;
  /** The language was taken from what they wrote, not chosen: a message plainly in another one changes it. */
  localeFromText?: boolean;
};

export type ConversationState = SpeakerLanguage & {
  version: 1;
  stage: Stage;
  /**
   * Who the conversation's own language belongs to: the first person who wrote (a channel's user id). In
   * a shared thread everyone else is answered in their own language (`speakers`).
   */
  ownerId?: string;
  /** The languages of the other people who wrote in a shared thread, by user id (see speaker-language.ts). */
  speakers?: Record<string, SpeakerLanguage>;
  answers: Answers;
  /** The question awaiting an answer (stage `asking`). */
  pending?: keyof Answers;
  /** The entry whose causes the follow-up questions are ranking. */
  followUpFor?: string;
  /** The questions being asked are for the case handed to a person, not for the bot's own routing. */
  collectingDetails?: boolean;
  /** Re-run the matcher once the pending answer (the platform) is in. */
  rematchAfterAnswer?: boolean;
  /** How often each question was asked for this problem (a question is asked at most twice). */
  asked?: Partial<Record<QuestionId, number>>;
  /** How many times the error text was asked again after no match. */
  errorRetries: number;
  /** Candidates offered in `choosing-entry`. */
  candidates: { entryId: string; score: number; why: string }[];
  /** Other documented errors the message that found the card named, offered once that card is done. */
  alsoMentioned?: string[];
  /**
   * The answers given for a card whose questions a new error interrupted (by entry id), kept until that
   * card is taken up again ("the other one"), so its questions are not asked twice.
   */
  setAside?: Record<string, Answers>;
  /** Entries shown as resolution cards, in order, with the user's verdict. */
  shown: ShownEntry[];
  /** Last messages, both ways, capped: what a human needs when the case is escalated. */
  transcript: TranscriptLine[];
  /**
   * Who handed the problem to a person (the channel's user id): in a shared thread only they may say
   * the case is solved or the answers did not help.
   */
  requesterId?: string;
  /** A person was offered (stage `no-match`) because the cards shown did not help: why one would be called. */
  personOffered?: EscalationTrigger;
  /** The requester said the problem handed off was solved (the case closed): "still failing" hands it over again. */
  closedSolved?: boolean;
  /** The user's latest typed message (id and text digest): only its edit is answered again. */
  lastMessage?: { id: string; digest: string };
};

/** Why a case goes to a person. */
export type EscalationTrigger = 'button' | 'not-fixed' | 'no-match' | 'asked-in-words';

/** Side effects the adapter performs after sending the replies. */
export type Effect =
  | {
      kind: 'escalate';
      trigger: EscalationTrigger;
      /** Snapshot for the case: everything the human needs, nothing to ask again. */
      answers: Answers;
      shown: ShownEntry[];
      transcript: TranscriptLine[];
      locale: Locale;
    }
  /** More answers for the case already opened for this conversation (given while the user waits). */
  | {
      kind: 'case-details';
      /** The user wrote to the case (not an answer): the reply says where it went, or that no case took it. */
      note?: boolean;
      answers: Answers;
      shown: ShownEntry[];
      transcript: TranscriptLine[];
      locale: Locale;
    }
  | { kind: 'feedback'; entryId: string; verdict: 'fixed' | 'not-fixed' }
  /** The requester said in words that the problem handed to a person is solved: their case closes. */
  | { kind: 'solved' }
  | { kind: 'locale-chosen'; locale: Locale };

export type TurnOutput = {
  state: ConversationState;
  replies: Reply[];
  effects: Effect[];
  /**
   * The language of this turn's replies: the language of whoever sent it, which in a shared thread is not
   * always the conversation's (`state.locale`, its owner's).
   */
  locale?: Locale;
};

/** Per-turn facts from the channel. */
export type TurnContextInfo = {
  /** The client's locale mapped to a supported one (ignored when the user chose a language). */
  clientLocale: Locale;
  /** ISO time of the turn, for the transcript. */
  now: string;
  /** The channel's id of who sent this turn (in a shared thread, not always who asked). */
  userId?: string;
};

/** The platform-neutral conversation: pure and synchronous; adapters load/save the state around it. */
export type ConversationEngine = {
  initialState(locale: Locale): ConversationState;
  handle(state: ConversationState, input: TurnInput, info: TurnContextInfo): TurnOutput;
  /**
   * Whether `text` plainly says the problem is solved and, given a state, that state is handed to a person:
   * such a message closes the case even when it is relayed to the person helping. Without a state, only
   * the text is judged.
   */
  solvesHandOff?(state: ConversationState | undefined, text: string): boolean;
  /**
   * Whether `text`, written in a shared thread without addressing the bot, continues this conversation:
   * always while the bot asks, offers a choice or the case waits for a person; after a card or "no
   * match" only a verdict, a request for a person, "start over", a platform or a new error code (people
   * also talk among themselves there). While the case waits, someone other than its requester (`userId`)
   * is heard only in the second way. Empty text (a picture alone) counts only in the first case.
   */
  followsUp?(state: ConversationState, text: string, userId?: string): boolean;
};
