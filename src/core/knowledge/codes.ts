const hexRe = /\b0x[0-9a-f]{3,16}\b/gi;
/** `NoEnrollmentPolicy`, `DeviceCapReached`: two or more capitalised words run together. */
const camelRe = /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g;
/** `XPC_TYPE_ERROR`: upper-case words joined by underscores. */
const snakeRe = /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/g;

/** `0x80cf0437` → `0x80CF0437`. */
export function normalizeHexCode(code: string): string {
  return `0x${code.slice(2).toUpperCase()}`;
}

/** Error codes named in a text: hex codes (normalised) and code-like tokens, in order, without repeats. */
export function extractCodes(text: string): string[] {
  const found: { at: number; code: string }[] = [];
  for (const m of text.matchAll(hexRe)) found.push({ at: m.index, code: normalizeHexCode(m[0]) });
  for (const re of [camelRe, snakeRe])
    for (const m of text.matchAll(re)) found.push({ at: m.index, code: m[0] });
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.code))];
}
