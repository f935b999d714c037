import type { ReplyAction } from '../../core/reply/reply.ts';
import type { SlackBlock, SlackButton } from './block-types.ts';
import { slackLimits } from './limits.ts';
import { cleanText, truncateWords } from './mrkdwn.ts';

/** Action ids are `ieb:<payload type>:<n>`; the transport matches the prefix and reads the JSON value. */
export const actionIdPrefix = 'ieb:';
/** Link buttons (Open in Microsoft Learn) carry no payload: the transport only acks them. */
export const linkActionIdPrefix = 'link:';

/** Numbers buttons within one message so every action_id is unique. */
export type ButtonCounter = { next: number };

export function button(action: ReplyAction, counter: ButtonCounter): SlackButton {
  const value = JSON.stringify(action.payload);
  if (value.length > slackLimits.buttonValue)
    throw new RangeError('button payload exceeds the Slack value limit');
  const style =
    action.style === 'positive' ? 'primary' : action.style === 'destructive' ? 'danger' : undefined;
  const n = counter.next++;
  return {
    type: 'button',
    action_id: `${actionIdPrefix}${action.payload.type}:${n}`,
    text: {
      type: 'plain_text',
      text: truncateWords(cleanText(action.label), slackLimits.buttonText),
      emoji: true,
    },
    value,
    ...(style ? { style } : {}),
  };
}

/** Buttons in actions blocks of at most 25 elements. */
export function actionsBlocks(actions: ReplyAction[], counter: ButtonCounter): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < actions.length; i += slackLimits.actionsElements) {
    const elements = actions.slice(i, i + slackLimits.actionsElements).map((a) => button(a, counter));
    blocks.push({ type: 'actions', elements });
  }
  return blocks;
}

/** Slack rejects empty text objects; an empty string (all control characters, say) shows as an ellipsis. */
export function nonEmpty(text: string): string {
  return text.trim() ? text : '…';
}

export function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: nonEmpty(text) } };
}

export function context(texts: string[]): SlackBlock {
  return {
    type: 'context',
    elements: texts
      .slice(0, slackLimits.contextElements)
      .map((text) => ({ type: 'mrkdwn', text: nonEmpty(text) })),
  };
}

/** Characters Slack counts towards the cumulative message limit for a block. */
export function blockTextLength(block: SlackBlock): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section': {
      const accessory = block.accessory?.type === 'button' ? block.accessory.text.text.length : 0;
      return (block.text?.text.length ?? 0) + accessory;
    }
    case 'context':
      return block.elements.reduce((n, e) => n + ('text' in e ? e.text.length : 0), 0);
    case 'actions':
      return block.elements.reduce((n, e) => n + (e.type === 'button' ? e.text.text.length : 0), 0);
    case 'divider':
      return 0;
  }
}

export function messageTextLength(blocks: SlackBlock[]): number {
  return blocks.reduce((n, b) => n + blockTextLength(b), 0);
}
