import Fuse from 'fuse.js';

/**
 * The key an error code is indexed under, whatever way it was typed: hex codes as `0x` + upper-case
 * digits (`80cf0437`, `0X80CF0437` → `0x80CF0437`), tokens as lower-case letters only
 * (`XPC_TYPE_ERROR` → `xpctypeerror`, `DeviceCapReached` → `devicecapreached`).
 */
export function codeKey(code: string): string {
  const hex = /^(?:0x)?([0-9a-f]+)$/i.exec(code.trim());
  if (hex && /\d/.test(code)) return `0x${hex[1].toUpperCase()}`;
  return code.toLowerCase().replace(/[^a-z]/g, '');
}

export type FoundCodes = {
  /** Keys of documented codes, in the order they first appear. */
  known: string[];
  /** Windows-style failure codes (8 hex digits starting 8 or C) the articles do not list. */
  unknown: string[];
};

// Lookarounds keep GUID parts (`5a1f0c2e-9d1b-…`), pointers (`0x1c02f1a80`) and longer words out.
const prefixedHex = /(?<![0-9a-z])0x([0-9a-f]{3,8})(?![0-9a-z])/gi;
const bareHex = /(?<![0-9a-z-])([0-9a-f]{8})(?![0-9a-z-])/gi;
const wordToken = /[a-z][a-z_]{7,}/gi;
const anyToken = /[a-z][a-z_]{7,}/i;
const digit = /\d/;

/** A token is letters and underscores: its key is those letters in lower case (what `codeKey` gives). */
const tokenKey = (token: string) => token.toLowerCase().replaceAll('_', '');

/** Eight hex digits are a code only with some digits among them ("accepted" is a word). */
const hexDigits = (hex: string) => hex.match(/\d/g)?.length ?? 0;

export type CodeFinder = (text: string, options?: { fuzzy?: boolean }) => FoundCodes;

/** Finds documented codes (exact keys, tokens also with small typos unless `fuzzy: false`) and unknown failure codes. */
export function createCodeFinder(knownKeys: Iterable<string>): CodeFinder {
  const known = new Set(knownKeys);
  const tokenKeys = [...known].filter((k) => !k.startsWith('0x'));
  // Typos in long compound tokens ("NoEnrolmentPolicy") are what fuse.js's approximate matching is
  // good at; whole-length comparison keeps a plain word from matching inside a token.
  const fuse = new Fuse(tokenKeys, { includeScore: true, threshold: 0.2, ignoreLocation: true });
  const fuzzyCache = new Map<string, string | undefined>();
  // Only keys within two letters of a known token's length can match one: longer runs of letters (a
  // pasted blob) are not searched at all.
  const longestToken = tokenKeys.reduce((max, k) => Math.max(max, k.length), 0);

  const fuzzyToken = (key: string): string | undefined => {
    if (fuzzyCache.has(key)) return fuzzyCache.get(key);
    const best = fuse.search(key, { limit: 1 })[0];
    const hit =
      best && Math.abs(best.item.length - key.length) <= 2 && (best.score ?? 1) <= 0.2
        ? best.item
        : undefined;
    if (fuzzyCache.size < 5000) fuzzyCache.set(key, hit);
    return hit;
  };

  return (text, options = {}) => {
    const found: string[] = [];
    const unknown: string[] = [];
    const add = (list: string[], key: string) => {
      if (!list.includes(key)) list.push(key);
    };
    // Every documented hex code holds digits, and an unknown one is read from `0x` or four digits: a text
    // without a digit (a line of a long paste, mostly) is not searched for them.
    const digits = digit.test(text);
    for (const m of digits ? text.matchAll(prefixedHex) : []) {
      const key = codeKey(m[1]);
      if (known.has(key)) add(found, key);
      else if (/^0x[8C][0-9A-F]{7}$/.test(key)) add(unknown, key);
    }
    for (const m of digits ? text.matchAll(bareHex) : []) {
      // Eight letters a–f are a word ("accepted"), not a code: ask for some digits.
      if (hexDigits(m[1]) < 4) continue;
      const key = codeKey(m[1]);
      if (known.has(key)) add(found, key);
      else if (/^0x[8C]/.test(key)) add(unknown, key);
    }
    for (const m of text.matchAll(wordToken)) {
      const key = tokenKey(m[0]);
      if (key.length < 8) continue;
      if (known.has(key)) add(found, key);
      else if (options.fuzzy !== false && key.length >= 12 && key.length <= longestToken + 2) {
        const hit = fuzzyToken(key);
        if (hit) add(found, hit);
      }
    }
    return { known: found, unknown };
  };
}

/**
 * Whether a text holds a documented code as typed (no typos): the finder's `known` without `fuzzy` is
 * not empty. Every line of a long paste is asked this, so the text is first searched for the codes
 * themselves (the hex digits of each, the letters of each token) and read code by code only when one of
 * them stands in it: a line of a paste seldom holds one.
 */
export function createKnownCodeTest(knownKeys: Iterable<string>): (text: string) => boolean {
  const known = new Set(knownKeys);
  const tokenKeys = [...known].filter((k) => !k.startsWith('0x'));
  // The hex digits of every documented hex code, in any case: a text holding none of them holds none.
  // (A token spelt only with the letters a–f could be read where hex codes stand: then any text may.)
  const hexKeys = [...known].filter((k) => k.startsWith('0x')).map((k) => k.slice(2));
  const anyHexKey = tokenKeys.some((k) => /^[a-f]{3,8}$/.test(k))
    ? /\d/
    : new RegExp(hexKeys.length > 0 ? hexKeys.join('|') : '(?!)', 'i');
  return (text) => {
    // Every hex key holds a digit.
    if (digit.test(text) && anyHexKey.test(text)) {
      for (const m of text.matchAll(prefixedHex)) if (known.has(codeKey(m[1]))) return true;
      for (const m of text.matchAll(bareHex))
        if (hexDigits(m[1]) >= 4 && known.has(codeKey(m[1]))) return true;
    }
    if (!anyToken.test(text)) return false;
    const squeezed = tokenKey(text);
    if (!tokenKeys.some((k) => squeezed.includes(k))) return false;
    for (const m of text.matchAll(wordToken)) {
      const key = tokenKey(m[0]);
      if (key.length >= 8 && known.has(key)) return true;
    }
    return false;
  };
}
