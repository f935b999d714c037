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
