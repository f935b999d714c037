import type { MatcherData } from './matcher-data.ts';
import { foldCase, isHan } from './normalize.ts';

/**
 * What a short text states besides the words it shares with the articles. `counted`: it gives a count
 * of enrolled devices ("she already has 15 devices enrolled", "beaucoup d'appareils inscrits", "注册了很多台
 * 设备"), which is the device limit, not one machine already enrolled. `chatLine`: it says what someone
 * did or that it works now, and reports no failure ("I deleted an old device", "ok ça marche
 * maintenant"). `generalQuestion`: it asks how things are or are done and reports no failure ("what is
 * the device limit per user?", "hur registrerar jag en iPad?").
 */
export type Statements = { counted: boolean; chatLine: boolean; generalQuestion: boolean };

/** A chat line or a general question is a line or two; a longer text is read for its problem. */
const shortText = 240;
/** A chat line about what someone did is a short one; a longer text goes on to its problem. */
const chatWords = 16;
/** A count is read in a post's opening, not through a whole paste. */
const countedText = 2000;
/** Words between a count and what it counts ("15 managed devices"), and the count and "enrolled". */
const countGap = 2;
const enrolledGap = 4;
/** Words of `doneSkip` at most between the one who acted and the act ("I have just deleted"). */
const skipGap = 3;
/** Letters a word keeps before a regular past ending ("deleted" → "delet"); "it", "is", "this" are no past. */
const stemLength = 3;
const longestRun = 4;

/** Words as written but lower case (accents kept, for the French endings); Chinese runs whole. */
type Word = { lower: string; fold: string };
const wordPattern = /\p{Script=Han}+|[\p{L}\p{M}\p{N}]+/gu;
/** A sentence ending in a question mark. */
const questionSentence = /[^.!?。！？\n]+[?？]/gu;
const sentenceEnd = /[.!?。！？\n]+/u;
const clauseBreak = /[.!?;:,\n。！？；：，、]+/u;

function wordsOf(text: string): Word[] {
  const lower = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/n't\b/g, ' not');
  return [...lower.matchAll(wordPattern)].map((m) => ({ lower: m[0], fold: foldCase(m[0]) }));
}

/** Runs of folded words (Latin terms) and Chinese terms, found in a text. */
function createTermSet(terms: readonly string[]) {
  const han = terms.filter((t) => isHan(t));
  const runs = new Set(
    terms
      .filter((t) => !isHan(t))
      .map((t) =>
        wordsOf(t)
          .map((w) => w.fold)
          .join(' '),
      ),
  );
  const prefixes = terms.filter((t) => t.endsWith('*')).map((t) => foldCase(t.slice(0, -1)));
  return {
    /** Length in words of the longest run of the set starting at `at` (0: none). */
    at(list: readonly Word[], at: number): number {
      for (let n = Math.min(longestRun, list.length - at); n >= 1; n--) {
        const run = list
          .slice(at, at + n)
          .map((w) => w.fold)
          .join(' ');
        if (runs.has(run)) return n;
      }
      return prefixes.some((p) => list[at]?.fold.startsWith(p)) ? 1 : 0;
    },
    inHan(text: string): boolean {
      return han.some((h) => text.includes(h));
    },
    /** The text with the set's runs (and Chinese terms) taken out. */
    without(list: readonly Word[], text: string): { list: Word[]; text: string } {
      const kept: Word[] = [];
      for (let k = 0; k < list.length; ) {
        const n = this.at(list, k);
        if (n === 0) kept.push(list[k]);
        k += Math.max(n, 1);
      }
      return { list: kept, text: han.reduce((t, h) => t.split(h).join(' '), text) };
    },
    has(list: readonly Word[], text: string): boolean {
      for (let k = 0; k < list.length; k++) if (this.at(list, k) > 0) return true;
      return this.inHan(text);
    },
  };
}

