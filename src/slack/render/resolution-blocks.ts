import type { ResolutionReply, ResolvedCause } from '../../core/reply/reply.ts';
import type { SlackBlock, SlackButton, SlackMessage } from './block-types.ts';
import { blockUnits, splitText, stepUnits, type Unit } from './content.ts';
import {
  actionsBlocks,
  type ButtonCounter,
  blockTextLength,
  context,
  linkActionIdPrefix,
  nonEmpty,
  section,
} from './elements.ts';
import { messageTextBudget, slackLimits } from './limits.ts';
import {
  cleanText,
  emphasize,
  escapeMrkdwn,
  link,
  richTextToMrkdwn,
  richTextToPlain,
  safeHref,
  truncateWords,
} from './mrkdwn.ts';
import type { SlackStrings } from './strings.ts';

/** Body content in reading order: fixed blocks, or runs of units packed into sections. */
type Part = { kind: 'block'; block: SlackBlock } | { kind: 'units'; units: Unit[] };

const units = (list: Unit[]): Part[] => (list.length > 0 ? [{ kind: 'units', units: list }] : []);

function causeHeader(cause: ResolvedCause): Unit {
  const lines = cause.heading ? [`*${escapeMrkdwn(cause.heading)}*`] : [];
  if (cause.summary.length > 0) lines.push(richTextToMrkdwn(cause.summary));
  if (cause.rankReason) lines.push(emphasize(escapeMrkdwn(cause.rankReason), '_'));
  return lines.join('\n');
}

function causeParts(cause: ResolvedCause, reply: ResolutionReply): Part[] {
  const { labels } = reply;
  const header = causeHeader(cause);
  const parts: Part[] = [...units([...(header ? [header] : []), ...blockUnits(cause.intro, labels)])];
  if (cause.steps.length > 0) {
    const title = cause.stepsTitle ?? labels.steps;
    parts.push(...units([`*${escapeMrkdwn(title)}*`, ...stepUnits(cause.steps, labels)]));
  }
  for (const alt of cause.alternatives) {
    const altUnits = [
      `*${escapeMrkdwn(alt.title)}*`,
      ...blockUnits(alt.intro, labels),
      ...stepUnits(alt.steps, labels),
    ];
    parts.push(...units(altUnits));
  }
  parts.push(...units(blockUnits(cause.outro, labels)));
  return parts;
}

