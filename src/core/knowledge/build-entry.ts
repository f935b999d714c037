import type { RootContent } from 'mdast';
import type { ParsedArticle, Section } from './article.ts';
import { toBlocks } from './blocks.ts';
import type { Block, Cause, RichText, Step } from './entry.ts';
import { plainText, toRichText } from './inline.ts';
import { isResolutionHeading, readLabel, textOf } from './labels.ts';
import type { LinkContext } from './links.ts';

/** What an article section says, before the compiler adds the link, the date and the locale flags. */
export type SectionContent = { title: string; intro: Block[]; causes: Cause[] };

/** A stretch of resolution text: untitled (the main steps) or titled ("Resolution #2", a sub-heading). */
type Part = { title?: string; nodes: RootContent[] };
type Draft = { summary: RichText; parts: Part[] };

/**
 * Reads one entry section. Every `**Cause:**` paragraph opens a cause (`c1`, `c2`… in document
 * order); `#### Resolution` headings only mark where its steps begin; `**Issue:**` text and whatever
 * precedes the first cause is the entry's intro; `**Resolution #n:**` paragraphs and sub-headings
 * open alternatives. An entry without any cause paragraph gets one cause with an empty summary.
 */
export function buildSection(section: Section, article: ParsedArticle, ctx: LinkContext): SectionContent {
  const introNodes: RootContent[] = [];
  const drafts: Draft[] = [];
  const current = (): Draft => {
    let draft = drafts.at(-1);
    if (!draft) {
      draft = { summary: [], parts: [{ nodes: [] }] };
      drafts.push(draft);
    }
    return draft;
  };
  const lastPart = (): Part => current().parts.at(-1) as Part;
  const anchorOf = (node: RootContent) => article.headings.find((h) => h.node === node)?.anchor ?? '';

  for (const node of section.nodes) {
    if (node.type === 'html') continue;
    if (isResolutionHeading(node, anchorOf(node))) {
      current();
      continue;
    }
    if (node.type === 'heading') {
      current().parts.push({ title: textOf(node.children).trim(), nodes: [] });
      continue;
    }
    const label = readLabel(node);
    const rest: RootContent[] = label?.rest.length ? [{ type: 'paragraph', children: label.rest }] : [];
    if (label?.kind === 'cause') {
      drafts.push({ summary: toRichText(label.rest, ctx), parts: [{ nodes: [] }] });
    } else if (label?.kind === 'issue') {
      (drafts.length ? lastPart().nodes : introNodes).push(...rest);
    } else if (label?.kind === 'resolution') {
      lastPart().nodes.push(...rest);
    } else if (label?.kind === 'part') {
      current().parts.push({ title: label.title, nodes: rest });
    } else {
      (drafts.length ? lastPart().nodes : introNodes).push(node);
    }
  }
  if (drafts.length === 0) current();
  return {
    title: plainText(toRichText(section.heading.node.children, ctx)),
    intro: toBlocks(introNodes, ctx),
    causes: drafts.map((d, i) => toCause(d, `c${i + 1}`, ctx)),
  };
}

type Extracted = { intro: Block[]; steps: Step[]; outro: Block[] };

/**
 * Steps of a stretch of text: its numbered list; else a bullet list it opens with; else its first
 * paragraph (a one-sentence resolution such as "Disable MFA, and then re-enroll the device.").
 */
export function extractSteps(blocks: Block[]): Extracted {
  let at = blocks.findIndex((b) => b.kind === 'list' && b.ordered);
  if (at < 0 && blocks[0]?.kind === 'list') at = 0;
  if (at >= 0) {
    const list = blocks[at] as Extract<Block, { kind: 'list' }>;
    return { intro: blocks.slice(0, at), steps: list.items, outro: blocks.slice(at + 1) };
  }
  at = blocks.findIndex((b) => b.kind === 'paragraph');
  if (at < 0) return { intro: [], steps: [], outro: blocks };
  const para = blocks[at] as Extract<Block, { kind: 'paragraph' }>;
  return {
    intro: blocks.slice(0, at),
    steps: [{ text: para.text, substeps: [], blocks: [] }],
    outro: blocks.slice(at + 1),
  };
}

function toCause(draft: Draft, id: string, ctx: LinkContext): Cause {
  const [main = { nodes: [] }, ...titled] = draft.parts;
  const mainBlocks = toBlocks(main.nodes, ctx);
  const hasList = mainBlocks.some((b) => b.kind === 'list');
  if (titled.length === 0 || (hasList && mainBlocks.length > 0)) {
    const own = extractSteps(mainBlocks);
    const cause: Cause = {
      id,
      summary: draft.summary,
      intro: own.intro,
      steps: own.steps,
      alternatives: [],
      outro: [],
    };
    addAlternatives(cause, titled, ctx);
    cause.outro.unshift(...own.outro);
    return cause;
  }
  // No steps of their own: the text before the titled parts introduces them.
  const cause: Cause = {
    id,
    summary: draft.summary,
    intro: mainBlocks,
    steps: [],
    alternatives: [],
    outro: [],
  };
  if (titled.length === 1) {
    const only = extractSteps(toBlocks(titled[0]?.nodes ?? [], ctx));
    cause.intro.push(...only.intro);
    cause.steps = only.steps;
    cause.outro = only.outro;
    // The article's sub-heading ("Check how device was removed") stays where it stood, over the steps.
    const title = titled[0]?.title;
    if (title && only.steps.length > 0) cause.stepsTitle = title;
    return cause;
  }
  addAlternatives(cause, titled, ctx);
  return cause;
}

/**
 * Alternatives have no closing blocks of their own: a note right after an alternative's steps stays
 * with its last step, text after it introduces the next alternative; after the last one it closes the cause.
 */
function addAlternatives(cause: Cause, parts: Part[], ctx: LinkContext): void {
  let carry: Block[] = [];
  parts.forEach((part, i) => {
    const own = extractSteps(toBlocks(part.nodes, ctx));
    cause.alternatives.push({ title: part.title ?? '', intro: [...carry, ...own.intro], steps: own.steps });
    carry = own.outro;
    const last = own.steps.at(-1);
    if (last && i < parts.length - 1) {
      const notes = carry.findIndex((b) => b.kind !== 'note');
      const cut = notes < 0 ? carry.length : notes;
      last.blocks.push(...carry.slice(0, cut));
      carry = carry.slice(cut);
    }
  });
  cause.outro.push(...carry);
}
