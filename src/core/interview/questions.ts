/**
 * The prerequisite questions of the iOS/iPadOS troubleshooting article ("Collect the following
 * information about the problem"), as data. Teams dialogs, the Slack modal and the terminal chat all
 * render these same definitions; labels live in locales/<lng>/interview.json under
 * `interview:questions.<id>.prompt` and `interview:choices.<id>.<value>`.
 */
export const questionIds = [
  'errorText',
  'whereSeen',
  'history',
  'platform',
  'usersAffected',
  'devicesAffected',
  'mdmAuthority',
  'enrollmentMethod',
] as const;
export type QuestionId = (typeof questionIds)[number];

export const choiceValues = {
  whereSeen: [
    'company-portal',
    'device-settings',
    'setup-assistant',
    'admin-center',
    'windows-settings',
    'other',
  ],
  history: ['never-worked', 'stopped-working', 'reused-device'],
  platform: ['ios', 'android', 'windows', 'macos', 'other'],
  usersAffected: ['one', 'some', 'all'],
  devicesAffected: ['one', 'some', 'all'],
  mdmAuthority: ['intune', 'configmgr', 'basic-mobility'],
  enrollmentMethod: ['byod', 'ade', 'dem', 'windows-auto'],
} as const;
export type ChoiceQuestionId = keyof typeof choiceValues;
export type ChoiceValue<Q extends ChoiceQuestionId> = (typeof choiceValues)[Q][number];

/**
 * Choices that exist on some platforms only: Apple's Automated Device Enrollment and Setup Assistant on
 * Apple devices, Windows automatic enrollment and the Windows enrollment log on Windows. Any other choice
 * fits every platform.
 */
const choicePlatforms: { [Q in ChoiceQuestionId]?: Partial<Record<ChoiceValue<Q>, readonly string[]>> } = {
  whereSeen: { 'setup-assistant': ['ios', 'macos'], 'windows-settings': ['windows'] },
  enrollmentMethod: { ade: ['ios', 'macos'], 'windows-auto': ['windows'] },
};

/** The platforms a question's choices can be narrowed to (an answer of "other" or "don't know" narrows nothing). */
const narrowing: readonly string[] = ['ios', 'android', 'windows', 'macos'];

/**
 * The choices of a question offered for a device of `platform` (the card's, else the one the user gave),
 * in their order: every choice when the platform is not known. Buttons, typed numbers and typed answers
 * all go by this list, so a Windows method is never offered, nor taken, for an iPhone.
 */
export function choicesFor<Q extends ChoiceQuestionId>(
  question: Q,
  platform?: string,
): readonly ChoiceValue<Q>[] {
  const values = choiceValues[question] as readonly ChoiceValue<Q>[];
  const only = choicePlatforms[question] as Partial<Record<string, readonly string[]>> | undefined;
  if (!only || !platform || !narrowing.includes(platform)) return values;
  return values.filter((v) => only[v]?.includes(platform) ?? true);
}

/** `unknown` is the answer "skip" / "don't know": asked, not answered. */
export type Answer<Q extends ChoiceQuestionId> = ChoiceValue<Q> | 'unknown';

/** What the interview knows so far; a missing key has not been asked or inferred yet. */
export type Answers = {
  errorText?: string;
  whereSeen?: Answer<'whereSeen'>;
  history?: Answer<'history'>;
  platform?: Answer<'platform'>;
  usersAffected?: Answer<'usersAffected'>;
  devicesAffected?: Answer<'devicesAffected'>;
  mdmAuthority?: Answer<'mdmAuthority'>;
  enrollmentMethod?: Answer<'enrollmentMethod'>;
};

export function isChoiceQuestion(id: QuestionId): id is ChoiceQuestionId {
  return id !== 'errorText';
}

export function isChoiceValue<Q extends ChoiceQuestionId>(q: Q, value: string): value is ChoiceValue<Q> {
  return (choiceValues[q] as readonly string[]).includes(value);
}
