import { displayWidth } from '../../core/reply/labels.ts';
import {
  type ChooseEntryReply,
  formFieldPrefix,
  type InterviewForm,
  type QuestionReply,
  type ReplyAction,
} from '../../core/reply/reply.ts';
import type { AdaptiveCard, CardElement, ShowCardAction } from './card-types.ts';
import { textBlock } from './content.ts';
import { escapeMarkdown, plainToMarkdown } from './markdown.ts';
import { adaptiveCardSchema, adaptiveCardVersion, submitAction } from './resolution-card.ts';

/** Labels this short (in columns) fit three to a row on a phone; longer ones get a row each so none is truncated. */
const shortLabel = 16;

/** Buttons in rows: an ActionSet per row keeps every label whole on narrow screens. */
export function buttonRows(actions: ReplyAction[]): CardElement[] {
  const perRow = actions.every((a) => displayWidth(a.label) <= shortLabel) ? 3 : 1;
  const rows: CardElement[] = [];
  for (let i = 0; i < actions.length; i += perRow) {
    rows.push({
      type: 'ActionSet',
      spacing: 'Small',
      actions: actions.slice(i, i + perRow).map(submitAction),
    });
  }
  return rows;
}

function card(body: CardElement[], fallbackText: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: adaptiveCardVersion,
    fallbackText,
    body,
  };
}

/** One interview question: prompt, hint, a button per choice, then skip; the whole form folded below. */
export function renderQuestionCard(reply: QuestionReply): AdaptiveCard {
  const body: CardElement[] = [textBlock(plainToMarkdown(reply.prompt), { weight: 'Bolder' })];
  if (reply.answered !== undefined) {
    // Answered: the choice in place of the buttons, nothing left to press.
    body.push(textBlock(`✓ ${escapeMarkdown(reply.answered)}`, { color: 'Good', spacing: 'Small' }));
    return card(body, `${reply.prompt} ${reply.answered}`);
  }
  if (reply.hint) body.push(textBlock(plainToMarkdown(reply.hint), { isSubtle: true, spacing: 'Small' }));
  body.push(...buttonRows([...reply.choices, reply.skip]));
  const built = card(body, reply.prompt);
  if (reply.form) built.actions = [formAction(reply.form)];
  return built;
}

/** "Answer all questions at once": every question as an input, prefilled, submitted together. */
function formAction(form: InterviewForm): ShowCardAction {
  const body: CardElement[] = form.fields.flatMap((field): CardElement[] => {
    const id = `${formFieldPrefix}${field.question}`;
    const label = textBlock(`**${escapeMarkdown(field.label)}**`, { spacing: 'Medium' });
    if (field.choices.length === 0) {
      return [
        label,
        {
          type: 'Input.Text',
          id,
          isMultiline: true,
          maxLength: 4000,
          ...(field.placeholder ? { placeholder: field.placeholder } : {}),
          ...(field.value ? { value: field.value.slice(0, 4000) } : {}),
        },
      ];
    }
    return [
      label,
      {
        type: 'Input.ChoiceSet',
        id,
        style: 'compact',
        choices: field.choices.map((c) => ({ title: c.label, value: c.value })),
        ...(field.value ? { value: field.value } : {}),
      },
    ];
  });
  return {
    type: 'Action.ShowCard',
    title: form.title,
    card: { type: 'AdaptiveCard', body, actions: [submitAction(form.submit)] },
  };
}

/** "Which of these matches what you see?": each candidate with the matcher's reason and its button. */
export function renderChooseEntryCard(reply: ChooseEntryReply): AdaptiveCard {
  const body: CardElement[] = [textBlock(plainToMarkdown(reply.prompt), { weight: 'Bolder' })];
  for (const option of reply.options) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        textBlock(`**${escapeMarkdown(option.title)}**`),
        textBlock(plainToMarkdown(option.why), { isSubtle: true, size: 'Small', spacing: 'None' }),
        { type: 'ActionSet', spacing: 'Small', actions: [submitAction(option.action)] },
      ],
    });
  }
  body.push(...buttonRows([reply.none]));
  return card(body, [reply.prompt, ...reply.options.map((o) => o.title)].join('\n'));
}
