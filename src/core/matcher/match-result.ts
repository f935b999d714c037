import type { Locale, Platform } from '../knowledge/entry.ts';

export type MatchOptions = { locale?: Locale | null | undefined; platform?: Platform | null | undefined };

/** One ranked candidate: `score` in [0, 1]; `why` is a short user-facing reason in English. */
export type MatchHit = {
  id: string;
  score: number;
  why: string;
  /** The structured reason, so the UI can localize it. */
  reason: MatchReason;
};

export type MatchReason =
  | { kind: 'code'; code: string }
  | { kind: 'message'; phrase: string }
  | { kind: 'similar'; phrase: string };

/**
 * `confident`: the first hit is the answer. Not confident with several hits close together means
 * "ask which of these"; not confident with no strong hit means "the docs do not cover this".
 */
export type MatchResult = {
  hits: MatchHit[];
  confident: boolean;
  /**
   * The text is about something the articles do not cover (another product, another Intune area, an
   * undocumented code): its hits only share words, so they are not worth offering as a choice.
   */
  outOfScope?: boolean;
  /**
   * An undocumented failure code that a known Microsoft page covers (a Windows enrollment code): the
   * refusal can point there.
   */
  uncoveredCode?: UncoveredCode;
  /**
   * The text asks how to set something up and says nothing fails ("how do I configure enrollment
   * restrictions?"): the scope signal of that name, read only.
   */
  setUp?: boolean;
  /**
   * The text says all is well now and names no error ("all showing compliant now 👍", "det funkar nu,
   * tack", "好了，谢谢"): no problem to answer, its hits no cards to offer.
   */
  noProblem?: boolean;
};

export type UncoveredCode = { code: string; area: string; reference: string };

export type Matcher = { match(text: string, options?: MatchOptions): MatchResult };
