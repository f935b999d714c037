/**
 * The widest button label, in columns (see displayWidth). Teams gives a card's button one line and cuts
 * what does not fit with "…": in the Microsoft 365 Agents Playground a label of 44 Latin letters is
 * about 380 px wide, where a card leaves about 415 px, so 45 columns fit on the narrowest common card.
 * Slack allows 75 characters. One limit for both, from the one reply model.
 */
export const maxButtonLabel = 45;

// East Asian wide and full-width characters: about twice a Latin letter's width on a card.
const wideChar =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

const columns = (ch: string) => (wideChar.test(ch) ? 2 : 1);

/** How wide a text shows, in columns: a Chinese character or full-width sign counts two, others one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += columns(ch);
  return width;
}

/** The longest beginning of `text` that is at most `max` columns wide. */
function headOfWidth(text: string, max: number): string {
  let width = 0;
  let end = 0;
  for (const ch of text) {
    width += columns(ch);
    if (width > max) break;
    end += ch.length;
  }
  return text.slice(0, end);
}

const sentenceEnd = /(?<=[.!?。！？])\s*/u;
const hanScript = /\p{Script=Han}/u;
const latinOrDigit = /[\p{Script=Latin}\p{N}]/u;

/**
 * A label that fits `max` without cutting a word: the whole text when it fits; else without the
 * sentences it shares with its siblings ("Profile Installation Failed." before three different
 * messages); else its first sentence; else whole words up to the limit and "…".
 */
export function shortLabel(
  text: string,
  max: number = maxButtonLabel,
  siblings: readonly string[] = [],
): string {
  const whole = text.trim();
  if (displayWidth(whole) <= max) return whole;
  const sentences = whole.split(sentenceEnd).filter(Boolean);
  const others = siblings.filter((s) => s.trim() !== whole).map((s) => s.trim().split(sentenceEnd));
  let start = 0;
  while (
    start < sentences.length - 1 &&
    others.length > 0 &&
    others.every((o) => o[start] === sentences[start])
  )
    start++;
  const distinctive = sentences.slice(start).join(' ');
  if (displayWidth(distinctive) <= max) return distinctive;
  const first = sentences[start] ?? distinctive;
  if (displayWidth(first) <= max) return first;
  return cutAtWord(first, max);
}

/** Whole words up to `max` columns with "…"; Chinese text has no spaces, so it is cut between characters. */
export function cutAtWord(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  const head = headOfWidth(text, max - 1);
  if (hanScript.test(head)) {
    // Between characters, but not inside a Latin word or a number written among them.
    const inWord = latinOrDigit.test(text.charAt(head.length)) && latinOrDigit.test(head.slice(-1));
    const kept = inWord ? head.replace(/[\p{Script=Latin}\p{N}]+$/u, '') : head;
    return `${(kept || head).trimEnd()}…`;
  }
  const space = head.lastIndexOf(' ');
  const cut = space > head.length / 3 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
