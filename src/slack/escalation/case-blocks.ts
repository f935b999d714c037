import type { types } from '@slack/bolt';
import type { CaseCard, ThreadMessage, UserNotice } from '../../core/escalation/notifier.ts';
import type { ReplyAction } from '../../core/reply/reply.ts';
import { clip } from '../../core/text/clip.ts';
import { unlinkable } from '../../core/text/unlinkable.ts';
import type { SlackMessage } from '../message.ts';
import { escapeMrkdwn } from '../render/mrkdwn.ts';

const sectionMax = 3000;

/**
 * Makes text from a requester or agent inert in mrkdwn: `&`, `<`, `>` escaped (no links, no `<@U…>` or
 * `<!here>` mentions), formatting markers that could bold or strike a line replaced by look-alikes (a
 * user's line cannot pose as the card's status), and a word joiner after `@` so a pasted "@channel"
 * stays text: the renderer's one escaping. Then bare URLs and domain-looking words are made unlinkable
 * (the escaping shared with Teams), so a requester cannot plant a clickable address in the support channel.
 */
export function inert(text: string): string {
  return unlinkable(escapeMrkdwn(text));
}

function plain(text: string, max = 75): types.PlainTextElement {
  return { type: 'plain_text', text: clip(text, max) || ' ', emoji: true };
}

/**
 * `verbatim` stops Slack's own pass that links URLs, channel names and mentions it finds in plain text
 * (documented for text objects); the card's own markup (`*bold*`) still renders.
 */
function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

function mrkdwnSection(text: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(clip(text, sectionMax) || ' ') };
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

export function caseButton(action: ReplyAction, n: number): types.Button {
  return {
    type: 'button',
    action_id: `ieb:${action.payload.type}:${n}`,
    text: plain(action.label),
    value: JSON.stringify(action.payload),
    ...(action.style === 'positive' ? { style: 'primary' as const } : {}),
    ...(action.style === 'destructive' ? { style: 'danger' as const } : {}),
  };
}

/** The case card in the support channel: who, what, what was tried, what was said, Claim / Resolve. */
export function renderCaseBlocks(card: CaseCard): SlackMessage {
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: plain(card.heading, 150) },
    mrkdwnSection(`*${inert(card.statusText)}*\n${quote(inert(card.summary))}`),
    {
      type: 'section',
      fields: card.facts
        .slice(0, 10)
        .map((f) => mrkdwn(clip(`*${inert(f.label)}*\n${inert(f.value)}`, 2000))),
    },
  ];
  if (card.answers.length) {
    const lines = card.answers.map((a) => `• *${inert(a.label)}:* ${inert(a.value)}`);
    blocks.push(mrkdwnSection(`*${inert(card.answersTitle)}*\n${lines.join('\n')}`));
  }
  blocks.push(
    mrkdwnSection(`*${inert(card.triedTitle)}*\n${card.tried.map((x) => `• ${inert(x)}`).join('\n')}`),
  );
  if (card.transcript.length) {
    const lines = card.transcript.map((l) => `*${inert(l.who)}:* ${inert(l.text)}`);
    blocks.push(mrkdwnSection(`*${inert(card.transcriptTitle)}*\n${lines.join('\n')}`));
  }
  if (card.actions.length) {
    blocks.push({ type: 'actions', block_id: `case-${card.caseId}`, elements: card.actions.map(caseButton) });
  }
  return { text: clip(inert(card.fallbackText), 3900), blocks };
}

/** A line in the case thread: the author in bold, their words escaped. */
export function renderThreadMessage(message: ThreadMessage): SlackMessage {
  const body = message.author ? `*${inert(message.author)}:* ${inert(message.text)}` : inert(message.text);
  return { text: clip(body, 3900), blocks: [mrkdwnSection(body)] };
}

/** A notice to the requester, with the satisfaction buttons when it asks. */
export function renderUserNotice(notice: UserNotice): SlackMessage {
  const message = renderThreadMessage(notice);
  if (notice.actions?.length) {
    message.blocks.push({ type: 'actions', elements: notice.actions.map(caseButton) });
  }
  return message;
}
