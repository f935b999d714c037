import type { types } from '@slack/bolt';
import {
  type Answers,
  type ChoiceQuestionId,
  choicesFor,
  isChoiceQuestion,
  isChoiceValue,
  questionIds,
} from '../../core/interview/questions.ts';
import type { Locale } from '../../core/knowledge/entry.ts';
import { isLocale } from '../../core/locale.ts';
import type { Translate } from '../../core/ports/translator.ts';
import type { SlackAddress } from '../address.ts';
import { INTERVIEW_VIEW_ID } from '../constants.ts';
import { plainText } from '../message.ts';
import type { SlackFile } from '../screenshot.ts';
import { looksLikeBinary } from '../text.ts';

/** Slack caps a plain_text_input at 3,000 characters; the form keeps the error text within it. */
export const ERROR_TEXT_MAX = 3000;
const UNKNOWN = 'unknown';

/** What the modal remembers between opening and submit (private_metadata, ≤ 3,000 characters). */
export type InterviewMetadata = { to: SlackAddress; locale: Locale };

export function encodeMetadata(m: InterviewMetadata): string {
  const a = m.to;
  return JSON.stringify({
    m: a.mode,
    t: a.teamId,
    e: a.enterpriseId,
    c: a.channelId,
    u: a.userId,
    th: a.threadTs,
    r: a.responseUrl,
    l: m.locale,
  });
}

export function decodeMetadata(raw: string | undefined): InterviewMetadata | undefined {
  try {
    const v = JSON.parse(raw ?? '') as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
    const mode = v.m === 'dm' || v.m === 'thread' || v.m === 'ephemeral' ? v.m : undefined;
    const [teamId, channelId, userId] = [str(v.t), str(v.c), str(v.u)];
    if (!mode || !teamId || !channelId || !userId || !isLocale(v.l)) return undefined;
    return {
      to: {
        mode,
        teamId,
        ...(str(v.e) ? { enterpriseId: str(v.e) } : {}),
        channelId,
        userId,
        threadTs: str(v.th),
        responseUrl: str(v.r),
      },
      locale: v.l,
    };
  } catch {
    return undefined;
  }
}

function option(text: string, value: string): types.PlainTextOption {
  return { text: plainText(text), value };
}

function choiceInput(q: ChoiceQuestionId, answers: Answers, t: Translate): types.InputBlock {
  const options = [
    // The platform already known narrows the choices, as on the question cards.
    ...choicesFor(q, answers.platform).map((v) => option(t(`interview:choices.${q}.${v}`), v)),
    option(t('interview:skip'), UNKNOWN),
  ];
  const current = answers[q];
  const initial = current ? options.find((o) => o.value === current) : undefined;
  return {
    type: 'input',
    block_id: q,
    optional: true,
    label: plainText(t(`interview:questions.${q}.prompt`), 2000),
    element: {
      type: 'static_select',
      action_id: q,
      placeholder: plainText(t('slack:modal.choose'), 150),
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

/**
 * The interview as one modal: the same eight questions and choices as every other channel,
 * labels from the shared interview strings, the error text prefilled when the user already gave it.
 */
export function buildInterviewModal(
  meta: InterviewMetadata,
  answers: Answers,
  t: Translate,
  options: { screenshot?: boolean } = {},
): types.ModalView {
  const errorText = (answers.errorText ?? '').slice(0, ERROR_TEXT_MAX);
  const blocks: types.KnownBlock[] = [
    { type: 'section', text: { type: 'plain_text', text: t('slack:modal.intro') } },
    {
      type: 'input',
      block_id: 'errorText',
      // With a picture field, Slack must let the text be empty: a screenshot may stand in for it (checked on submit).
      ...(options.screenshot ? { optional: true } : {}),
      label: plainText(t('interview:questions.errorText.prompt'), 2000),
      hint: plainText(t('interview:questions.errorText.hint'), 2000),
      element: {
        type: 'plain_text_input',
        action_id: 'errorText',
        multiline: true,
        max_length: ERROR_TEXT_MAX,
        ...(errorText ? { initial_value: errorText } : {}),
      },
    },
    // The screenshot of the error, read like one sent in a message (scope files:read), when pictures are read.
    ...(options.screenshot ? [screenshotInput(t)] : []),
    ...questionIds.filter(isChoiceQuestion).map((q) => choiceInput(q, answers, t)),
  ];
  return {
    type: 'modal',
    callback_id: INTERVIEW_VIEW_ID,
    private_metadata: encodeMetadata(meta),
    title: plainText(t('slack:modal.title'), 24),
    submit: plainText(t('slack:modal.submit'), 24),
    close: plainText(t('slack:modal.close'), 24),
    blocks,
  };
}

const SCREENSHOT_BLOCK = 'screenshot';

/** Fewer than three visible characters is no error text. */
export function isErrorTextGiven(text: string): boolean {
  return text.replace(/\s/g, '').length >= 3;
}

function screenshotInput(t: Translate): types.InputBlock {
  return {
    type: 'input',
    block_id: SCREENSHOT_BLOCK,
    optional: true,
    label: plainText(t('screenshot:modal-label'), 2000),
    element: {
      type: 'file_input',
      action_id: SCREENSHOT_BLOCK,
      filetypes: ['png', 'jpg', 'jpeg'],
      max_files: 1,
    },
  };
}

type StateValues = Record<
  string,
  Record<
    string,
    { value?: string | null; selected_option?: { value: string } | null; files?: SlackFile[] | null }
  >
>;

/** The answers, and the screenshot to read before they go to the engine (its text joins the error text). */
export type FormResult =
  | { ok: true; answers: Answers; screenshot?: SlackFile }
  | { ok: false; errors: Record<string, string> };

/**
 * Reads the submitted modal; an unusable error text is answered inline (`response_action: errors`).
 * A screenshot without typed text is enough: what it shows is read after the modal closes.
 */
export function readInterviewSubmission(values: StateValues, t: Translate): FormResult {
  const errorText = (values.errorText?.errorText?.value ?? '').trim();
  const screenshot = values[SCREENSHOT_BLOCK]?.[SCREENSHOT_BLOCK]?.files?.[0];
  if (!isErrorTextGiven(errorText) && !screenshot) {
    return { ok: false, errors: { errorText: t('slack:modal.errorTextMissing') } };
  }
  if (looksLikeBinary(errorText)) {
    return { ok: false, errors: { errorText: t('slack:modal.errorTextUnreadable') } };
  }
  const answers: Answers = { errorText: errorText.slice(0, ERROR_TEXT_MAX) };
  for (const q of questionIds.filter(isChoiceQuestion)) {
    const value = values[q]?.[q]?.selected_option?.value;
    // An untouched select stays unset, so the engine may still infer it (the platform from the error text).
    if (!value) continue;
    if (value === UNKNOWN || isChoiceValue(q, value)) (answers as Record<string, string>)[q] = value;
  }
  return { ok: true, answers, ...(screenshot ? { screenshot } : {}) };
}
