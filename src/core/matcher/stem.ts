/**
 * Function words of the four languages (Chinese needs none: its bigrams are weighted by rarity instead).
 * Negations are kept: "not supported", "not defined" and "inte" carry meaning in error messages.
 */
const stopwordList = [
  // English
  'the a an and or of to in on at for with by from is are was were be been being it its this that these',
  'those my our your their her his she he we they you me us them as if when while so but do does did',
  'has have had will would could should may might just also very really there here what which who how',
  'why even again any some all into onto than then too via per about am im ive got get gets getting',
  'please hi thanks thank one our ours yet after before until during while since',
  // French
  'le la les un une des du de et ou au aux en dans sur pour par avec est sont ont ete ce cet cette ces',
  'mon ma mes notre nos votre vos son sa ses leur leurs il elle ils elles je tu nous vous on qui que quoi',
  'dont se plus y lui ne',
  // Swedish
  'och pa att det som ett av for med till den har de om vi du jag man kan ska sa eller men fran vid',
  'efter nar hur vad hade var blir blev sig sin sitt sina dem deras hans hennes min mitt mina din ditt',
  'dina var vart vara er ert era ar nu',
];
const stopwords = new Set(stopwordList.join(' ').split(' '));

export function isStopword(word: string): boolean {
  return stopwords.has(word);
}

/** Suffix, shortest stem it may leave. Longest suffixes first; one language-neutral list. */
const suffixes: [string, number][] = [
  ['ations', 4],
  ['ation', 4],
  ['ments', 4],
  ['ment', 4],
  ['ings', 4],
  ['ing', 4],
  // Swedish participles and infinitives: konfigurerats, konfigurerade, konfigurera → konfigur
  ['erats', 4],
  ['erade', 4],
  ['erad', 4],
  ['erat', 4],
  ['eras', 4],
  ['era', 4],
  ['arna', 3],
  ['erna', 3],
  ['orna', 3],
  ['ies', 3],
  ['ed', 4],
  ['es', 4],
  ['er', 5],
  ['en', 4],
  ['s', 3],
];

/**
 * A light, language-neutral stemmer: "enrolled", "enrolling", "enrollment" → "enroll"; "appareils" →
 * "appareil"; "enheterna" → "enhet". Both the index and the queries go through it, so it only has to be
 * consistent, not linguistically right.
 */
/** Patterns of `stem`, made once (a pattern written in the function is a new object each call). */
const digit = /\d/;
const keepsS = /(ss|us|is)$/;

export function stem(word: string): string {
  if (word.length <= 3 || digit.test(word)) return word;
  let w = word;
  for (const [suffix, min] of suffixes) {
    if (w.endsWith(suffix) && w.length - suffix.length >= min) {
      if (suffix === 's' && keepsS.test(w)) continue;
      w = suffix === 'ies' ? `${w.slice(0, -3)}y` : w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && w.at(-1) === w.at(-2)) w = w.slice(0, -1);
  return w;
}
