import type { RichText } from '../../core/knowledge/entry.ts';
import { mergeRuns } from '../../core/knowledge/rich-text.ts';
import { stripControlChars } from '../../core/text/clip.ts';

/** Removes control characters (binary junk); keeps newlines and tabs. */
export const cleanText = stripControlChars;

/** Slack's three control characters: without this, `<!channel>` would ping everyone. */
export function escapeEntities(text: string): string {
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * mrkdwn has no escape character. A formatting marker that could open or close bold, italic, strike or
 * code (next to a space, punctuation or the edge) becomes a look-alike that Slack does not interpret;
 * markers inside words (`XPC_TYPE_ERROR`) cannot format and stay as they are, so codes copy correctly.
 */
const lookalikes: Record<string, string> = { '*': '\u2217', _: '\uFF3F', '~': '\u223C', '`': '\u02CB' };

/**
 * An `@` that starts a word ("@channel", "@here" typed as text, or read off a screenshot): Slack parses
 * some mentions in mrkdwn even when not written as `<!here>`, so a word joiner follows it. An address
 * (user@contoso.com) or a UPN suffix (@contoso.com) cannot be a mention and stays as it is, so it
 * copies correctly.
 */
const mentionSign = /(?<![\p{L}\p{N}._%+-])@(?![\p{L}\p{N}-]+\.\p{L})(?=[\p{L}\p{N}_])/gu;

export function escapeMrkdwn(text: string): string {
  return escapeEntities(text)
    .replace(/(?<![\p{L}\p{N}])[*_~`]|[*_~`](?![\p{L}\p{N}])/gu, (c) => lookalikes[c] ?? c)
    .replace(mentionSign, '@\u2060');
}

/** Only web links become links; `javascript:` and friends stay text. `|` and `>` would end the link. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
  } catch {
    return undefined;
  }
}

export function link(href: string, text: string): string {
  const url = safeHref(href);
  return url ? `<${url}|${escapeMrkdwn(text)}>` : escapeMrkdwn(text);
}

/** Puts markers around the core of a run; mrkdwn ignores `* bold*` with inner spaces. */
export function emphasize(text: string, marker: '*' | '_' | '`'): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  if (!match || match[2] === '') return text;
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

/** RichText → mrkdwn: `*bold*`, `_italic_`, `` `code` ``, `<url|text>`; everything else escaped. */
export function richTextToMrkdwn(text: RichText): string {
  return mergeRuns(text)
    .map((run) => {
      const raw = run.text.replace(/\s*\n\s*/g, ' ');
      let out: string;
      if (run.style === 'code')
        out = emphasize(escapeEntities(raw).replace(/`/g, lookalikes['`'] ?? ''), '`');
      else {
        out = escapeMrkdwn(raw);
        if (run.style === 'bold') out = emphasize(out, '*');
        else if (run.style === 'italic') out = emphasize(out, '_');
      }
      const href = safeHref(run.href);
      return href && out.trim() ? `<${href}|${out}>` : out;
    })
    .join('');
}

export function richTextToPlain(text: RichText): string {
  return cleanText(text.map((r) => r.text).join(''));
}

/** Cuts at a word boundary (never mid-word) and marks the cut with an ellipsis; length in UTF-16 units. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  const cut = head.replace(/\s+\S*$/, '');
  return `${cut.length >= max / 2 ? cut : head}…`;
}
