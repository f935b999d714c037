import type { Heading, PhrasingContent, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extractCodes } from './codes.ts';
import type { Locale } from './entry.ts';
import { isResolutionHeading, readLabel, textOf } from './labels.ts';

/** One article file, parsed once: its front matter, its blocks and where each heading points. */
export type ParsedArticle = {
  slug: string;
  locale: Locale;
  file: string;
  /** `ms.date` as ISO `YYYY-MM-DD` (as written when it is not `MM/DD/YYYY`). */
  date: string;
  nodes: RootContent[];
  headings: HeadingRef[];
};

export type HeadingRef = { index: number; depth: number; anchor: string; node: Heading };

/** The part of an article that documents one entry. */
export type Section = { heading: HeadingRef; nodes: RootContent[] };

/** One row of an error-code table (`|Error code|Possible problem|Suggested resolution|`). */
export type ErrorRow = {
  key: string;
  /** Anchor of the heading above the table: the deep link of the row. */
  sectionAnchor: string;
  codes: string[];
  problem: PhrasingContent[];
  resolution: PhrasingContent[];
};

const processor = unified().use(remarkParse).use(remarkGfm);
const frontMatterRe = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseArticle(
  text: string,
  meta: { slug: string; locale: Locale; file: string },
): ParsedArticle {
  const fm = frontMatterRe.exec(text);
  const body = fm ? text.slice(fm[0].length) : text;
  const root = processor.parse(body);
  const nodes = root.children;
  return {
    ...meta,
    date: isoDate(frontMatterValue(fm?.[1] ?? '', 'ms.date')),
    nodes,
    headings: anchors(nodes),
  };
}

function frontMatterValue(yaml: string, key: string): string {
  const line = yaml.split(/\r?\n/).find((l) => l.startsWith(`${key}:`));
  return (line?.slice(key.length + 1) ?? '').trim().replace(/^['"]|['"]$/g, '');
}

function isoDate(value: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return m ? `${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}` : value;
}

/**
 * The id of each heading as the docs site builds it: an explicit `<a name="…">` wins (translations
 * carry the English anchor that way); otherwise the text, lower-cased, punctuation removed, each space
 * a hyphen, and a repeated id suffixed `-1`, `-2`… in document order.
 */
function anchors(nodes: readonly RootContent[]): HeadingRef[] {
  const seen = new Map<string, number>();
  const refs: HeadingRef[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const explicit = node.children
      .map((c) => (c.type === 'html' ? /<a\s+name=["']([^"']+)["']/i.exec(c.value)?.[1] : undefined))
      .find(Boolean);
    let anchor = explicit ?? slugify(textOf(node.children));
    if (!explicit) {
      const count = seen.get(anchor);
      seen.set(anchor, (count ?? -1) + 1);
      if (count !== undefined) anchor = `${anchor}-${count + 1}`;
    }
    refs.push({ index, depth: node.depth, anchor, node });
  });
  return refs;
}

export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * The blocks under the heading with `anchor`, up to the next heading of the same or a higher level.
 * A section that ends without any resolution takes the next sibling section when that one is not an
 * entry of its own: "Profile installation failed" (iOS) is followed by "Troubleshooting steps for
 * failed profile installation".
 */
export function findSection(
  article: ParsedArticle,
  anchor: string,
  isEntryAnchor: (anchor: string) => boolean,
): Section | undefined {
  const at = article.headings.findIndex((h) => h.anchor === anchor);
  const heading = article.headings[at];
  if (!heading) return undefined;
  const end = nextSibling(article, at);
  let nodes = article.nodes.slice(heading.index + 1, end?.ref.index ?? article.nodes.length);
  if (
    end &&
    end.ref.depth === heading.depth &&
    !isEntryAnchor(end.ref.anchor) &&
    !hasResolution(article, nodes)
  ) {
    const after = nextSibling(article, end.pos);
    nodes = article.nodes.slice(heading.index + 1, after?.ref.index ?? article.nodes.length);
  }
  return { heading, nodes };
}

function nextSibling(article: ParsedArticle, pos: number): { ref: HeadingRef; pos: number } | undefined {
  const depth = article.headings[pos]?.depth ?? 0;
  for (let p = pos + 1; p < article.headings.length; p += 1) {
    const ref = article.headings[p];
    if (ref && ref.depth <= depth) return { ref, pos: p };
  }
  return undefined;
}

function hasResolution(article: ParsedArticle, nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'list') return node.ordered === true;
    if (node.type === 'heading') {
      const ref = article.headings.find((h) => h.node === node);
      return isResolutionHeading(node, ref?.anchor ?? '');
    }
    const label = readLabel(node);
    return label !== undefined && label.kind !== 'issue' && label.kind !== 'cause';
  });
}

/** Rows of every table whose first column holds hex error codes, keyed `error-code-<first code>`. */
export function errorRows(article: ParsedArticle): Map<string, ErrorRow> {
  const rows = new Map<string, ErrorRow>();
  let sectionAnchor = '';
  for (const [index, node] of article.nodes.entries()) {
    if (node.type === 'heading')
      sectionAnchor = article.headings.find((h) => h.index === index)?.anchor ?? '';
    if (node.type !== 'table' || !isErrorTable(node)) continue;
    for (const row of node.children.slice(1)) {
      const [codeCell, problem, resolution] = row.children;
      const codes = extractCodes(textOf(codeCell?.children ?? []));
      const base = `error-code-${codes[0]?.toLowerCase()}`;
      let key = base;
      for (let n = 1; rows.has(key); n += 1) key = `${base}-${n}`;
      rows.set(key, {
        key,
        sectionAnchor,
        codes,
        problem: problem?.children ?? [],
        resolution: resolution?.children ?? [],
      });
    }
  }
  return rows;
}

function isErrorTable(table: Table): boolean {
  const body = table.children.slice(1);
  return (
    body.length > 0 &&
    (table.children[0]?.children.length ?? 0) >= 3 &&
    body.every((row) => /^\s*0x[0-9a-f]+/i.test(textOf(row.children[0]?.children ?? [])))
  );
}
