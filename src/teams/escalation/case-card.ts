import type { CaseCard, ThreadMessage, UserNotice } from '../../core/escalation/notifier.ts';
import { clip } from '../../core/text/clip.ts';
import { unlinkable } from '../../core/text/unlinkable.ts';
import type { AdaptiveCard, CardElement, TextBlock } from '../render/card-types.ts';
import { textBlock } from '../render/content.ts';
import { escapeMarkdown, guardLineStarts, messageTextOf } from '../render/markdown.ts';
import { adaptiveCardSchema, adaptiveCardVersion, submitAction } from '../render/resolution-card.ts';

/**
 * Text from a requester or agent shown literally: no emphasis, links, lists or headings. Teams links bare
 * URLs and domain names in message text on its own, so those are made unlinkable too (the escaping
 * shared with Slack).
 */
export function literal(text: string): string {
  return unlinkable(guardLineStarts(escapeMarkdown(text))).replace(/\r?\n/g, '\n\n');
}

function heading(text: string): TextBlock {
  return textBlock(`**${literal(text)}**`, { spacing: 'Medium' });
}

const statusColor = { open: 'Attention', claimed: 'Accent', resolved: 'Good' } as const;

/** The case card for the Teams support channel, with Claim / Resolve as Action.Submit. */
export function renderCaseAdaptiveCard(card: CaseCard): AdaptiveCard {
  const body: CardElement[] = [
    textBlock(literal(card.heading), { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    textBlock(`**${literal(card.statusText)}**`, { color: statusColor[card.status], spacing: 'Small' }),
    {
      type: 'Container',
      style: 'emphasis',
      items: [textBlock(literal(clip(card.summary, 1500)), { fontType: 'Monospace' })],
    },
    textBlock(card.facts.map((f) => `**${literal(f.label)}:** ${literal(f.value)}`).join('\n\n'), {
      spacing: 'Medium',
    }),
  ];
  if (card.answers.length) {
    body.push(heading(card.answersTitle));
    body.push(
      textBlock(card.answers.map((a) => `- **${literal(a.label)}:** ${literal(a.value)}`).join('\n')),
    );
  }
  body.push(heading(card.triedTitle));
  body.push(textBlock(card.tried.map((x) => `- ${literal(x)}`).join('\n')));
  if (card.transcript.length) {
    body.push(heading(card.transcriptTitle));
    for (const line of card.transcript) {
      body.push(
        textBlock(`**${literal(line.who)}:** ${literal(line.text)}`, { spacing: 'Small', isSubtle: true }),
      );
    }
  }
  if (card.actions.length) body.push({ type: 'ActionSet', actions: card.actions.map(submitAction) });
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: adaptiveCardVersion,
    body,
    // Plain text, but shown (and linked) by clients that cannot draw the card and in notifications.
    fallbackText: unlinkable(clip(card.fallbackText, 500)),
  };
}

/** A thread line or a notice as Teams markdown, the author in bold. */
export function messageMarkdown(message: ThreadMessage | UserNotice): string {
  const text = literal(clip(message.text, 4000));
  return message.author ? `**${literal(message.author)}:** ${text}` : text;
}

/** The same as a message's own text, where Teams would render HTML tags. */
export function messageText(message: ThreadMessage | UserNotice): string {
  return messageTextOf(messageMarkdown(message));
}

/** A notice that asks something (case-satisfied) goes as a small card with its buttons. */
export function renderNoticeCard(notice: UserNotice): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: adaptiveCardVersion,
    body: [
      textBlock(messageMarkdown(notice)),
      { type: 'ActionSet', actions: (notice.actions ?? []).map(submitAction) },
    ],
    fallbackText: unlinkable(clip(notice.text, 500)),
  };
}
