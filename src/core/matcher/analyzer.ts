import type { Locale } from '../knowledge/entry.ts';
import { guessLanguage, wordLanguage } from '../text-language.ts';
import { allowedEdits, boundedEditDistance, deletions } from './edit-distance.ts';
import type { Concept } from './matcher-data.ts';
import { foldCase, isHan, words } from './normalize.ts';
import { isStopword, stem } from './stem.ts';

/** One unit of meaning in a text: a stem (`enroll`), a Han bigram, or a concept (`§ade`). */
export type Term = { term: string; fuzzy: boolean };

export type Analyzer = {
  /** Terms of a text as the index sees them; unknown misspelt words are corrected to known ones. */
  analyze(text: string): Term[];
  /** Same, without spelling correction: for the index's own texts. */
  analyzeExact(text: string): string[];
};

export const conceptPrefix = '§';

/** Least length of each half of a compound word read as two ("klient" + "installationen"). */
const minCompoundPart = 4;

/** Whether a term is a concept of the synonyms data rather than a bare stem or a Han pair. */
export function isConcept(term: string): boolean {
  return term.startsWith(conceptPrefix);
}

/** Folded words of a text whose unfolded letters tell their language ("maste" → sv for "måste"). */
function letteredWords(text: string): Map<string, Locale> {
  const out = new Map<string, Locale>();
  for (const raw of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const lang = wordLanguage(raw);
    if (lang) out.set(foldCase(raw), lang);
  }
  return out;
}

/** Same first letter, or the first two letters swapped ("ocmpany"). */
function sameStart(a: string, b: string): boolean {
  return a[0] === b[0] || (a[0] === b[1] && a[1] === b[0]);
}

/**
 * The same word with another ending ("shown" → "show", "échouent" → "échoue"): the shorter is the start of
 * the longer, or both share all but the shorter's last letter and six letters at least ("difference").
 */
function isInflection(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  const shorter = Math.min(a.length, b.length);
  return n >= 4 && (n === shorter || (n >= 6 && n === shorter - 1));
}

/** A word on its way through the pipeline; function words stay until synonyms have been replaced. */
type Token = Term & { stop: boolean };

/** The first (longest) of `options` whose stems stand in `stems` from `at`, compared in a plain loop. */
function sequenceAt<T extends { seq: readonly string[] }>(
  stems: readonly Token[],
  at: number,
  options: readonly T[] | undefined,
): T | undefined {
  if (!options) return undefined;
  next: for (const option of options) {
    const { seq } = option;
    if (at + seq.length > stems.length) continue;
    for (let k = 0; k < seq.length; k++) if (stems[at + k].term !== seq[k]) continue next;
    return option;
  }
  return undefined;
}

/** A text of the vocabulary and the language it is written in (none: a name or a term of every language). */
export type CorpusText = string | { text: string; lang: Locale };

/**
 * Which languages' words a misspelt word may become: a word whose letters tell ("måste") only its own;
 * otherwise the language of the query, and a Chinese text's Latin words may be English; a text nothing
 * marks, any. "fine" in an English sentence is no French "figé", "måste" no English "master".
 */
function correctionLanguages(query: Locale | undefined, word: Locale | undefined): Locale[] | undefined {
  if (word) return [word];
  if (query === 'zh-CN') return ['zh-CN', 'en'];
  return query ? [query] : undefined;
}

/**
 * Builds the text pipeline: words → spelling correction against the vocabulary of `corpus` → stems →
 * multi-word synonyms replaced by their concept (longest match first) → function words out. Function
 * words leave only after the synonyms, so "log in" and "too many" need their small word, and "the log
 * shows" or "how many" are not read as them.
 */
