/** A word as Tesseract reports it: text, confidence (0–100), box. */
export type Word = { text: string; confidence: number; bbox: { x0: number; x1: number } };

/**
 * The words of a line without what is no word: marks with no letter or digit, and at either end a
 * short or doubtful shape set apart from the rest (the edge of an alert box, glare, an icon beside
 * the text), which would otherwise make a message line look like a row of icon labels.
 */
export function withoutStrayMarks(all: Word[], height: number): Word[] {
  const words = all.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
  const stray = (w: Word | undefined, gap: number) =>
    gap > 0.8 * height && ((w?.text.length ?? 0) <= 2 || (w?.confidence ?? 0) < 50);
  while (words.length > 1 && stray(words[0], (words[1]?.bbox.x0 ?? 0) - (words[0]?.bbox.x1 ?? 0)))
    words.shift();
  while (words.length > 1 && stray(words.at(-1), (words.at(-1)?.bbox.x0 ?? 0) - (words.at(-2)?.bbox.x1 ?? 0)))
    words.pop();
  return words;
}

/** The widest space between two words of the line, in line heights. */
export function widestGap(words: Word[], height: number): number {
  let widest = 0;
  for (let i = 1; i < words.length; i++) {
    widest = Math.max(widest, (words[i]?.bbox.x0 ?? 0) - (words[i - 1]?.bbox.x1 ?? 0));
  }
  return widest / Math.max(1, height);
}
