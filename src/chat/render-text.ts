import type { Block, NoteLevel, RichText, Step } from '../core/knowledge/entry.ts';
import type { ActionPayload } from '../core/reply/actions.ts';
import type {
  Reply,
  ReplyAction,
  ResolutionLabels,
  ResolutionReply,
  ResolvedCause,
} from '../core/reply/reply.ts';
import { stripControlChars } from '../core/text/clip.ts';

/** The reply as terminal text, plus the payloads behind the numbers shown (`1)` = actions[0]). */
export type TextRender = { text: string; actions: ActionPayload[] };

// Escape sequences in pasted text could recolour or clear the user's terminal: control characters go.
const clean = (text: string): string => stripControlChars(text.replace(/\r\n?/g, '\n'));

/** Inline text: links as "text (url)", code in backticks, emphasis dropped. */
function inline(text: RichText): string {
  return clean(
    text
      .map((run) => {
        const body = run.style === 'code' ? `\`${run.text}\`` : run.text;
        return run.href && run.href !== run.text ? `${body} (${run.href})` : body;
      })
      .join(''),
  );
}

const indent = (lines: string[], by: string): string[] => lines.map((l) => (l ? `${by}${l}` : l));

function stepLines(steps: Step[], labels: ResolutionLabels, marker: (i: number) => string): string[] {
  return steps.flatMap((step, i) => {
    const head = `${marker(i)} `;
    const pad = ' '.repeat(head.length);
    const sub = stepLines(step.substeps, labels, (j) => `${String.fromCharCode(97 + (j % 26))}.`);
    return [head + inline(step.text), ...indent([...sub, ...blockLines(step.blocks, labels)], pad)];
  });
}

function blockLines(blocks: Block[], labels: ResolutionLabels): string[] {
  return blocks.flatMap((block) => blockLine(block, labels));
}

function blockLine(block: Block, labels: ResolutionLabels): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [inline(block.text)];
    case 'note':
      return noteLines(block.level, block.paragraphs, labels);
    case 'list':
      return stepLines(block.items, labels, block.ordered ? (i) => `${i + 1}.` : () => '-');
    case 'table':
      return tableLines(block.header, block.rows);
    case 'code':
      return indent(clean(block.code).replace(/\s+$/, '').split('\n'), '    ');
    case 'image':
      return [`[${clean(block.alt)}] ${clean(block.src)}`];
  }
}

function noteLines(level: NoteLevel, paragraphs: RichText[], labels: ResolutionLabels): string[] {
  const [first = '', ...rest] = paragraphs.map(inline);
  return indent([`${labels[level]}: ${first}`, ...rest], '| ');
}

function tableLines(header: RichText[], rows: RichText[][]): string[] {
  const all = [header, ...rows].map((r) => r.map((c) => inline(c).replace(/\s+/g, ' ').trim()));
  const width = Math.max(...all.map((r) => r.length));
  const cols = Array.from({ length: width }, (_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]): string =>
    cols
      .map((w, c) => (r[c] ?? '').padEnd(w))
      .join(' | ')
      .trimEnd();
  const [head = [], ...body] = all;
  return [line(head), cols.map((w) => '-'.repeat(w)).join('-+-'), ...body.map(line)];
}

function causeLines(cause: ResolvedCause, labels: ResolutionLabels): string[] {
  const lines = cause.heading ? [`${clean(cause.heading)}: ${inline(cause.summary)}`.trimEnd()] : [];
  if (cause.rankReason) lines.push(`  (${clean(cause.rankReason)})`);
  lines.push(...blockLines(cause.intro, labels));
  if (cause.steps.length > 0)
    lines.push(
      `${clean(cause.stepsTitle ?? labels.steps)}:`,
      ...indent(
        stepLines(cause.steps, labels, (i) => `${i + 1}.`),
        '  ',
      ),
    );
  for (const alt of cause.alternatives) {
    lines.push('', `${clean(alt.title)}:`, ...blockLines(alt.intro, labels));
    lines.push(
      ...indent(
        stepLines(alt.steps, labels, (i) => `${i + 1}.`),
        '  ',
      ),
    );
  }
  lines.push(...blockLines(cause.outro, labels));
  return lines;
}

/** Numbered choices: `1) label`, in the order of the returned payloads. */
function numbered(actions: ReplyAction[], start: number): string[] {
  return actions.map((a, i) => `${start + i + 1}) ${clean(a.label)}`);
}

function resolutionLines(reply: ResolutionReply): string[] {
  const { labels } = reply;
  const title = clean(reply.title);
  const lines = [title, '='.repeat(Math.min(title.length, 72)), clean(reply.why)];
  if (reply.codes.length > 0) lines.push(`${labels.codes}: ${clean(reply.codes.join(', '))}`);
  if (reply.fallbackNotice) lines.push(`! ${clean(reply.fallbackNotice)}`);
  lines.push('', ...blockLines(reply.intro, labels));
  const [first, ...others] = reply.causes;
  if (first) lines.push(...causeLines(first, labels));
  if (reply.evidence.length > 0) lines.push('', ...blockLines(reply.evidence, labels));
  if (others.length > 0) {
    lines.push('', `${labels.moreCauses}:`);
    for (const cause of others) lines.push('', ...indent(causeLines(cause, labels), '  '));
  }
  lines.push(
    '',
    `${labels.openInLearn}: ${clean(reply.learnUrl)}`,
    '',
    numbered(reply.actions, 0).join('   '),
  );
  return lines;
}

/** Renders any reply for the terminal chat: cards as readable text, every choice and button numbered. */
export function renderText(reply: Reply): TextRender {
  switch (reply.kind) {
    case 'text':
      return { text: `${reply.tone === 'warning' ? '! ' : ''}${clean(reply.text)}`, actions: [] };
    case 'question': {
      if (reply.answered !== undefined)
        return { text: `${clean(reply.prompt)} ✓ ${clean(reply.answered)}`, actions: [] };
      const actions = [...reply.choices, reply.skip];
      const lines = [clean(reply.prompt)];
      if (reply.hint) lines.push(`  ${clean(reply.hint)}`);
      lines.push(...numbered(actions, 0));
      return { text: lines.join('\n'), actions: actions.map((a) => a.payload) };
    }
    case 'choose-entry': {
      const lines = [clean(reply.prompt)];
      reply.options.forEach((o, i) => {
        lines.push(`${i + 1}) ${clean(o.title)}`, `   ${clean(o.why)}`);
      });
      lines.push(...numbered([reply.none], reply.options.length));
      return {
        text: lines.join('\n'),
        actions: [...reply.options.map((o) => o.action.payload), reply.none.payload],
      };
    }
    case 'resolution': {
      const text = resolutionLines(reply)
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
      return { text, actions: reply.actions.map((a) => a.payload) };
    }
  }
}
