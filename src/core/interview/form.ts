import type { Translate } from '../ports/translator.ts';
import { formFieldPrefix, type InterviewForm, type QuestionReply } from '../reply/reply.ts';
import { clipLine } from '../text/clip.ts';
import {
  type Answers,
  type ChoiceQuestionId,
  choicesFor,
  choiceValues,
  isChoiceValue,
  type QuestionId,
  questionIds,
} from './questions.ts';

/** Longest error text a form field accepts: the same cut the conversation applies to stored text. */
const maxFormText = 4000;

/**
 * The eight questions as one form, each field prefilled with what the conversation already knows;
 * `platform` narrows the choices to that platform's (see choicesFor).
 */
export function buildInterviewForm(answers: Answers, t: Translate, platform?: string): InterviewForm {
  return {
    title: t('interview:form.open'),
    submit: { label: t('interview:form.submit'), payload: { type: 'submit-form' }, style: 'positive' },
    fields: questionIds.map((question) => {
      const label = t(`interview:questions.${question}.prompt`);
      if (question === 'errorText') {
        return {
          question,
          label,
          choices: [],
          placeholder: t('interview:form.errorPlaceholder'),
          ...(answers.errorText ? { value: answers.errorText } : {}),
        };
      }
      const known = answers[question];
      return {
        question,
        label,
        choices: [
          ...choicesFor(question, platform).map((value) => ({
            value,
            label: t(`interview:choices.${question}.${value}`),
          })),
          { value: 'unknown', label: t('interview:skip') },
        ],
        ...(known ? { value: known } : {}),
      };
    }),
  };
}

/**
 * Reads a submitted form (the card's data object) into answers. Anything that is not one of the
 * question's choices is dropped rather than trusted: the values come from the client.
 */
export function readInterviewForm(data: unknown): Answers {
  if (!data || typeof data !== 'object') return {};
  const fields = data as Record<string, unknown>;
  const answers: Answers = {};
  const text = fields[`${formFieldPrefix}errorText`];
  if (typeof text === 'string' && text.trim()) answers.errorText = text.trim().slice(0, maxFormText);
  for (const question of Object.keys(choiceValues) as ChoiceQuestionId[]) {
    const value = fields[`${formFieldPrefix}${question}`];
    if (typeof value !== 'string' || !value) continue;
    if (value === 'unknown' || isChoiceValue(question, value)) Object.assign(answers, { [question]: value });
  }
  return answers;
}

/**
 * One question as a reply: its choices as buttons, skip, the hint, and the whole form folded in. The
 * choices are those of `platform` (the card's, else the user's), when known.
 */
export function buildQuestionReply(
  question: QuestionId,
  answers: Answers,
  t: Translate,
  platform: string | undefined = answers.platform,
): QuestionReply {
  const reply: QuestionReply = {
    kind: 'question',
    question,
    prompt: t(`interview:questions.${question}.prompt`),
    choices:
      question === 'errorText'
        ? []
        : choicesFor(question, platform).map((value) => ({
            label: t(`interview:choices.${question}.${value}`),
            payload: { type: 'answer', question, value },
          })),
    skip: { label: t('interview:skip'), payload: { type: 'answer', question, value: 'unknown' } },
    form: buildInterviewForm(answers, t, platform),
  };
  const hint = t(`interview:questions.${question}.hint`, { defaultValue: '' });
  if (hint) reply.hint = hint;
  return reply;
}

/** The choice questions a case does not have answers for yet, in interview order. */
export function unansweredQuestions(answers: Answers): ChoiceQuestionId[] {
  return (Object.keys(choiceValues) as ChoiceQuestionId[]).filter((q) => answers[q] === undefined);
}

/** How much of a typed error text the answered card repeats. */
const maxAnsweredText = 80;

/**
 * The question card as it stands once answered: the prompt and the answer, no buttons. `value` is a
 * choice, `unknown` (skipped), or for the error text what the user sent (its first line is shown).
 */
export function buildAnsweredQuestion(question: QuestionId, value: string, t: Translate): QuestionReply {
  const answered =
    value === 'unknown'
      ? t('interview:skip')
      : question === 'errorText'
        ? clipLine(value.split('\n').find((line) => line.trim()) ?? value, maxAnsweredText)
        : t(`interview:choices.${question}.${value}`);
  return {
    kind: 'question',
    question,
    prompt: t(`interview:questions.${question}.prompt`),
    choices: [],
    skip: { label: t('interview:skip'), payload: { type: 'answer', question, value: 'unknown' } },
    answered,
    replaces: 'question-card',
  };
}
