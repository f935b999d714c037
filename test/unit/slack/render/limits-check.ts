import type { SlackMessage } from '../../../../src/slack/render/block-types.ts';
import { messageTextLength } from '../../../../src/slack/render/elements.ts';
import { slackLimits } from '../../../../src/slack/render/limits.ts';

/** Every Block Kit limit the renderer promises, as a list of broken rules (empty = fine). */
export function limitViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  const { blocks } = message;
  if (!message.text.trim()) problems.push('no top-level text');
  if (blocks.length > slackLimits.blocksPerMessage) problems.push(`${blocks.length} blocks`);
  const total = messageTextLength(blocks);
  if (total >= slackLimits.messageText) problems.push(`total text ${total}`);
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.type === 'header' && block.text.text.length > slackLimits.headerText)
      problems.push('header too long');
    if (block.type === 'section') {
      const length = block.text?.text.length ?? 0;
      if (length < 1 || length > slackLimits.sectionText) problems.push(`section text ${length}`);
    }
    if (block.type === 'context' && block.elements.length > slackLimits.contextElements)
      problems.push('context');
    const buttons =
      block.type === 'actions'
        ? block.elements
        : block.type === 'section' && block.accessory
          ? [block.accessory]
          : [];
    if (block.type === 'actions' && block.elements.length > slackLimits.actionsElements)
      problems.push('actions');
    for (const b of buttons) {
      if (b.type !== 'button') continue;
      if (b.text.text.length > slackLimits.buttonText) problems.push(`button text ${b.text.text}`);
      if (!b.text.text.trim()) problems.push('empty button text');
      if ((b.value ?? '').length > slackLimits.buttonValue) problems.push('button value');
      if (!b.action_id || ids.has(b.action_id)) problems.push(`action_id ${b.action_id}`);
      ids.add(b.action_id ?? '');
    }
  }
  return problems;
}

/** The URL of the link button that opens the article, if any. */
export function learnButtonUrl(message: SlackMessage): string | undefined {
  for (const block of message.blocks) {
    if (block.type !== 'actions') continue;
    for (const e of block.elements) if (e.type === 'button' && e.url) return e.url;
  }
  return undefined;
}

/** All text of the message, for "is this content there?" checks. */
export function messageText(message: SlackMessage): string {
  return message.blocks
    .map((b) => {
      if (b.type === 'header') return b.text.text;
      if (b.type === 'section') return b.text?.text ?? '';
      if (b.type === 'context') return b.elements.map((e) => ('text' in e ? e.text : '')).join('\n');
      if (b.type === 'actions')
        return b.elements.map((e) => (e.type === 'button' ? e.text.text : '')).join('\n');
      return '';
    })
    .join('\n');
}
