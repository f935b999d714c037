import { maxInputChars } from '../core/text/sanitize.ts';

/**
 * Turns what a chat client delivers into the text the conversation engine reads: Teams @mentions
 * out, line breaks normalised. Control characters stay: the engine removes them and recognises
 * binary junk by them. Only a paste longer than the engine reads is cut here, keeping the lines most
 * likely to hold the error (the engine would keep only the start).
 */
export type CleanText = { text: string; originalLength: number; truncated: boolean };

export const maxTextLength = maxInputChars;

const mention = /<at>[^<]{0,200}<\/at>/gi;
const likelyError =
  /0x[0-9a-f]{6,8}|\berr|fail|denied|invalid|unable|cannot|can't|couldn't|not (?:be )?(?:allowed|found|supported)|\bcode\b/i;

export function cleanText(raw: string, limit: number = maxTextLength): CleanText {
  const text = raw
    .replace(mention, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\r\n?/g, '\n')
    .trim();
  if (text.length <= limit) return { text, originalLength: text.length, truncated: false };
  return { text: keepLikelyErrorLines(text, limit), originalLength: text.length, truncated: true };
}

/** Error lines first (in their order), then the start of the text, until the limit. */
function keepLikelyErrorLines(text: string, limit: number): string {
  const lines = text
    .split('\n')
    .flatMap((l) => l.trim().match(/[\s\S]{1,500}/g) ?? [])
    .filter(Boolean);
  const picked: string[] = [];
  let size = 0;
  const take = (line: string) => {
    if (size + line.length + 1 > limit) return false;
    picked.push(line);
    size += line.length + 1;
    return true;
  };
  const chosen = new Set<number>();
  lines.forEach((line, i) => {
    if (likelyError.test(line) && take(line)) chosen.add(i);
  });
  for (let i = 0; i < lines.length && size < limit; i++) {
    if (!chosen.has(i) && !take(lines[i] ?? '')) break;
  }
  return picked.join('\n').slice(0, limit);
}
