import type { PhrasingContent } from 'mdast';
import type { Inline, RichText } from './entry.ts';
import { type LinkContext, resolveHref } from './links.ts';

type Style = Inline['style'];

/** Inline code wins over bold, bold over italic: the neutral model holds one style per run. */
const rank: Record<NonNullable<Style>, number> = { italic: 1, bold: 2, code: 3 };
function stronger(a: Style, b: Style): Style {
  if (!a) return b;
  if (!b) return a;
  return rank[a] >= rank[b] ? a : b;
}

/**
 * Converts mdast phrasing content to neutral rich text: emphasis, code and links kept, HTML
 * (anchors, comments) dropped, soft line breaks folded to spaces, relative links made absolute.
 */
export function toRichText(nodes: readonly PhrasingContent[], ctx: LinkContext): RichText {
  const runs: Inline[] = [];
  const walk = (list: readonly PhrasingContent[], style: Style, href: string | undefined): void => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          push(runs, foldWhitespace(node.value), style, href);
          break;
        case 'inlineCode':
          push(runs, node.value, 'code', href);
          break;
        case 'strong':
          walk(node.children, stronger(style, 'bold'), href);
          break;
        case 'emphasis':
          walk(node.children, stronger(style, 'italic'), href);
          break;
        case 'delete':
          walk(node.children, style, href);
          break;
        case 'link':
          walk(node.children, style, resolveHref(node.url, ctx) ?? href);
          break;
        case 'linkReference':
          walk(node.children, style, href);
          break;
        case 'image':
          if (node.alt) push(runs, node.alt, style, href);
          break;
        case 'break':
          push(runs, ' ', style, href);
          break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(node.value)) push(runs, ' ', style, href);
          break;
        default:
          break;
      }
    }
  };
  walk(nodes, undefined, undefined);
  return trimRuns(runs);
}

/** Line breaks inside a paragraph are soft; a lazy `>` continuation marker is not text. */
export function foldWhitespace(value: string): string {
  return value.replace(/\s*\n\s*(?:>\s*)?/g, ' ').replace(/[ \t\u00a0]{2,}/g, ' ');
}

function push(runs: Inline[], text: string, style: Style, href: string | undefined): void {
  if (!text) return;
  const last = runs.at(-1);
  if (last && last.style === style && last.href === href) {
    last.text = foldWhitespace(last.text + text);
    return;
  }
  const run: Inline = { text };
  if (style) run.style = style;
  if (href) run.href = href;
  runs.push(run);
}

function trimRuns(runs: Inline[]): RichText {
  const first = runs[0];
  if (first) first.text = first.text.trimStart();
  const last = runs.at(-1);
  if (last) last.text = last.text.trimEnd();
  return runs.filter((r) => r.text.length > 0);
}

/** The text of rich text without styling, whitespace normalised. */
export function plainText(text: RichText): string {
  return text
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
