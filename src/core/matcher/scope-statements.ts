import type { MatcherData } from './matcher-data.ts';
import { foldCase, isHan, withoutHanTerms } from './normalize.ts';

/**
 * What a short text states besides the words it shares with the articles. `counted`: it gives a count
 * of enrolled devices ("she already has 15 devices enrolled", "beaucoup d'appareils inscrits", "注册了很多台
 * 设备"), which is the device limit, not one machine already enrolled. `chatLine`: it says what someone
 * did or that it works now, and reports no failure ("I deleted an old device", "ok ça marche
 * maintenant"). `generalQuestion`: it asks how things are or are done and reports no failure ("what is
 * the device limit per user?", "hur registrerar jag en iPad?").
 */
export type Statements = {
  counted: boolean;
  chatLine: boolean;
  /**
   * The chat line says all is well now ("all showing compliant now", "det funkar nu, tack", "好了，谢谢"):
   * no problem at all, not only no failure named.
   */
  allWell: boolean;
  generalQuestion: boolean;
};

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

/**
 * Words as written but lower case (accents kept, for the French endings) and folded; Chinese runs whole.
 * `clause` and `sentence` number the parts of the text the word stands in.
 */
type Word = { lower: string; fold: string; clause: number; sentence: number };
type Read = { words: Word[]; asked: Set<number> };
const wordPattern = /\p{Script=Han}+|[\p{L}\p{M}\p{N}]+/gu;
const clauseMark = /[.!?;:,\n。！？；：，、]/u;
const sentenceMark = /[.!?\n。！？]/u;
const questionMark = /[?？]/u;
const asciiText = /^\p{ASCII}*$/u;

/** The text's words, once: clauses, sentences and the sentences ending in a question mark read from the gaps. */
function wordsOf(text: string): Read {
  const lower = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/n't\b/g, ' not');
  const matches = [...lower.matchAll(wordPattern)];
  // Folding the text once costs less than folding word by word; the words line up unless folding joined
  // or split one (a ligature, a width form), and then each is folded alone.
  // Plain ASCII, lower case and with its quotes unified, is its own folding: its words are the folded ones.
  const plain = asciiText.test(lower);
  const folded = plain ? [] : [...foldCase(lower).matchAll(wordPattern)].map((m) => m[0]);
  const aligned = plain || folded.length === matches.length;
  const asked = new Set<number>();
  const words: Word[] = [];
  let clause = 0;
  let sentence = 0;
  let end = 0;
  for (const [k, m] of matches.entries()) {
    const gap = lower.slice(end, m.index);
    if (words.length > 0 && clauseMark.test(gap)) clause++;
    if (words.length > 0 && sentenceMark.test(gap)) {
      if (questionMark.test(gap)) asked.add(sentence);
      sentence++;
    }
    words.push({ lower: m[0], fold: plain ? m[0] : aligned ? folded[k] : foldCase(m[0]), clause, sentence });
    end = m.index + m[0].length;
  }
  if (questionMark.test(lower.slice(end))) asked.add(sentence);
  return { words, asked };
}

/** The words from `from` to `to` as one text, in which Chinese terms are found. */
function spanText(words: readonly Word[], from: number, to: number): string {
  return words
    .slice(from, to)
    .map((w) => w.lower)
    .join(' ');
}

/** Runs of folded words (Latin terms) and Chinese terms, found in a text. */
function createTermSet(terms: readonly string[]) {
  const han = terms.filter((t) => isHan(t));
  // Runs by their first word, longest first, so a word only tries the runs that can start at it.
  const byFirst = new Map<string, string[][]>();
  for (const t of terms) {
    if (isHan(t) || t.endsWith('*')) continue;
    const run = wordsOf(t).words.map((w) => w.fold);
    if (run.length === 0) continue;
    const list = byFirst.get(run[0]) ?? [];
    list.push(run);
    list.sort((x, y) => y.length - x.length);
    byFirst.set(run[0], list);
  }
  const prefixes = terms.filter((t) => t.endsWith('*')).map((t) => foldCase(t.slice(0, -1)));
  return {
    /** Length in words of the longest run of the set starting at `at` (0: none). */
    at(list: readonly Word[], at: number): number {
      const word = list[at]?.fold;
      if (word === undefined) return 0;
      for (const run of byFirst.get(word) ?? [])
        if (run.every((w, k) => list[at + k]?.fold === w)) return run.length;
      return prefixes.some((p) => word.startsWith(p)) ? 1 : 0;
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
      return { list: kept, text: withoutHanTerms(text, han) };
    },
    has(list: readonly Word[], text: string): boolean {
      for (let k = 0; k < list.length; k++) if (this.at(list, k) > 0) return true;
      return this.inHan(text);
    },
  };
}

export type StatementReader = ((text: string) => Statements) & {
  /**
   * Whether a clause opens with what someone did and says nothing fails in it ("we even reset MFA for one
   * user", "vi återställde MFA", "我们重置了 MFA"): an attempt, not where the problem lives.
   */
  acts(clause: string): boolean;
};

