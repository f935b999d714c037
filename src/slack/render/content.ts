import type { Block, NoteLevel, RichText, Step } from '../../core/knowledge/entry.ts';
import type { ResolutionLabels } from '../../core/reply/reply.ts';
import { slackLimits } from './limits.ts';
import { escapeEntities, escapeMrkdwn, link, richTextToMrkdwn, richTextToPlain } from './mrkdwn.ts';

/**
 * Content is turned into "units": mrkdwn strings that should stay together (a step with its sub-steps,
 * a note, a table). Sections are packed from whole units, so a split falls between steps.
 */
export type Unit = string;

const noteIcons: Record<NoteLevel, string> = {
  note: ':information_source:',
  tip: ':bulb:',
  important: ':exclamation:',
  warning: ':warning:',
  caution: ':no_entry:',
};

const letter = (i: number): string => (i < 26 ? String.fromCharCode(97 + i) : String(i + 1));
const indentOf = (depth: number): string => '\u2003'.repeat(depth * 2);

/** One unit per step: number, text, sub-steps (lettered, indented) and the step's own blocks. */
export function stepUnits(
  steps: Step[],
  labels: ResolutionLabels,
  marker: (i: number) => string = (i) => `${i + 1}.`,
): Unit[] {
  return steps.map((step, i) => stepLines(step, labels, marker(i), 0).join('\n'));
}

function stepLines(step: Step, labels: ResolutionLabels, marker: string, depth: number): string[] {
  const lines = [`${indentOf(depth)}${marker} ${richTextToMrkdwn(step.text)}`];
  step.substeps.forEach((sub, i) => {
    lines.push(...stepLines(sub, labels, `${letter(i)}.`, depth + 1));
  });
  for (const unit of blockUnits(step.blocks, labels)) lines.push(unit);
  return lines;
}

export function blockUnits(blocks: Block[], labels: ResolutionLabels): Unit[] {
  return blocks.flatMap((block) => blockUnit(block, labels));
}

function blockUnit(block: Block, labels: ResolutionLabels): Unit[] {
  switch (block.kind) {
    case 'paragraph':
      return block.text.length > 0 ? [richTextToMrkdwn(block.text)] : [];
    case 'note': {
      const head = `${noteIcons[block.level]} *${escapeMrkdwn(labels[block.level])}*`;
      return [[head, ...block.paragraphs.map(richTextToMrkdwn)].map((line) => `> ${line}`).join('\n')];
    }
    case 'list':
      return stepUnits(block.items, labels, block.ordered ? (i) => `${i + 1}.` : () => '•');
    case 'table':
      return [tableUnit(block.header, block.rows)];
    case 'code':
      return codeUnits(block.code);
    case 'image': {
      const alt = block.alt.trim() || block.src.split('/').at(-1) || block.src;
      return [`:frame_with_picture: ${link(block.src, alt)}`];
    }
  }
}

/** A code block; `` ` `` inside would end it, so it becomes a look-alike. Long logs split at line ends. */
export function codeUnits(code: string, max: number = slackLimits.sectionText): Unit[] {
  const fence = '```';
  const lines = escapeEntities(code).replace(/`/g, '\u02CB').replace(/\s+$/, '').split(/\r?\n/);
  const room = max - 2 * fence.length - 2;
  const parts: string[][] = [[]];
  let size = 0;
  for (const line of lines.flatMap((l) => chunk(l, room))) {
    const current = parts.at(-1) ?? [];
    if (current.length > 0 && size + line.length + 1 > room) {
      parts.push([line]);
      size = line.length;
    } else {
      current.push(line);
      size += line.length + 1;
    }
  }
  return parts.map((p) => `${fence}\n${p.join('\n')}\n${fence}`);
}

const chunk = (line: string, size: number): string[] =>
  line.length <= size ? [line] : (line.match(new RegExp(`[^]{1,${size}}`, 'g')) ?? [line]);

// East Asian wide characters take two columns in a monospace block.
const wide =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/gu;
const widthOf = (s: string): number => [...s].length + (s.match(wide)?.length ?? 0);

/** Narrow tables as aligned columns in a code block; wide ones (or with links) as "Header: value" lines. */
const maxTableWidth = 72;

function tableUnit(header: RichText[], rows: RichText[][]): Unit {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const cells = (row: RichText[]): RichText[] => Array.from({ length: width }, (_, i) => row[i] ?? []);
  const plainRows = [header, ...rows].map((r) =>
    cells(r).map((c) => richTextToPlain(c).replace(/\s+/g, ' ').trim()),
  );
  const colWidths = Array.from({ length: width }, (_, c) =>
    Math.max(...plainRows.map((r) => widthOf(r[c] ?? ''))),
  );
  const total = colWidths.reduce((a, b) => a + b + 3, 0);
  const hasLinks = [header, ...rows].some((r) => r.some((c) => c.some((run) => run.href)));
  if (total <= maxTableWidth && !hasLinks) {
    const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - widthOf(s)));
    const line = (r: string[]): string =>
      r
        .map((s, c) => pad(s, colWidths[c] ?? 0))
        .join(' | ')
        .trimEnd();
    const rule = colWidths.map((w) => '-'.repeat(w)).join('-+-');
    const [head = [], ...body] = plainRows;
    return codeUnits([line(head), rule, ...body.map(line)].join('\n'))[0] ?? '';
  }
  return rows
    .map((row) =>
      cells(row)
        .map((value, c) => {
          const label = escapeMrkdwn(richTextToPlain(header[c] ?? []).trim());
          return label ? `*${label}:* ${richTextToMrkdwn(value)}` : richTextToMrkdwn(value);
        })
        .join('\n'),
    )
    .join('\n\n');
}

/** Splits text longer than `max` at the last line break or space before it; never inside a word. */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let at = window.lastIndexOf('\n');
    if (at < max / 2) at = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\u3000'));
    if (at < max / 4) at = /[\uD800-\uDBFF]/.test(rest.charAt(max - 1)) ? max - 1 : max; // no space at all (CJK)
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^[ \n]+/, '');
  }
  if (rest.length > 0) out.push(rest);
  return out;
}

/** Packs units into section texts of at most `max` characters, in order, splitting only oversized units. */
export function packUnits(units: Unit[], max: number = slackLimits.sectionText): string[] {
  const sections: string[] = [];
  let current = '';
  for (const unit of units.flatMap((u) => (u.length > max ? splitText(u, max) : [u]))) {
    if (current && current.length + 1 + unit.length > max) {
      sections.push(current);
      current = unit;
    } else current = current ? `${current}\n${unit}` : unit;
  }
  if (current) sections.push(current);
  return sections;
}
