import type { Entry, EntryPlatform, KnowledgeBase, Locale, RichText } from '../knowledge/entry.ts';
import { type Analyzer, createAnalyzer } from './analyzer.ts';
import { codeKey } from './codes.ts';
import type { MatcherData } from './matcher-data.ts';

export type PhraseKind = 'message' | 'alias' | 'prose';

/** A text the index compares queries with: an entry's title (or one sentence of it), a message or an alias. */
export type IndexedPhrase = {
  text: string;
  /** `prose`: a sentence of the article's symptom or cause text (weaker than a message or an alias). */
  kind: PhraseKind;
  /** Distinct terms. */
  terms: string[];
  /** The terms in reading order, space-separated with a space at each end (for run checks). */
  sequence: string;
  total: number;
};

export type IndexedEntry = {
  id: string;
  platform: EntryPlatform;
  phrases: IndexedPhrase[];
};

export type PhraseIndex = {
  analyzer: Analyzer;
  entries: IndexedEntry[];
  /** Weight of a term: rarer across entries = heavier; concepts scaled by their data weight. */
  weight(term: string): number;
  /** Whether any entry uses the term at all. */
  knows(term: string): boolean;
  /** Documented code key → ids of the entries listing it. */
  codes: Map<string, string[]>;
  /** Entry id → ids documenting the same error. */
  family: Map<string, Set<string>>;
  /** Every phrase of every entry, numbered; `postings` maps a term to the numbers of phrases holding it. */
  phrases: { phrase: IndexedPhrase; entry: IndexedEntry }[];
  postings: Map<string, number[]>;
  /** Display form of each code key (`devicecapreached` → `DeviceCapReached`). */
  codeLabels: Map<string, string>;
};

/** Least total weight of an article sentence to be kept as a phrase. */
const minProseWeight = 3;

const hexCode = /\b(?:0x)?[0-9a-f]{3,8}\b(?=[,:\s]|$)/gi;

/** Sentences of a title ("Profile Installation Failed. A Network Error Has Occurred." → two). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.。!?！？])\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function plain(text: RichText): string {
  return text.map((i) => i.text).join('');
}

/** Error-code titles read "0x80CF0437: The clock…": codes are indexed apart, the words stay. */
function withoutCodes(text: string): string {
  return text.replace(hexCode, (m) => (/\d/.test(m) ? ' ' : m)).replace(/^[\s,:-]+/, '');
}

/**
 * Builds everything a query is compared with: each entry's phrases as weighted terms, the postings
 * from term to phrases, the code index and the families. Runs once at start-up.
 */
export function buildPhraseIndex(kb: KnowledgeBase, data: MatcherData): PhraseIndex {
  const extra = new Map(data.phrases.entries.map((e) => [e.id, e]));
  const raw = kb.entries.map((entry) => ({
    entry,
    texts: entryTexts(entry, extra.get(entry.id)?.phrases ?? []),
  }));
  const analyzer = createAnalyzer(
    data.synonyms.concepts,
    raw.flatMap((r) => r.texts),
    data.commonWords,
  );
  const shared = sharedSentences(raw, analyzer);
  const entries: IndexedEntry[] = raw.map(({ entry, texts }) => ({
    id: entry.id,
    platform: entry.platform,
    phrases: entryPhrases(texts, analyzer, shared),
  }));
  const { weight, knows } = weigh(entries, data);
  for (const e of entries) {
    for (const p of e.phrases) p.total = p.terms.reduce((sum, t) => sum + weight(t), 0);
    // Article sentences of only common words ("Possible causes:") would match anything.
    e.phrases = e.phrases.filter((p) => p.kind !== 'prose' || p.total >= minProseWeight);
  }
  const phrases = entries.flatMap((entry) => entry.phrases.map((phrase) => ({ phrase, entry })));
  return {
    analyzer,
    entries,
    weight,
    knows,
    ...codeIndex(kb, data),
    family: families(data),
    phrases,
    postings: postingsOf(phrases.map((p) => p.phrase)),
  };
}

/** `lang`: the language it is written in (spelling correction keeps to the query's language). */
type Text = { text: string; kind: PhraseKind; lang: Locale };

/**
 * The texts of one entry: its titles (English and each translated locale), the extra messages and
 * aliases of the data files, and the article's own description of the symptom and its causes,
 * sentence by sentence (how people describe the problem when they have no error text).
 */
