import type { ChooseEntryReply, QuestionReply, Reply, ResolutionReply } from '../../core/reply/reply.ts';
import type { AdaptiveCard, CardAttachment } from './card-types.ts';
import { messageTextOf, plainToMarkdown } from './markdown.ts';
import { renderChooseEntryCard, renderQuestionCard } from './question-card.ts';
import { type Detail, renderResolutionCard } from './resolution-card.ts';
import { type CardStrings, defaultCardStrings } from './strings.ts';

/**
 * Size budget per card. Teams bot messages take more, but incoming webhooks and connectors stop at
 * 28 KB and Teams counts UTF-16, so a card under this in both UTF-8 and UTF-16 goes through every path.
 */
export const maxCardBytes = 28 * 1024;

/** The larger of the UTF-8 and UTF-16 sizes of the card's JSON. */
export function cardSize(card: AdaptiveCard): number {
  const json = JSON.stringify(card);
  return Math.max(Buffer.byteLength(json, 'utf8'), json.length * 2);
}

export type CardReply = ResolutionReply | QuestionReply | ChooseEntryReply;

/**
 * Renders a reply as an Adaptive Card 1.5. A resolution too large in full is first laid out more
 * compactly (same content); if still too large it keeps the likely cause whole and reduces the other causes to their summaries with a "continues in the article" line and
 * the Learn link; content is never dropped without saying so.
 */
export function renderAdaptiveCard(
  reply: CardReply,
  strings: CardStrings = defaultCardStrings,
): AdaptiveCard {
  switch (reply.kind) {
    case 'question':
      return renderQuestionCard(reply);
    case 'choose-entry':
      return renderChooseEntryCard(reply);
    case 'resolution': {
      const levels: Detail[] = ['full', 'compact', 'brief-others'];
      let card = renderResolutionCard(reply, strings, 'full');
      for (const detail of levels.slice(1)) {
        if (cardSize(card) <= maxCardBytes) break;
        card = renderResolutionCard(reply, strings, detail);
      }
      return card;
    }
  }
}

export function toAttachment(card: AdaptiveCard): CardAttachment {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

/** What a Teams message activity needs for a reply: plain text for TextReply, a card otherwise. */
export type TeamsActivityParts = {
  text?: string;
  /** Teams shows this in notifications and the chat list instead of "sent a card". */
  summary?: string;
  textFormat?: 'markdown';
  attachments: CardAttachment[];
};

const warningSign = '⚠️ ';

export function toTeamsActivityParts(
  reply: Reply,
  strings: CardStrings = defaultCardStrings,
): TeamsActivityParts {
  if (reply.kind === 'text') {
    const text = messageTextOf(plainToMarkdown(reply.text));
    return {
      text: reply.tone === 'warning' ? `${warningSign}${text}` : text,
      textFormat: 'markdown',
      attachments: [],
    };
  }
  const card = renderAdaptiveCard(reply, strings);
  return { summary: card.fallbackText, attachments: [toAttachment(card)] };
}