export function createStatementReader(data: MatcherData): (text: string) => Statements {
  const p = data.scope.placement;
  const all = (lists: { terms: string[] }[]) => lists.flatMap((l) => l.terms);
  const counts = createTermSet(all(p.counts));
  const things = createTermSet(all(p.countedThings));
  const enrolled = createTermSet(all(p.enrolledWords));
  // Every word that reports a failure, denies, or keeps the problem open.
  const failure = createTermSet([...all(p.problem), ...all(p.negators), ...all(p.unresolved)]);
  const nowWorks = createTermSet(all(p.nowWorks));
  const skip = createTermSet(all(p.doneSkip));
  const past = createTermSet(all(p.donePast));
  const subjects = p.doneBy.map((l, k) => ({
    terms: createTermSet(l.terms),
    han: l.terms.filter((t) => isHan(t)),
    endings: p.pastEndings[k]?.terms ?? [],
  }));
  const questions = createTermSet(all(p.questions));
  const hanQuestions = all(p.questions).filter((t) => isHan(t));
  const others = createTermSet(all(p.askingOthers));
  const howOpeners = createTermSet(all(p.howOpeners));
  const hanHowOpeners = all(p.howOpeners).filter((t) => isHan(t));
  const platformWords = new Set(data.synonyms.platforms.flatMap((x) => x.terms).map(foldCase));

  const countsEnrolled = (clause: string): boolean => {
    const list = wordsOf(clause);
    if (list.some((w) => isHan(w.lower))) return hanCount(clause);
    for (let k = 0; k < list.length; k++) {
      const number = /^\d+$/.test(list[k].lower) && !platformWords.has(list[k - 1]?.fold ?? '');
      const n = number ? 1 : counts.at(list, k);
      if (n === 0) continue;
      for (let j = k + n; j <= k + n + countGap && j < list.length; j++) {
        if (things.at(list, j) === 0) continue;
        const from = Math.max(0, k - enrolledGap);
        const to = Math.min(list.length, j + 1 + enrolledGap);
        for (let e = from; e < to; e++) if (enrolled.at(list, e) > 0) return true;
      }
    }
    return false;
  };
  // "注册了很多台设备": a count and a device in the clause, enrolled named in it.
  const hanCount = (clause: string) =>
    (counts.inHan(clause) || /\d\s*台/u.test(clause)) && things.inHan(clause) && enrolled.inHan(clause);

  const done = (text: string, list: readonly Word[]): boolean => {
    const length = list.reduce((n, w) => n + (isHan(w.lower) ? Math.ceil(w.lower.length / 2) : 1), 0);
    if (length > chatWords) return false;
    if (nowWorks.has(list, text)) return true;
    for (const s of subjects) {
      for (const h of s.han) {
        const at = text.indexOf(h);
        if (at >= 0 && text.indexOf('了', at + h.length) > 0) return true;
      }
      if (s.endings.length === 0) continue;
      for (let k = 0; k < list.length; k++) {
        const n = s.terms.at(list, k);
        if (n === 0) continue;
        let j = k + n;
        for (let gap = 0; gap < skipGap && j < list.length; gap++) {
          const m = skip.at(list, j);
          if (m === 0) break;
          j += m;
        }
        const w = list[j];
        if (!w) continue;
        if (past.at(list, j) > 0) return true;
        if (s.endings.some((e) => w.lower.endsWith(e) && w.lower.length - e.length >= stemLength))
          return true;
      }
    }
    return past.inHan(text);
  };

  // A sentence ending in a question mark that opens with a question word (in Chinese, holds one), or one
  // opening as a how-to does, with or without the mark.
  const asksGenerally = (text: string): boolean => {
    for (const sentence of text.split(sentenceEnd)) {
      const list = wordsOf(sentence);
      if (
        list.length > 0 &&
        (howOpeners.at(list, 0) > 0 || hanHowOpeners.some((h) => sentence.trimStart().startsWith(h)))
      )
        return true;
    }
    for (const [sentence] of text.matchAll(questionSentence)) {
      const list = wordsOf(sentence);
      if (list.length === 0) continue;
      if (
        list.some((w) => isHan(w.lower))
          ? hanQuestions.some((q) => sentence.includes(q))
          : questions.at(list, 0) > 0
      )
        return true;
    }
    return false;
  };

  return (raw) => {
    const counted = raw
      .slice(0, countedText)
      .split(clauseBreak)
      .some((c) => countsEnrolled(c));
    if (raw.length > shortText) return { counted, chatLine: false, generalQuestion: false };
    const list = wordsOf(raw);
    // "nu funkar det", "现在可以了": the words saying it works now report no failure of their own.
    const rest = nowWorks.without(list, raw);
    const failing = failure.has(rest.list, rest.text);
    return {
      counted,
      chatLine: !failing && done(raw, list),
      generalQuestion: !failing && !others.has(list, raw) && asksGenerally(raw),
    };
  };
}
