/**
 * Text normalisation shared by the index and the queries, so both sides of a comparison see the same
 * tokens: NFKC, lower case, accents folded ("réglée" = "reglee", "nådd" = "nadd"), typographic quotes
 * unified, contractions and French elisions undone, camelCase and snake_case tokens split, and Chinese
 * (no spaces) cut into overlapping character pairs.
 */

const hanRun = /\p{Script=Han}+/gu;
const hanChar = /\p{Script=Han}/u;
const ampersand = /(?<!=[^\s&]*)&(?![a-z]+;|#\d+;|[^\s&]*=)/g;
const upnSuffix = /(?<=^|[\s"'(])@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;

const ascii = /^\p{ASCII}*$/u;

/**
 * The last text folded and its folding: the readers of one query fold the same text several times (its
 * clauses, the whole of it), and folding a long text costs more than comparing it. Words folded one by one
 * in between are not remembered (they would push the text out, and cost little).
 */
let lastFolded = { text: '', folded: '' };
const rememberedLength = 32;

/** Accents and case folded, quotes unified; punctuation kept (sentences and codes still need it). */
export function foldCase(text: string): string {
  // Plain ASCII has nothing to normalise or fold but its case and the backquote.
  if (ascii.test(text)) return text.toLowerCase().replaceAll('`', "'");
  if (text.length < rememberedLength) return foldUnicode(text);
  if (text === lastFolded.text) return lastFolded.folded;
  const folded = foldUnicode(text);
  lastFolded = { text, folded };
  return folded;
}

function foldUnicode(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"');
}

/**
 * `DeviceCapReached` → `Device Cap Reached`, `XPC_TYPE_ERROR` → `XPC TYPE ERROR`, before folding.
 * Brand casing with one leading lower-case letter (`iPhone`, `iPad`) stays whole.
 */
export function splitCompoundWords(text: string): string {
  return text
    .replace(/(?<=\p{L}\p{Ll})(?=\p{Lu})/gu, ' ')
    .replace(/(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})/gu, ' ')
    .replace(/_/g, ' ');
}

const wordPattern = /[\p{L}\p{N}]+/gu;

const englishContractions: [RegExp, string][] = [
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bcannot\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/'(s|re|ve|ll|d|m)\b/g, ''],
];

/** French elided articles and pronouns (l', d', qu'…) are dropped: they carry no meaning for matching. */
const frenchElision = /\b(?:l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu)'/g;

/** Number words become digits, so "fifteen devices" meets "15 devices" (English, French, Swedish). */
const numberWords = new Map<string, string>(
  [
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
    'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt',
    'ett tva tre fyra fem sex sju atta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo',
  ]
    // "one", "un", "ett" are mostly articles: left as words.
    .flatMap((list) => list.split(' ').map((w, i) => [w, String(i + 1)] as [string, string]))
    .filter(([, n]) => n !== '1'),
);

/**
 * Words of the text in reading order, folded; Han runs become overlapping bigrams (a lone character
 * stays a unigram). `splitCompounds: false` keeps `MobileIron` one word. Numbers of two digits or more are kept (`15` devices, also spelt out); single letters and digits are dropped.
 */
export function words(text: string, options: { splitCompounds?: boolean } = {}): readonly string[] {
  const split = options.splitCompounds !== false;
  const last = lastWords[split ? 1 : 0];
  if (text === last.text) return last.words;
  const out = wordsOf(text, split);
  lastWords[split ? 1 : 0] = { text, words: out };
  return out;
}

/**
 * The last text cut into words, with compounds kept and split: the readers of one query cut the same
 * text more than once (a clause that is the whole text, the whole text again). Shared, so read-only.
 */
const lastWords: { text: string; words: readonly string[] }[] = [
  { text: '', words: [] },
  { text: '', words: [] },
];

function wordsOf(text: string, split: boolean): readonly string[] {
  let t = foldCase(split ? splitCompoundWords(text) : text);
  // Each rewrite below needs its mark in the text (an apostrophe, "cannot", "&", "@", a Han character):
  // most texts hold none of them and skip it.
  if (t.includes("'")) {
    for (const [re, rep] of englishContractions) t = t.replace(re, rep);
    t = t.replace(frenchElision, ' ');
  } else if (t.includes('cannot')) t = t.replace(/\bcannot\b/g, 'can not');
  // An "&" in a name ("Smith & Sons", "R&D", "张&李") is the special character of one documented problem;
  // one joining the parameters of an address ("?a=1&b=2") or starting an entity ("&amp;") is not.
  if (t.includes('&')) t = t.replace(ampersand, ' ampersand ');
  // "@contoso.com" on its own is a UPN suffix, the domain of one documented problem (a whole address,
  // "ann@contoso.com", is a user).
  if (t.includes('@')) t = t.replace(upnSuffix, ' domain ');
  if (hanChar.test(t)) t = t.replace(hanRun, (run) => ` ${hanBigrams(run).join(' ')} `);
  const out: string[] = [];
  for (const w of t.match(wordPattern) ?? []) {
    // One letter or one digit alone ("a", the "4" of "4.4.x") says nothing; "15" (devices) does.
    if (w.length < 2 && !hanChar.test(w)) continue;
    out.push(numberWords.get(w) ?? w);
  }
  return out;
}

function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

export function isHan(token: string): boolean {
  return hanChar.test(token);
}

/**
 * The text with every occurrence of each Chinese term, in order, replaced by a space. A text with no Han
 * character holds none of them, and a term is only cut where it occurs: most texts cost one test.
 */
export function withoutHanTerms(text: string, terms: readonly string[]): string {
  if (!hanChar.test(text)) return text;
  let rest = text;
  for (const t of terms) if (rest.includes(t)) rest = rest.split(t).join(' ');
  return rest;
}
