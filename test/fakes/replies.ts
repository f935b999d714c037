import type { Block, RichText, Step } from '../../src/core/knowledge/entry.ts';
import type {
  ChooseEntryReply,
  QuestionReply,
  ReplyAction,
  ResolutionLabels,
  ResolutionReply,
  ResolvedCause,
} from '../../src/core/reply/reply.ts';

/** Argument builders for reply values; every field can be overridden per test. */
export const plain = (text: string): RichText => [{ text }];

export function aStep(text: string, overrides: Partial<Step> = {}): Step {
  return { text: plain(text), substeps: [], blocks: [], ...overrides };
}

export const englishLabels: ResolutionLabels = {
  steps: 'Steps',
  codes: 'Error codes',
  openInLearn: 'Open in Microsoft Learn',
  moreCauses: 'Other possible causes',
  note: 'Note',
  important: 'Important',
  warning: 'Warning',
  tip: 'Tip',
  caution: 'Caution',
};

export function aCause(overrides: Partial<ResolvedCause> = {}): ResolvedCause {
  return {
    heading: 'Likely cause',
    summary: plain('The necessary CNAME records in DNS do not exist.'),
    label: 'The necessary CNAME records in DNS do not exist.',
    rankReason: 'All users are affected, which points to tenant configuration.',
    intro: [],
    steps: [aStep('Create CNAME DNS resource records for your domain.'), aStep('Wait for DNS to propagate.')],
    alternatives: [],
    outro: [],
    ...overrides,
  };
}

export const fixedIt: ReplyAction = {
  label: 'This fixed it',
  payload: { type: 'feedback', entryId: 'ios/device-cap-reached', verdict: 'fixed' },
  style: 'positive',
};
export const didNotHelp: ReplyAction = {
  label: "Didn't help",
  payload: { type: 'feedback', entryId: 'ios/device-cap-reached', verdict: 'not-fixed' },
};
export const talkToPerson: ReplyAction = {
  label: 'Talk to a person',
  payload: { type: 'escalate', entryId: 'ios/device-cap-reached' },
};

export function aResolution(overrides: Partial<ResolutionReply> = {}): ResolutionReply {
  return {
    kind: 'resolution',
    entryId: 'ios/device-cap-reached',
    contentLocale: 'en',
    title: 'Device Cap Reached',
    why: 'Matched the error text "Device Cap Reached"',
    codes: [],
    intro: [],
    causes: [aCause()],
    evidence: [],
    learnUrl:
      'https://learn.microsoft.com/en-us/troubleshoot/mem/intune/device-enrollment/troubleshoot-ios-enrollment-errors#device-cap-reached',
    actions: [fixedIt, didNotHelp, talkToPerson],
    labels: englishLabels,
    ...overrides,
  };
}

export function aQuestion(overrides: Partial<QuestionReply> = {}): QuestionReply {
  return {
    kind: 'question',
    question: 'platform',
    prompt: 'Which platform is the device?',
    choices: (['ios', 'android', 'windows'] as const).map((value) => ({
      label: { ios: 'iOS/iPadOS', android: 'Android', windows: 'Windows' }[value],
      payload: { type: 'answer', question: 'platform', value },
    })),
    skip: { label: "Don't know", payload: { type: 'answer', question: 'platform', value: 'unknown' } },
    ...overrides,
  };
}

export function aChooseEntry(overrides: Partial<ChooseEntryReply> = {}): ChooseEntryReply {
  const option = (entryId: string, title: string) => ({
    entryId,
    title,
    why: `Close to "${title}"`,
    action: { label: 'This one', payload: { type: 'choose-entry' as const, entryId } },
  });
  return {
    kind: 'choose-entry',
    prompt: 'Which of these matches what you see?',
    options: [
      option('ios/device-cap-reached', 'Device Cap Reached'),
      option('general/device-cap-reached', 'Device cap reached'),
    ],
    none: { label: 'None of these', payload: { type: 'choose-entry', entryId: null } },
    ...overrides,
  };
}

/** Text an attacker might paste: mentions, markdown/mrkdwn formatting, script links, control bytes. */
export const hostileText =
  '<!channel> *bold* _it_ ~s~ `c` [x](javascript:alert(1)) <https://evil.example|y> & \u001b[31m';

/** A large cause: long steps, a table, a log, notes, alternatives. */
export function aBigCause(n: number, heading = `Cause ${n}`, stepCount = 12): ResolvedCause {
  const blocks: Block[] = [
    { kind: 'note', level: 'important', paragraphs: [plain(`Important detail for cause ${n}.`)] },
    {
      kind: 'table',
      header: [plain('TYPE'), plain('Host name')],
      rows: [[plain('CNAME'), plain(`host${n}.example.com`)]],
    },
    {
      kind: 'code',
      code: Array.from({ length: 6 }, (_, i) => `log line ${i} of cause ${n} XPC_TYPE_ERROR`).join('\n'),
    },
  ];
  return aCause({
    heading,
    summary: plain(`Summary of cause ${n}. `.repeat(5)),
    label: `Summary of cause ${n}.`,
    steps: Array.from({ length: stepCount }, (_, i) =>
      aStep(`Cause ${n} step ${i + 1}: ${'do the thing carefully '.repeat(4)}`),
    ),
    alternatives: [
      {
        title: `Resolution #${n}a`,
        label: `Resolution #${n}a`,
        intro: [],
        steps: [aStep(`Alternative ${n}a step`)],
      },
      {
        title: `Resolution #${n}b`,
        label: `Resolution #${n}b`,
        intro: [],
        steps: [aStep(`Alternative ${n}b step`)],
      },
    ],
    outro: blocks,
  });
}
