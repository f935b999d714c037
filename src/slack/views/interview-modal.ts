import type { types } from '@slack/bolt';
import {
  type Answers,
  type ChoiceQuestionId,
  choiceValues,
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
    ...choiceValues[q].map((v) => option(t(`interview:choices.${q}.${v}`), v)),
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
): types.ModalView {
  const errorText = (answers.errorText ?? '').slice(0, ERROR_TEXT_MAX);
  const blocks: types.KnownBlock[] = [
    { type: 'section', text: { type: 'plain_text', text: t('slack:modal.intro') } },
    {
      type: 'input',
      block_id: 'errorText',
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
    // A modal cannot take a picture here: screenshots are read when sent to the bot in a direct message.
    { type: 'context', elements: [{ type: 'plain_text', text: t('screenshot:modal-hint') }] },
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

type StateValues = Record<
  string,
  Record<string, { value?: string | null; selected_option?: { value: string } | null }>
>;

export type FormResult = { ok: true; answers: Answers } | { ok: false; errors: Record<string, string> };

/** Reads the submitted modal; an unusable error text is answered inline (`response_action: errors`). */
export function readInterviewSubmission(values: StateValues, t: Translate): FormResult {
  const errorText = (values.errorText?.errorText?.value ?? '').trim();
  if (errorText.replace(/\s/g, '').length < 3) {
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
  return { ok: true, answers };
}