function headBlocks(reply: ResolutionReply): SlackBlock[] {
  const title = cleanText(reply.title).replace(/\s+/g, ' ').trim();
  const header = truncateWords(title, slackLimits.headerText);
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: nonEmpty(header), emoji: false } },
  ];
  // A title longer than a header holds is shortened there and given in full right below.
  if (header !== title)
    blocks.push(section(`*${escapeMrkdwn(truncateWords(title, slackLimits.sectionText - 2))}*`));
  const facts = [escapeMrkdwn(reply.why)];
  if (reply.codes.length > 0)
    facts.push(
      `${escapeMrkdwn(reply.labels.codes)}: ${reply.codes.map((c) => `\`${cleanText(c)}\``).join(', ')}`,
    );
  if (reply.fallbackNotice) facts.push(`:globe_with_meridians: ${escapeMrkdwn(reply.fallbackNotice)}`);
  blocks.push(context(facts.map((f) => truncateWords(f, slackLimits.sectionText))));
  return blocks;
}

/**
 * The Learn link as a link button beside the feedback buttons (a link button needs only an ack, so its
 * id is outside the `ieb:` payload namespace). A URL that is not a web link gets no button.
 */
function learnButton(reply: ResolutionReply, counter: ButtonCounter): SlackButton[] {
  const url = safeHref(reply.learnUrl);
  if (!url || url.length > slackLimits.buttonUrl) return [];
  const text = truncateWords(cleanText(reply.labels.openInLearn), slackLimits.buttonText);
  return [
    {
      type: 'button',
      action_id: `${linkActionIdPrefix}${counter.next++}`,
      text: { type: 'plain_text', text },
      url,
    },
  ];
}

function withLearn(actions: SlackBlock[], learn: SlackButton[]): SlackBlock[] {
  const last = actions.at(-1);
  if (last?.type === 'actions' && last.elements.length + learn.length <= slackLimits.actionsElements) {
    return [...actions.slice(0, -1), { ...last, elements: [...last.elements, ...learn] }];
  }
  return learn.length > 0 ? [...actions, { type: 'actions', elements: learn }] : actions;
}

function moreBlock(reply: ResolutionReply, strings: SlackStrings): SlackBlock {
  return context([
    `${emphasize(escapeMrkdwn(strings.continued), '_')} ${link(reply.learnUrl, reply.labels.openInLearn)}`,
  ]);
}

/** Adds body parts while the message stays within Slack's block count and text budget. */
function fill(
  parts: Part[],
  room: { blocks: number; text: number },
): { blocks: SlackBlock[]; complete: boolean } {
  const out: SlackBlock[] = [];
  let text = 0;
  const max = slackLimits.sectionText;
  const fits = (length: number): boolean => out.length + 1 <= room.blocks && text + length <= room.text;
  const add = (block: SlackBlock): void => {
    out.push(block);
    text += blockTextLength(block);
  };
  for (const part of parts) {
    if (part.kind === 'block') {
      if (!fits(blockTextLength(part.block))) return { blocks: out, complete: false };
      add(part.block);
      continue;
    }
    // Whole units are packed into sections; a section ends between units, never inside one.
    let current = '';
    const flush = (): void => {
      if (current) add(section(current));
      current = '';
    };
    for (const unit of part.units.flatMap((u) => (u.length > max ? splitText(u, max) : [u]))) {
      const candidate = current ? `${current}\n${unit}` : unit;
      if (candidate.length <= max && fits(candidate.length)) {
        current = candidate;
        continue;
      }
      if (candidate.length > max) {
        flush();
        if (fits(unit.length)) {
          current = unit;
          continue;
        }
      }
      flush();
      return { blocks: out, complete: false };
    }
    flush();
  }
  return { blocks: out, complete: true };
}

/**
 * The resolution as Block Kit: header, why, likely cause first with its reason, numbered steps split
 * between sections at step boundaries, the other causes after a divider, the Learn link and the
 * buttons. Content past Slack's limits is replaced by a note pointing to the article, never dropped silently.
 */
export function renderResolutionBlocks(reply: ResolutionReply, strings: SlackStrings): SlackMessage {
  const counter: ButtonCounter = { next: 0 };
  const head = headBlocks(reply);
  const tail = withLearn(actionsBlocks(reply.actions, counter), learnButton(reply, counter));
  const [first, ...others] = reply.causes;
  const body: Part[] = [...units(blockUnits(reply.intro, reply.labels))];
  if (first) body.push(...causeParts(first, reply));
  // The log the symptom quotes comes after the likely cause and its steps.
  body.push(...units(blockUnits(reply.evidence, reply.labels)));
  if (others.length > 0) {
    body.push({ kind: 'block', block: { type: 'divider' } });
    body.push(...units([`*${escapeMrkdwn(reply.labels.moreCauses)}*`]));
    for (const cause of others) body.push(...causeParts(cause, reply));
  }
  const more = moreBlock(reply, strings);
  const used = [...head, ...tail, more].reduce((n, b) => n + blockTextLength(b), 0);
  const room = {
    blocks: slackLimits.blocksPerMessage - head.length - tail.length - 1,
    text: messageTextBudget - used,
  };
  const filled = fill(body, room);
  const blocks = [...head, ...filled.blocks, ...(filled.complete ? [] : [more]), ...tail];
  return { text: notificationText(reply), blocks };
}

/** Top-level text: what notifications and screen readers show. */
function notificationText(reply: ResolutionReply): string {
  const cause = reply.causes[0] ? richTextToPlain(reply.causes[0].summary) : '';
  return nonEmpty(truncateWords(escapeMrkdwn([reply.title, cause].filter(Boolean).join(' — ')), 300));
}
