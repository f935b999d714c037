import { invisibleChars } from './clip.ts';

/** Longest text the bot reads from one message: log pastes beyond this are cut before matching. */
export const maxInputChars = 100_000;

export type SanitizedInput =
  | { kind: 'ok'; text: string; truncated: boolean }
  | { kind: 'empty' }
  | { kind: 'binary' };

/**
 * Control characters other than tab and line breaks, C1 controls, and the replacement character.
 * One native regex pass: a character-by-character loop costs several milliseconds a 100 KB paste.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const junkChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/g;

/**
 * Cleans what a user sent before anything reads it: drops control characters (keeping line breaks
 * and tabs) and invisible characters that would split a word or a code, cuts huge pastes, and recognises binary junk (a file pasted as text) so the bot can say
 * so instead of searching it.
 */
export function sanitizeInput(raw: string): SanitizedInput {
  const sample = raw.length > maxInputChars ? raw.slice(0, maxInputChars) : raw;
  let junk = 0;
  const out = sample
    .replace(junkChars, () => {
      junk++;
      return ' ';
    })
    .replace(invisibleChars, '')
    // Full-width and other compatibility forms read as their plain letters and digits: a code typed on
    // a Chinese keyboard (０ｘ８０ＣＦ０４３７) is the code 0x80CF0437.
    .normalize('NFKC');
  // Only a line ending in a space or tab needs the line-by-line pass (50,000 line breaks are 50,000 lines).
  const cleaned = (
    out.includes(' \n') || out.includes('\t\n') ? out.split('\n').map(trimSpacesEnd).join('\n') : out
  ).trim();
  if (sample.length >= 16 && junk / sample.length > 0.1) return { kind: 'binary' };
  if (!cleaned) return { kind: 'empty' };
  return { kind: 'ok', text: cleaned, truncated: raw.length > maxInputChars };
}

/**
 * Spaces and tabs at the end of a line removed, scanning back once: the regex `/[ \t]+\n/` would retry
 * from every space of a long run without a line break, seconds for 100,000 spaces.
 */
function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end === line.length ? line : line.slice(0, end);
}
