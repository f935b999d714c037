import type { Block, NoteLevel, RichText, Step } from '../../core/knowledge/entry.ts';
import type { ResolutionLabels } from '../../core/reply/reply.ts';
import type {
  CardElement,
  ColumnSet,
  Container,
  ContainerStyle,
  ShowCardAction,
  Table,
  TextBlock,
} from './card-types.ts';
import { cleanText, escapeMarkdown, richTextToMarkdown, safeHref } from './markdown.ts';
import type { CardStrings } from './strings.ts';

/**
 * How deep we are in collapsed sections: at the top level long tables and logs fold into
 * Action.ShowCard; inside a ShowCard they are shown inline (nested ShowCards are awkward on mobile).
 */
export type RenderContext = {
  labels: ResolutionLabels;
  strings: CardStrings;
  depth: number;
  /** Steps as single text blocks instead of indented columns: a third of the bytes, same content. */
  compact?: boolean;
};

/** A code block longer than this (or with more lines) folds away at the top level. */
const longCode = { chars: 240, lines: 3 };

const noteStyles: Record<NoteLevel, ContainerStyle> = {
  note: 'emphasis',
  tip: 'good',
  important: 'warning',
  warning: 'attention',
  caution: 'attention',
};

export function textBlock(text: string, extra: Partial<Omit<TextBlock, 'type' | 'text'>> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

export function richBlock(text: RichText, extra: Partial<Omit<TextBlock, 'type' | 'text'>> = {}): TextBlock {
  return textBlock(richTextToMarkdown(text), extra);
}

/** A ShowCard wrapped in its own ActionSet, so it unfolds in place, right where it belongs. */
export function foldedSection(title: string, body: CardElement[]): CardElement {
  const action: ShowCardAction = { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body } };
  return { type: 'ActionSet', actions: [action] };
}

/** Numbered (or bulleted) items with a hanging indent: the marker column stays left of wrapped lines. */
export function renderSteps(steps: Step[], ctx: RenderContext, marker: (i: number) => string): CardElement[] {
  if (ctx.compact) {
    return steps.flatMap((step, i) => [
      textBlock(`**${marker(i)}** ${richTextToMarkdown(step.text)}`, { spacing: 'Small' }),
      ...renderSteps(step.substeps, ctx, letterMarker),
      ...renderBlocks(step.blocks, ctx),
    ]);
  }
  return steps.map(
    (step, i): ColumnSet => ({
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [
        { type: 'Column', width: 'auto', items: [textBlock(`**${marker(i)}**`)] },
        { type: 'Column', width: 'stretch', items: stepBody(step, ctx) },
      ],
    }),
  );
}

function stepBody(step: Step, ctx: RenderContext): CardElement[] {
  const items: CardElement[] = [richBlock(step.text)];
  if (step.substeps.length > 0) items.push(...renderSteps(step.substeps, ctx, letterMarker));
  items.push(...renderBlocks(step.blocks, ctx));
  return items;
}

export const numberMarker = (i: number): string => `${i + 1}.`;
const letterMarker = (i: number): string => (i < 26 ? `${String.fromCharCode(97 + i)}.` : `${i + 1}.`);
const bulletMarker = (): string => '•';

export function renderBlocks(blocks: Block[], ctx: RenderContext): CardElement[] {
  return blocks.flatMap((block) => renderBlock(block, ctx));
}

function renderBlock(block: Block, ctx: RenderContext): CardElement[] {
  switch (block.kind) {
    case 'paragraph':
      return block.text.length > 0 ? [richBlock(block.text)] : [];
    case 'note':
      return [renderNote(block.level, block.paragraphs, ctx)];
    case 'list':
      return renderSteps(block.items, ctx, block.ordered ? numberMarker : bulletMarker);
    case 'table': {
      const table = renderTable(block.header, block.rows);
      return ctx.depth === 0 ? [foldedSection(ctx.strings.showTable, [table])] : [table];
    }
    case 'code': {
      const code = renderCode(block.code);
      const lines = block.code.split('\n').length;
      const long = block.code.length > longCode.chars || lines > longCode.lines;
      return ctx.depth === 0 && long ? [foldedSection(ctx.strings.showLog, [code])] : [code];
    }
    case 'image':
      return renderImage(block.alt, block.src);
  }
}

function renderNote(level: NoteLevel, paragraphs: RichText[], ctx: RenderContext): Container {
  return {
    type: 'Container',
    style: noteStyles[level],
    items: [
      textBlock(`**${escapeMarkdown(ctx.labels[level])}**`, { spacing: 'None' }),
      ...paragraphs.map((p) => richBlock(p, { spacing: 'Small' })),
    ],
  };
}

/**
 * A Table (1.5) with a 1.2 fallback for Teams mobile: one stacked "Header: value" group per row,
 * so every cell stays readable on a narrow screen.
 */
export function renderTable(header: RichText[], rows: RichText[][]): Table {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const pad = (cells: RichText[]): RichText[] => Array.from({ length: width }, (_, i) => cells[i] ?? []);
  const cell = (text: RichText, bold: boolean) => ({
    type: 'TableCell' as const,
    items: [richBlock(text, bold ? { weight: 'Bolder' as const } : {})],
  });
  const fallback: Container = {
    type: 'Container',
    items: rows.map((row, r) => ({
      type: 'Container' as const,
      separator: r > 0,
      items: pad(row).map((value, c) => {
        const label = richTextToMarkdown(header[c] ?? []);
        const text = richTextToMarkdown(value);
        return textBlock(label ? `**${label}:** ${text}` : text, { spacing: 'None' });
      }),
    })),
  };
  return {
    type: 'Table',
    columns: Array.from({ length: width }, () => ({ width: 1 })),
    firstRowAsHeader: header.length > 0,
    showGridLines: true,
    rows: [...(header.length > 0 ? [header] : []), ...rows].map((row, r) => ({
      type: 'TableRow' as const,
      cells: pad(row).map((text) => cell(text, r === 0 && header.length > 0)),
    })),
    fallback,
  };
}

/** Logs and code in monospace, one TextBlock per line (markdown would join single newlines). */
export function renderCode(code: string): Container {
  const lines = cleanText(code).replace(/\s+$/, '').split(/\r?\n/);
  return {
    type: 'Container',
    style: 'emphasis',
    items: lines.map((line) =>
      textBlock(line.trim() === '' ? ' ' : escapeMarkdown(line), {
        fontType: 'Monospace',
        size: 'Small',
        spacing: 'None',
      }),
    ),
  };
}

function renderImage(alt: string, src: string): CardElement[] {
  const url = safeHref(src);
  if (url?.startsWith('https:')) return [{ type: 'Image', url, altText: cleanText(alt), size: 'Auto' }];
  return alt.trim() ? [textBlock(escapeMarkdown(alt), { isSubtle: true })] : [];
}
