/** Longest text the bot reads from one message: log pastes beyond this are cut before matching. */
export const maxInputChars = 100_000;

export type SanitizedInput =
  | { kind: 'ok'; text: string; truncated: boolean }
  | { kind: 'empty' }
  | { kind: 'binary' };

/** Control characters other than tab and line breaks, C1 controls, and the replacement character. */
function isJunk(code: number): boolean {
  return (
    (code < 32 && code !== 9 && code !== 10 && code !== 13) ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0xfffd
  );
}

/**
 * Cleans what a user sent before anything reads it: drops control characters (keeping line breaks
 * and tabs), cuts huge pastes, and recognises binary junk (a file pasted as text) so the bot can say
 * so instead of searching it.
 */
export function sanitizeInput(raw: string): SanitizedInput {
  const sample = raw.length > maxInputChars ? raw.slice(0, maxInputChars) : raw;
  let junk = 0;
  let out = '';
  for (const ch of sample) {
    if (isJunk(ch.codePointAt(0) ?? 0)) {
      junk++;
      out += ' ';
    } else out += ch;
  }
  const cleaned = out.replace(/[ \t]+\n/g, '\n').trim();
  if (sample.length >= 16 && junk / sample.length > 0.1) return { kind: 'binary' };
  if (!cleaned) return { kind: 'empty' };
  return { kind: 'ok', text: cleaned, truncated: raw.length > maxInputChars };
}
