/**
 * Lower-cases, folds accents and typographic quotes, and collapses punctuation to spaces, so that
 * "Hoppa över!" and "hoppa over" compare equal. CJK characters are kept as they are.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const hanScript = /\p{Script=Han}/u;

/**
 * Whether `phrase` occurs in `text` as whole words (both already folded). Phrases in Chinese have no
 * word boundaries, so they match as substrings.
 */
export function containsPhrase(foldedText: string, foldedPhrase: string): boolean {
  if (!foldedPhrase) return false;
  if (hanScript.test(foldedPhrase)) return foldedText.includes(foldedPhrase);
  return ` ${foldedText} `.includes(` ${foldedPhrase} `);
}

/** Counts words; a run of Han characters counts as one word per two characters, roughly. */
export function wordCount(foldedText: string): number {
  let count = 0;
  for (const token of foldedText.split(' ')) {
    if (!token) continue;
    count += hanScript.test(token) ? Math.max(1, Math.ceil(token.length / 2)) : 1;
  }
  return count;
}

/** `text` without the first whole-word occurrence of `phrase` (both folded), spaces collapsed. */
export function removePhrase(foldedText: string, foldedPhrase: string): string {
  if (!containsPhrase(foldedText, foldedPhrase)) return foldedText;
  const out = hanScript.test(foldedPhrase)
    ? foldedText.replace(foldedPhrase, ' ')
    : ` ${foldedText} `.replace(` ${foldedPhrase} `, ' ');
  return out.replace(/\s+/g, ' ').trim();
}
