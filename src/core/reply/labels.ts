/**
 * Button text longer than this is cut off with "…" by Teams (a full-width button shows about 46
 * characters); Slack allows 75. One limit for both, from the one reply model.
 */
export const maxButtonLabel = 45;

const sentenceEnd = /(?<=[.!?。！？])\s*/u;
const hanScript = /\p{Script=Han}/u;

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
  if (whole.length <= max) return whole;
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
  if (distinctive.length <= max) return distinctive;
  const first = sentences[start] ?? distinctive;
  if (first.length <= max) return first;
  return cutAtWord(first, max);
}

/** Whole words up to `max` characters with "…"; Chinese text has no spaces, so it is cut between characters. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  if (hanScript.test(head)) return `${head.trimEnd()}…`;
  const space = head.lastIndexOf(' ');
  const cut = space > max / 3 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
