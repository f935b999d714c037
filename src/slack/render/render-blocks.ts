import type { ChooseEntryReply, QuestionReply, Reply, TextReply } from '../../core/reply/reply.ts';
import type { SlackBlock, SlackMessage } from './block-types.ts';
import { splitText } from './content.ts';
import { actionsBlocks, type ButtonCounter, button, context, nonEmpty, section } from './elements.ts';
import { messageTextBudget, slackLimits } from './limits.ts';
import { escapeMrkdwn, truncateWords } from './mrkdwn.ts';
import { renderResolutionBlocks } from './resolution-blocks.ts';
import { defaultSlackStrings, type SlackStrings } from './strings.ts';

const notification = (text: string): string =>
  nonEmpty(truncateWords(escapeMrkdwn(text).replace(/\s+/g, ' ').trim(), 300));

/** An interview question: prompt, hint, a button per choice and skip. */
export function renderQuestionBlocks(reply: QuestionReply): SlackMessage {
  const counter: ButtonCounter = { next: 0 };
  const blocks: SlackBlock[] = [section(truncateWords(escapeMrkdwn(reply.prompt), slackLimits.sectionText))];
  if (reply.answered !== undefined) {
    // Answered: the choice in place of the buttons, nothing left to press.
    blocks.push(context([truncateWords(`✓ ${escapeMrkdwn(reply.answered)}`, slackLimits.sectionText)]));
    return { text: notification(`${reply.prompt} ${reply.answered}`), blocks };
  }
  if (reply.hint) blocks.push(context([truncateWords(escapeMrkdwn(reply.hint), slackLimits.sectionText)]));
  blocks.push(...actionsBlocks([...reply.choices, reply.skip], counter));
  return { text: notification(reply.prompt), blocks };
}

/** Candidate entries, each with the matcher's reason and a button beside it, then "none of these". */
export function renderChooseEntryBlocks(reply: ChooseEntryReply): SlackMessage {
  const counter: ButtonCounter = { next: 0 };
  const blocks: SlackBlock[] = [section(truncateWords(escapeMrkdwn(reply.prompt), slackLimits.sectionText))];
  // Leave room for the prompt and the "none" row: at most 48 candidates (the core offers a handful).
  for (const option of reply.options.slice(0, slackLimits.blocksPerMessage - 2)) {
    const text = `*${escapeMrkdwn(option.title)}*\n${escapeMrkdwn(option.why)}`;
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: truncateWords(text, slackLimits.sectionText) },
      accessory: button(option.action, counter),
    });
  }
  blocks.push(...actionsBlocks([reply.none], counter));
  return { text: notification(reply.prompt), blocks };
}

/**
 * Plain text, escaped (a pasted `<!channel>` must not ping anyone), in sections split between words, then
 * its buttons ("Talk to a person", the languages, another error named): without them the text would
 * offer what cannot be pressed.
 */
export function renderTextBlocks(reply: TextReply): SlackMessage {
  const prefix = reply.tone === 'warning' ? ':warning: ' : '';
  const body = truncateWords(`${prefix}${escapeMrkdwn(reply.text)}`, messageTextBudget);
  const buttons = actionsBlocks(reply.actions ?? [], { next: 0 });
  const sections = splitText(body, slackLimits.sectionText).slice(
    0,
    slackLimits.blocksPerMessage - buttons.length,
  );
  const text = (sections.length > 0 ? sections : ['']).map(section);
  return { text: notification(reply.text), blocks: [...text, ...buttons] };
}

/**
 * Renders any reply as a Slack message: `blocks` within Slack's limits and a top-level `text` for
 * notifications. `strings` are the layout's few words in the user's language (see slackStrings).
 */
export function renderBlocks(reply: Reply, strings: SlackStrings = defaultSlackStrings): SlackMessage {
  switch (reply.kind) {
    case 'text':
      return renderTextBlocks(reply);
    case 'question':
      return renderQuestionBlocks(reply);
    case 'choose-entry':
      return renderChooseEntryBlocks(reply);
    case 'resolution':
      return renderResolutionBlocks(reply, strings);
  }
}
