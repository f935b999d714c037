import type { types } from '@slack/bolt';
import type { Translate } from '../core/ports/translator.ts';
import type { Reply } from '../core/reply/reply.ts';
import { clip } from '../core/text/clip.ts';
import { renderBlocks, slackStrings } from './render/index.ts';

/** A Slack message body: blocks plus the top-level text that notifications and screen readers use. */
export type SlackMessage = { text: string; blocks: types.KnownBlock[] };

/** Reply → Block Kit in the conversation's language (the renderer adds a few layout words). */
export type RenderBlocks = (reply: Reply, t: Translate) => SlackMessage;

export const renderReply: RenderBlocks = (reply, t) => renderBlocks(reply, slackStrings(t));

const MAX_BLOCKS = 50;
/** Slack rejects messages whose blocks hold more than about 12,000 characters; JSON length over-counts. */
const MAX_MERGED_JSON = 11000;

export function plainText(text: string, max = 75): types.PlainTextElement {
  return { type: 'plain_text', text: clip(text, max) || ' ', emoji: true };
}

/** Extra buttons the Slack adapter adds: appended to the last actions block when it has room. */
export function withExtraButtons(message: SlackMessage, buttons: types.Button[]): SlackMessage {
  if (buttons.length === 0) return message;
  const blocks = [...message.blocks];
  const last = blocks.at(-1);
  if (last?.type === 'actions' && last.elements.length + buttons.length <= 25) {
    blocks[blocks.length - 1] = { ...last, elements: [...last.elements, ...buttons] };
  } else if (blocks.length < MAX_BLOCKS) {
    blocks.push({ type: 'actions', block_id: 'slack-extras', elements: buttons });
  }
  return { ...message, blocks };
}

/** True when the message already has a link button to this URL (the renderer may add the Learn link itself). */
export function hasUrlButton(message: SlackMessage, url: string): boolean {
  return message.blocks.some(
    (b) => b.type === 'actions' && b.elements.some((e) => e.type === 'button' && e.url === url),
  );
}

/**
 * Packs consecutive messages into as few Slack messages as the limits allow: a response_url takes five
 * posts, and Slack allows about one message per second per channel. Block ids are prefixed so that two
 * rendered replies cannot collide inside one message.
 */
export function packMessages(messages: SlackMessage[]): SlackMessage[] {
  const out: SlackMessage[] = [];
  let current: SlackMessage | undefined;
  let part = 0;
  for (const m of messages) {
    const blocks = m.blocks.map((b) => (b.block_id ? { ...b, block_id: `p${part}-${b.block_id}` } : b));
    part++;
    if (
      current &&
      current.blocks.length + blocks.length <= MAX_BLOCKS &&
      JSON.stringify(current.blocks).length + JSON.stringify(blocks).length <= MAX_MERGED_JSON
    ) {
      current = { text: `${current.text}\n${m.text}`, blocks: [...current.blocks, ...blocks] };
    } else {
      if (current) out.push(current);
      current = { text: m.text, blocks };
    }
  }
  if (current) out.push(current);
  return out.map((m) => ({ ...m, text: m.text.slice(0, 3900) }));
}
