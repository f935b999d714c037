import type { Activity } from 'botbuilder';

import type { Translator } from '../core/ports/translator.ts';
import type { TextReply } from '../core/reply/reply.ts';
import { textBlock } from './render/content.ts';
import { type AdaptiveCard, cardStrings, toAttachment, toTeamsActivityParts } from './render/index.ts';
import { plainToMarkdown } from './render/markdown.ts';
import { buttonRows } from './render/question-card.ts';
import { adaptiveCardSchema, adaptiveCardVersion } from './render/resolution-card.ts';
import type { RenderReplies } from './teams-turn.ts';

/**
 * A text with buttons ("Talk to a person" after an honest no-match, the language list): a plain
 * message cannot carry Action.Submit buttons, so it becomes a small card with the text and its buttons.
 */
function textWithButtons(
  reply: TextReply & { actions: NonNullable<TextReply['actions']> },
): Partial<Activity> {
  const text = reply.tone === 'warning' ? `⚠️ ${reply.text}` : reply.text;
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: adaptiveCardVersion,
    fallbackText: reply.text,
    body: [textBlock(plainToMarkdown(text)), ...buttonRows(reply.actions)],
  };
  return { summary: reply.text, attachments: [toAttachment(card)] };
}

/** Replies as Teams message activities: text as markdown, everything else as an Adaptive Card. */
export function createTeamsRenderer(translator: Translator): RenderReplies {
  return (replies, locale) => {
    const strings = cardStrings(translator.forLocale(locale));
    return replies.map((reply): Partial<Activity> => {
      if (reply.kind === 'text' && reply.actions?.length) {
        return { type: 'message', locale, ...textWithButtons({ ...reply, actions: reply.actions }) };
      }
      return { type: 'message', locale, ...toTeamsActivityParts(reply, strings) };
    });
  };
}
