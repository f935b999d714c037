import type { Blockquote, Code, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import type { Block, NoteLevel, RichText, Step } from './entry.ts';
import { plainText, toRichText } from './inline.ts';
import { type LinkContext, resolveHref } from './links.ts';

/**
 * Converts a run of mdast block nodes to neutral blocks. Headings are the caller's business;
 * HTML (comments, anchors) and thematic breaks are dropped.
 */
export function toBlocks(nodes: readonly RootContent[], ctx: LinkContext): Block[] {
  const blocks: Block[] = [];
  for (const node of mergeSplitLists(nodes)) blocks.push(...toBlock(node, ctx));
  return mergeSplitNotes(blocks);
}

function toBlock(node: RootContent, ctx: LinkContext): Block[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphBlocks(node, ctx);
    case 'blockquote':
      return [noteBlock(node, ctx)];
    case 'list':
      return [{ kind: 'list', ordered: node.ordered === true, items: toSteps(node, ctx) }];
    case 'table':
      return [tableBlock(node, ctx)];
    case 'code':
      return [codeBlock(node)];
    case 'heading': {
      const text = toRichText(node.children, ctx).map((r) => ({ ...r, style: r.style ?? ('bold' as const) }));
      return text.length ? [{ kind: 'paragraph', text }] : [];
    }
    default:
      return [];
  }
}

/** A paragraph made only of images becomes image blocks (alt text kept); anything else is text. */
function paragraphBlocks(node: Paragraph, ctx: LinkContext): Block[] {
  const meaningful = node.children.filter(
    (c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'html',
  );
  if (meaningful.length > 0 && meaningful.every((c) => c.type === 'image')) {
    return meaningful.map((img) => ({
      kind: 'image',
      alt: img.type === 'image' ? (img.alt ?? '') : '',
      src: img.type === 'image' ? (resolveHref(img.url, ctx) ?? img.url) : '',
    }));
  }
  const text = toRichText(node.children, ctx);
  return text.length ? [{ kind: 'paragraph', text }] : [];
}

/** The DocFX markers `[!NOTE]`… and the older `**Note**` lead-in both name the callout level. */
const markerRe = /^\s*\[!(NOTE|IMPORTANT|WARNING|TIP|CAUTION)\]\s*(?:>\s*)?/i;
const leadInRe = /^(note|important|warning|tip|caution)\s*:?$/i;

function noteBlock(node: Blockquote, ctx: LinkContext): Block {
  let level: NoteLevel = 'note';
  const paragraphs: RichText[] = [];
  for (const child of node.children) {
    if (child.type !== 'paragraph') {
      for (const block of toBlock(child, ctx)) paragraphs.push(...blockText(block));
      continue;
    }
    let phrasing: PhrasingContent[] = child.children;
    const first = phrasing[0];
    if (paragraphs.length === 0 && first?.type === 'text' && markerRe.test(first.value)) {
      level = (markerRe.exec(first.value)?.[1]?.toLowerCase() ?? 'note') as NoteLevel;
      phrasing = [{ ...first, value: first.value.replace(markerRe, '') }, ...phrasing.slice(1)];
    } else if (
      paragraphs.length === 0 &&
      first?.type === 'strong' &&
      leadInRe.test(plainOf(first.children))
    ) {
      level = (leadInRe.exec(plainOf(first.children))?.[1]?.toLowerCase() ?? 'note') as NoteLevel;
      const rest = phrasing.slice(1);
      const head = rest[0];
      if (head?.type === 'text') rest[0] = { ...head, value: head.value.replace(/^\s*:?\s*/, '') };
      phrasing = rest;
    }
    const text = toRichText(phrasing, ctx);
    if (text.length) paragraphs.push(text);
  }
  return { kind: 'note', level, paragraphs };
}

function plainOf(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plainOf(n.children) : '')).join('');
}

function blockText(block: Block): RichText[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'note':
      return block.paragraphs;
    case 'list':
      return block.items.map((s) => s.text);
    case 'code':
      return [[{ text: block.code, style: 'code' }]];
    case 'image':
      return block.alt ? [[{ text: block.alt }]] : [];
    case 'table':
      return block.rows.map((row) => row.flatMap((cell, i) => (i ? [{ text: ' | ' }, ...cell] : cell)));
  }
}

