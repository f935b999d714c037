import type { RichText } from '../../core/knowledge/entry.ts';
import { mergeRuns } from '../../core/knowledge/rich-text.ts';
import { stripControlChars } from '../../core/text/clip.ts';

/** Removes control characters (binary junk pasted by a user); keeps newlines and tabs. */
export const cleanText = stripControlChars;

/**
 * Escapes text so the Teams markdown subset shows it literally: no emphasis, no link, no list.
 * Underscores inside words (`XPC_TYPE_ERROR`) are left alone: they cannot start emphasis there, and an
 * escape would show as a stray backslash on older mobile clients.
 */
export function escapeMarkdown(text: string): string {
  return cleanText(text)
    .replace(/[\\*[\]`~]/g, (c) => `\\${c}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

/** Escapes what markdown would read as a heading, quote, list or rule at the start of each line. */
export function guardLineStarts(markdown: string): string {
  return markdown.replace(/^([ \t]*)(?:([#>+=-])|(\d+)([.)]))/gm, (_m, indent: string, sign, num, dot) =>
    sign ? `${indent}\\${sign}` : `${indent}${num}\\${dot}`,
  );
}

/** Only web links are clickable; anything else (javascript:, data:, file:) stays plain text. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  } catch {
    return undefined;
  }
}

/** Wraps the core of `text` in a marker, leaving surrounding spaces outside (else markdown ignores it). */
export function emphasize(text: string, marker: '**' | '_'): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  if (!match || match[2] === '') return text;
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

/**
 * RichText → Adaptive Card markdown: `**bold**`, `_italic_`, `[text](url)`. Teams markdown has no inline
 * code, so code runs are shown as escaped plain text.
 */
export function richTextToMarkdown(text: RichText): string {
  const md = mergeRuns(text)
    .map((run) => {
      let out = escapeMarkdown(run.text.replace(/\s*\n\s*/g, ' '));
      if (run.style === 'bold') out = emphasize(out, '**');
      else if (run.style === 'italic') out = emphasize(out, '_');
      const href = safeHref(run.href);
      return href && out.trim() ? `[${out}](${href})` : out;
    })
    .join('');
  return guardLineStarts(md);
}

/** Plain text (already localized, may hold newlines) → markdown showing it literally. */
export function plainToMarkdown(text: string): string {
  return guardLineStarts(escapeMarkdown(text).replace(/\r?\n/g, '\n\n'));
}

/**
 * Markdown sent as a message's text (not in a card) for Teams to show. Teams renders HTML tags there:
 * `<a href>` would show a link under any label and `<img>` would load a picture from anywhere when the
 * support team opens the thread. `&`, `<` and `>` become entities, which Teams and every markdown
 * renderer show as the characters themselves. Adaptive Card text renders no HTML and needs none of this.
 */
export function messageTextOf(markdown: string): string {
  return markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** RichText as plain text (for fallbackText and size-free summaries). */
export function richTextToPlain(text: RichText): string {
  return cleanText(text.map((r) => r.text).join(''));
}