export function createStatementReader(data: MatcherData): StatementReader {
  const p = data.scope.placement;
  const all = (lists: { terms: string[] }[]) => lists.flatMap((l) => l.terms);
  const counts = createTermSet(all(p.counts));
  const things = createTermSet(all(p.countedThings));
  const enrolled = createTermSet(all(p.enrolledWords));
  // Every word that reports a failure, denies, or keeps the problem open.
  const failure = createTermSet([...all(p.problem), ...all(p.negators), ...all(p.unresolved)]);
  const nowWorks = createTermSet(all(p.nowWorks));
  const fineStates = createTermSet(all(p.fineStates));
  const fineCues = createTermSet(all(p.fineCues));
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

  // Within one clause ("15 devices enrolled"): a count, what it counts, and "enrolled" near them.
  const countsEnrolled = (words: readonly Word[], from: number, to: number): boolean => {
    if (words.slice(from, to).some((w) => isHan(w.lower))) return hanCount(spanText(words, from, to));
    for (let k = from; k < to; k++) {
      const number = /^\d+$/.test(words[k].lower) && !platformWords.has(words[k - 1]?.fold ?? '');
      const n = number ? 1 : counts.at(words, k);
      if (n === 0) continue;
      for (let j = k + n; j <= k + n + countGap && j < to; j++) {
        if (things.at(words, j) === 0) continue;
        const first = Math.max(from, k - enrolledGap);
        const last = Math.min(to, j + 1 + enrolledGap);
        for (let e = first; e < last; e++) if (enrolled.at(words, e) > 0) return true;
      }
    }
    return false;
  };
  // "注册了很多台设备": a count and a device in the clause, enrolled named in it.
  const hanCount = (clause: string) =>
    (counts.inHan(clause) || /\d\s*台/u.test(clause)) && things.inHan(clause) && enrolled.inHan(clause);

  const chatLength = (list: readonly Word[]) =>
    list.reduce((n, w) => n + (isHan(w.lower) ? Math.ceil(w.lower.length / 2) : 1), 0);
  // "Det funkar nu, tack", "all showing compliant now", "les iPad sont inscrits, merci": it works now.
  const wellNow = (text: string, list: readonly Word[]): boolean =>
    chatLength(list) <= chatWords &&
    (nowWorks.has(list, text) || (fineStates.has(list, text) && fineCues.has(list, text)));
  // The words of the state and of now or thanks ("显示合规", "maintenant") report no failure of their own.
  const failsBeside = (rest: { list: Word[]; text: string }): boolean => {
    const states = fineStates.without(rest.list, rest.text);
    const left = fineCues.without(states.list, states.text);
    return failure.has(left.list, left.text);
  };
  // "I deleted an old device", "vi har lagt till licensen", "我删除了一台旧设备": someone did something.
  const acted = (text: string, list: readonly Word[]): boolean => {
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
  const done = (text: string, list: readonly Word[]): boolean =>
    chatLength(list) <= chatWords && (wellNow(text, list) || acted(text, list));

  // A sentence ending in a question mark that opens with a question word (in Chinese, holds one), or one
  // opening as a how-to does, with or without the mark.
  const asksGenerally = ({ words, asked }: Read): boolean => {
    for (let k = 0; k < words.length; k++) {
      if (k > 0 && words[k - 1].sentence === words[k].sentence) continue;
      const w = words[k];
      if (howOpeners.at(words, k) > 0 || hanHowOpeners.some((h) => w.lower.startsWith(h))) return true;
      if (!asked.has(w.sentence)) continue;
      let end = k;
      while (end < words.length && words[end].sentence === w.sentence) end++;
      const sentence = words.slice(k, end);
      if (
        sentence.some((x) => isHan(x.lower))
          ? hanQuestions.some((q) => sentence.some((x) => x.lower.includes(q)))
          : questions.at(words, k) > 0
      )
        return true;
    }
    return false;
  };

  const acts = (clause: string): boolean => {
    if (clause.length > shortText) return false;
    const { words } = wordsOf(clause);
    // The one who acted opens the clause: "AADSTS50158 … efter att vi slagit på …" reports an error.
    const opens = subjects.some(
      (s) => s.terms.at(words, 0) > 0 || s.han.some((h) => words[0]?.lower.startsWith(h)),
    );
    return opens && acted(clause, words) && !failure.has(words, clause);
  };
  const readText = (raw: string): Statements => {
    const read = wordsOf(raw.slice(0, countedText));
    const { words } = read;
    let counted = false;
    for (let from = 0; from < words.length && !counted; ) {
      let to = from;
      while (to < words.length && words[to].clause === words[from].clause) to++;
      counted = countsEnrolled(words, from, to);
      from = to;
    }
    if (raw.length > shortText) return { counted, chatLine: false, allWell: false, generalQuestion: false };
    // "nu funkar det", "现在可以了": the words saying it works now report no failure of their own.
    const rest = nowWorks.without(words, raw);
    const failing = failure.has(rest.list, rest.text);
    return {
      counted,
      chatLine: !failing && done(raw, words),
      allWell: !read.asked.size && wellNow(raw, words) && !failsBeside(rest),
      generalQuestion: !failing && !others.has(words, raw) && asksGenerally(read),
    };
  };
  return Object.assign(readText, { acts });
}