function entryTexts(
  entry: Entry,
  extra: readonly { text: string; kind: 'message' | 'alias'; lang: Locale }[],
): Text[] {
  const texts: Text[] = [];
  const locales = (Object.keys(entry.locales) as Locale[]).filter(
    (l) => l === 'en' || !entry.locales[l].fallback,
  );
  for (const locale of locales)
    texts.push({ text: withoutCodes(entry.locales[locale].title), kind: 'message', lang: locale });
  for (const p of extra) texts.push({ text: p.text, kind: p.kind, lang: p.lang });
  for (const locale of locales) {
    const localized = entry.locales[locale];
    if (localized.fallback) continue;
    const prose = [
      ...localized.intro.flatMap((b) => (b.kind === 'paragraph' ? [plain(b.text)] : [])),
      ...localized.causes.map((c) => plain(c.summary)),
    ];
    for (const paragraph of prose) {
      for (const s of sentences(withoutCodes(paragraph)))
        texts.push({ text: s, kind: 'prose', lang: locale });
    }
  }
  return texts;
}

/** Sentences that start or end the messages of several entries ("Profile Installation Failed."). */
function sharedSentences(raw: { entry: Entry; texts: Text[] }[], analyzer: Analyzer): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const { entry, texts } of raw) {
    for (const t of texts) {
      if (t.kind !== 'message') continue;
      for (const s of sentences(t.text)) {
        const key = analyzer.analyzeExact(s).join(' ');
        const set = owners.get(key) ?? new Set<string>();
        set.add(entry.id);
        owners.set(key, set);
      }
    }
  }
  return new Set([...owners].filter(([, set]) => set.size > 1).map(([key]) => key));
}

/**
 * One entry's phrases, analysed and without duplicates. The sentences of a message become phrases of
 * their own (a user pastes "This Service is not supported"), unless other entries share them.
 */
function entryPhrases(texts: Text[], analyzer: Analyzer, shared: Set<string>): IndexedPhrase[] {
  const phrases: IndexedPhrase[] = [];
  const seen = new Set<string>();
  const add = (text: string, kind: PhraseKind) => {
    const ordered = analyzer.analyzeExact(text);
    const key = ordered.join(' ');
    if (ordered.length === 0 || seen.has(key)) return;
    seen.add(key);
    phrases.push({ text, kind, terms: [...new Set(ordered)], sequence: ` ${key} `, total: 0 });
  };
  for (const t of texts) {
    add(t.text, t.kind);
    const parts = t.kind === 'message' ? sentences(t.text) : [];
    if (parts.length < 2) continue;
    for (const s of parts) if (!shared.has(analyzer.analyzeExact(s).join(' '))) add(s, 'message');
  }
  return phrases;
}

/** Term weights: rarer across entries is heavier (idf), scaled by the concept's weight in the data. */
function weigh(entries: IndexedEntry[], data: MatcherData): Pick<PhraseIndex, 'weight' | 'knows'> {
  const conceptWeight = new Map(data.synonyms.concepts.map((c) => [`§${c.concept}`, c.weight ?? 1]));
  const df = new Map<string, number>();
  for (const e of entries) {
    for (const term of new Set(e.phrases.flatMap((p) => p.terms))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = entries.length;
  const weights = new Map<string, number>();
  for (const [term, count] of df) weights.set(term, Math.log(1 + n / count) * (conceptWeight.get(term) ?? 1));
  const unknownWeight = Math.log(1 + n);
  return {
    weight: (term) => weights.get(term) ?? conceptWeight.get(term) ?? unknownWeight,
    knows: (term) => weights.has(term),
  };
}

function postingsOf(phrases: IndexedPhrase[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  phrases.forEach((phrase, n) => {
    for (const term of phrase.terms) {
      const list = postings.get(term);
      if (list) list.push(n);
      else postings.set(term, [n]);
    }
  });
  return postings;
}

/** Codes of the compiled entries and of the data files, by key, with the spelling to show. */
function codeIndex(kb: KnowledgeBase, data: MatcherData): Pick<PhraseIndex, 'codes' | 'codeLabels'> {
  const codes = new Map<string, string[]>();
  const codeLabels = new Map<string, string>();
  const add = (code: string, id: string) => {
    const key = codeKey(code);
    if (!codeLabels.has(key)) codeLabels.set(key, key.startsWith('0x') ? key : code);
    const ids = codes.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    codes.set(key, ids);
  };
  for (const entry of kb.entries) for (const c of entry.codes) add(c, entry.id);
  for (const e of data.phrases.entries) for (const c of e.codes) add(c.code, e.id);
  return { codes, codeLabels };
}

function families(data: MatcherData): Map<string, Set<string>> {
  const family = new Map<string, Set<string>>();
  for (const f of data.families.families) {
    for (const id of f.ids) {
      const set = family.get(id) ?? new Set<string>([id]);
      for (const other of f.ids) set.add(other);
      family.set(id, set);
    }
  }
  return family;
}
