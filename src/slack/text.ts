import { MAX_INPUT_CHARS } from './constants.ts';

/**
 * Turns Slack's message text back into what the user typed: mentions of the bot removed, links and
 * other mentions reduced to their label, the three escaped characters restored, length capped.
 */
export function plainTextFromSlack(text: string | undefined, botUserId?: string): string {
  if (!text) return '';
  let out = text;
  if (botUserId) out = out.replaceAll(`<@${botUserId}>`, ' ');
  out = out
    // "@channel help" is "help": a broadcast mention says nothing about the problem.
    .replace(/<!(?:channel|here|everyone)(?:\|[^<>]*)?>/g, ' ')
    .replace(/<([^<>|]+)\|([^<>]+)>/g, '$2')
    .replace(/<(?:mailto:|tel:)?([^<>|]+)>/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
  return capText(out.trim());
}

/** Caps input so a pasted log file cannot slow the matcher; whole code points only. */
export function capText(text: string): string {
  if (text.length <= MAX_INPUT_CHARS) return text;
  const cut = text.slice(0, MAX_INPUT_CHARS);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** True when most of the text is control or replacement characters: pasted binary, not an error message. */
export function looksLikeBinary(text: string): boolean {
  if (text.length === 0) return false;
  let junk = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') || code === 0xfffd || code === 0x7f) junk++;
  }
  return junk / text.length > 0.2;
}