/**
 * `> [!NOTE]`, a blank line, then `> text` parses as two quotes: the first holding only the marker.
 * Such an empty note takes the paragraphs of the quote that follows.
 */
function mergeSplitNotes(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    if (block.kind === 'note' && prev?.kind === 'note' && prev.paragraphs.length === 0) {
      prev.paragraphs.push(...block.paragraphs);
      continue;
    }
    out.push(block);
  }
  return out.filter((b) => b.kind !== 'note' || b.paragraphs.length > 0);
}

function tableBlock(node: Table, ctx: LinkContext): Block {
  const [head, ...rows] = node.children;
  const cells = (row: Table['children'][number] | undefined) =>
    (row?.children ?? []).map((cell) => toRichText(cell.children, ctx));
  return { kind: 'table', header: cells(head), rows: rows.map(cells) };
}

/** Some fences carry their language on the first line (```` ``` ```` then `asciidoc`): move it back. */
const languageLineRe = /^(asciidoc|console|powershell|cmd|bash|shell|text|json|xml|sql|log)\r?\n/i;
function codeBlock(node: Code): Block {
  if (!node.lang && languageLineRe.test(node.value)) {
    const language = languageLineRe.exec(node.value)?.[1]?.toLowerCase();
    return { kind: 'code', language, code: node.value.replace(languageLineRe, '') };
  }
  return node.lang
    ? { kind: 'code', language: node.lang, code: node.value }
    : { kind: 'code', code: node.value };
}

/** The items of a list as steps: the first paragraph is the step, the first nested list its sub-steps. */
export function toSteps(list: List, ctx: LinkContext): Step[] {
  return list.children.map((item) => toStep(item, ctx));
}

function toStep(item: ListItem, ctx: LinkContext): Step {
  const children = mergeSplitLists(item.children);
  let text: RichText = [];
  let substeps: Step[] = [];
  const rest: RootContent[] = [];
  for (const [i, child] of children.entries()) {
    if (i === 0 && child.type === 'paragraph' && !isImageOnly(child)) text = toRichText(child.children, ctx);
    else if (child.type === 'list' && substeps.length === 0) substeps = toSteps(child, ctx);
    else rest.push(child);
  }
  return { text, substeps, blocks: toBlocks(rest, ctx) };
}

function isImageOnly(node: Paragraph): boolean {
  const meaningful = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return meaningful.length > 0 && meaningful.every((c) => c.type === 'image');
}

/**
 * An image or note indented less than its list item ends the list, and the next item starts a new
 * list numbered where the last one stopped. Those lists are joined again, the blocks between them
 * kept with the item they follow.
 */
export function mergeSplitLists<T extends RootContent>(nodes: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i] as T;
    i += 1;
    if (node.type !== 'list' || !node.ordered) {
      out.push(node);
      continue;
    }
    const list: List = { ...node, children: [...node.children] };
    for (;;) {
      let j = i;
      while (j < nodes.length && isAttachable(nodes[j] as RootContent)) j += 1;
      const next = nodes[j] as RootContent | undefined;
      const expected = (list.start ?? 1) + list.children.length;
      if (j === i || next?.type !== 'list' || !next.ordered || next.start !== expected) break;
      const last = list.children.at(-1) as ListItem;
      list.children[list.children.length - 1] = {
        ...last,
        children: [...last.children, ...(nodes.slice(i, j) as ListItem['children'])],
      };
      list.children.push(...next.children);
      i = j + 1;
    }
    // A screenshot right after the last item belongs to it as much as those between items.
    while (i < nodes.length && isImageParagraph(nodes[i] as RootContent)) {
      const last = list.children.at(-1) as ListItem;
      list.children[list.children.length - 1] = {
        ...last,
        children: [...last.children, nodes[i] as Paragraph],
      };
      i += 1;
    }
    out.push(list as T);
  }
  return out;
}

function isAttachable(node: RootContent): boolean {
  return node.type === 'blockquote' || node.type === 'code' || isImageParagraph(node);
}

function isImageParagraph(node: RootContent): boolean {
  return node.type === 'paragraph' && isImageOnly(node);
}

/** Plain text of a step (its own text, not its sub-steps). */
export function stepText(step: Step): string {
  return plainText(step.text);
}