export function createAnalyzer(
  concepts: readonly Concept[],
  corpus: readonly CorpusText[],
  common: Readonly<Record<string, readonly string[]>> = {},
): Analyzer {
  const realWords = new Map(Object.entries(common).map(([lang, list]) => [lang, new Set(list)]));
  // A real word of the text's language ("says", "fait", "stor") is no typo of another word ("stay",
  // "fail", "star"): it is corrected only into its own inflection ("fonctionnent" → "fonctionne").
  const isRealWord = (word: string, lang: Locale | undefined) =>
    lang ? realWords.get(lang)?.has(word) === true : [...realWords.values()].some((set) => set.has(word));
  const stemsOf = (text: string): { surface: string; stem: string; stop: boolean }[] =>
    words(text).map((w) => ({ surface: w, stem: isHan(w) ? w : stem(w), stop: isStopword(w) }));

  // Synonym sequences by their first stem, longest first.
  const sequences = new Map<string, { seq: string[]; concept: string }[]>();
  const implied = new Map(
    concepts.map((c) => [conceptPrefix + c.concept, (c.implies ?? []).map((i) => conceptPrefix + i)]),
  );
  for (const c of concepts) {
    for (const term of c.terms) {
      const parts = stemsOf(term);
      if (parts.every((p) => p.stop)) continue;
      const seq = parts.map((p) => p.stem);
      const list = sequences.get(seq[0]) ?? [];
      list.push({ seq, concept: conceptPrefix + c.concept });
      sequences.set(seq[0], list);
    }
  }
  for (const list of sequences.values()) list.sort((a, b) => b.seq.length - a.seq.length);

  // Vocabulary for spelling correction: surface words the index knows, with a deletion neighbourhood.
  // Each surface word with the languages it is written in (`any`: concept terms and untagged texts).
  const knownStems = new Set<string>();
  const wordLanguages = new Map<string, Set<Locale> | 'any'>();
  for (const item of [...corpus, ...concepts.flatMap((c) => c.terms)]) {
    const { text, lang } = typeof item === 'string' ? { text: item, lang: undefined } : item;
    for (const { surface, stem: s, stop } of stemsOf(text)) {
      if (stop) continue;
      knownStems.add(s);
      if (isHan(surface) || surface.length < 4 || /\d/.test(surface)) continue;
      const langs = wordLanguages.get(surface);
      if (!lang) wordLanguages.set(surface, 'any');
      else if (!langs) wordLanguages.set(surface, new Set([lang]));
      else if (langs !== 'any') langs.add(lang);
    }
  }
  const surfaceWords = [...wordLanguages.keys()];
  // Which known words are spelt with letters of one language ("företagsportalen", "réglée").
  const spelt = new Map<string, Locale>();
  for (const item of [...corpus, ...concepts.flatMap((c) => c.terms)])
    for (const [word, lang] of letteredWords(typeof item === 'string' ? item : item.text))
      spelt.set(word, lang);
  // A word typed with letters of its own language ("säger", "måste") is mistyped from a word spelt so,
  // not from a name or an English term the articles quote ("battery saver", "master").
  const speaks = (word: string, allowed: readonly Locale[], own: Locale | undefined) => {
    if (own) return spelt.get(word) === own;
    const langs = wordLanguages.get(word);
    return langs === 'any' || allowed.some((l) => langs?.has(l));
  };
  // A word longer than any known word by more than two letters can be no typo of one: not looked up,
  // so an endless "word" (a pasted blob without spaces) costs nothing instead of its square.
  let longestKnown = 0;
  for (const w of surfaceWords) longestKnown = Math.max(longestKnown, w.length);
  const neighbours = new Map<string, string[]>();
  const addNeighbour = (key: string, word: string) => {
    const list = neighbours.get(key);
    if (!list) neighbours.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  // One deletion on the vocabulary side, up to two on the query side: covers every single edit and
  // the common double ones (two extra or one extra and one wrong letter) at a fraction of the memory.
  for (const w of surfaceWords) {
    addNeighbour(w, w);
    for (const d of deletions(w)) addNeighbour(d, w);
  }
  const corrections = new Map<string, string | null>();

  // Swedish writes compounds as one word ("klientinstallationen", "uppdateringstjänsten"): an unknown long
  // word made of two known ones, with or without the linking "s", is read as those two.
  const compounds = new Map<string, string[] | null>();
  const knownPart = (part: string) => part.length >= minCompoundPart && knownStems.has(stem(part));
  const splitCompound = (word: string): string[] | null => {
    const cachedValue = compounds.get(word);
    if (cachedValue !== undefined) return cachedValue;
    let best: string[] | null = null;
    if (word.length >= 2 * minCompoundPart && word.length <= longestKnown * 2 && !/\d/.test(word)) {
      // The longest known second half: "klientinstallationen" is "klient" + "installationen".
      for (let i = minCompoundPart; i <= word.length - minCompoundPart && !best; i++) {
        const head = word.slice(0, i);
        const tail = word.slice(i);
        if (!knownPart(tail)) continue;
        if (knownPart(head)) best = [head, tail];
        else if (head.endsWith('s') && knownPart(head.slice(0, -1))) best = [head.slice(0, -1), tail];
      }
    }
    if (compounds.size < 20_000) compounds.set(word, best);
    return best;
  };

  const correct = (word: string, allowed: readonly Locale[] | undefined, own: Locale | undefined) => {
    const key = own ? `${own}!${word}` : allowed ? `${allowed.join(',')}:${word}` : word;
    const cachedValue = corrections.get(key);
    if (cachedValue !== undefined) return cachedValue;
    const max = allowedEdits(word.length);
    let best: string | null = null;
    let bestDistance = max + 1;
    if (max > 0 && word.length <= longestKnown + max && !/\d/.test(word)) {
      const keys = [word, ...deletions(word)];
      if (max > 1) for (const d of deletions(word)) keys.push(...deletions(d));
      for (const key of keys) {
        for (const candidate of neighbours.get(key) ?? []) {
          // People rarely mistype the first letter: "batch" is not a typo of "match".
          if (!sameStart(word, candidate) || (allowed && !speaks(candidate, allowed, own))) continue;
          const distance = boundedEditDistance(word, candidate, max);
          if (distance < bestDistance || (distance === bestDistance && best !== null && candidate < best)) {
            best = candidate;
            bestDistance = distance;
          }
        }
      }
    }
    if (corrections.size < 20_000) corrections.set(key, best);
    return best;
  };

  const replaceConcepts = (stems: Token[]): Term[] => {
    const out: Term[] = [];
    for (let i = 0; i < stems.length; ) {
      const hit = sequenceAt(stems, i, sequences.get(stems[i].term));
      if (hit) {
        const parts = stems.slice(i, i + hit.seq.length).filter((s) => !s.stop);
        const fuzzy = parts.length > 0 && parts.every((s) => s.fuzzy);
        out.push({ term: hit.concept, fuzzy });
        for (const broader of implied.get(hit.concept) ?? []) out.push({ term: broader, fuzzy });
        i += hit.seq.length;
      } else {
        if (!stems[i].stop) out.push({ term: stems[i].term, fuzzy: stems[i].fuzzy });
        i++;
      }
    }
    return out;
  };

  return {
    analyze(text) {
      const stems: Token[] = [];
      // Read only for a word the index does not know (most texts have none or few).
      let language: Locale | undefined | null = null;
      let lettered: Map<string, Locale> | undefined;
      for (const { surface, stem: s, stop } of stemsOf(text)) {
        if (stop || knownStems.has(s) || isHan(surface)) {
          stems.push({ term: s, fuzzy: false, stop });
          continue;
        }
        // Words are folded by now ("måste" → "maste"): the text's own spelling tells their letters.
        const parts = splitCompound(surface);
        if (parts) {
          for (const part of parts) stems.push({ term: stem(part), fuzzy: false, stop: false });
          continue;
        }
        lettered ??= letteredWords(text);
        if (language === null) language = guessLanguage(text);
        const own = lettered.get(surface);
        let fixed = correct(surface, correctionLanguages(language, own), own);
        if (fixed && !isInflection(surface, fixed) && isRealWord(surface, own ?? language)) fixed = null;
        stems.push(fixed ? { term: stem(fixed), fuzzy: true, stop } : { term: s, fuzzy: false, stop });
      }
      return replaceConcepts(stems);
    },
    analyzeExact(text) {
      return replaceConcepts(stemsOf(text).map((s) => ({ term: s.stem, fuzzy: false, stop: s.stop }))).map(
        (t) => t.term,
      );
    },
  };
}
