import type { EntryPlatform, KnowledgeBase, Locale, RichText } from '../knowledge/entry.ts';
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
  titles: Record<Locale, string>;
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

/** Least total weight of an alias phrase. */
const minAliasWeight = 3;

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

export function buildPhraseIndex(kb: KnowledgeBase, data: MatcherData): PhraseIndex {
  const extra = new Map(data.phrases.entries.map((e) => [e.id, e]));
  const corpus: string[] = [];
  const raw = kb.entries.map((entry) => {
    const titles = Object.fromEntries(
      (Object.keys(entry.locales) as Locale[]).map((l) => [l, entry.locales[l].title]),
    ) as Record<Locale, string>;
    const texts: { text: string; kind: PhraseKind }[] = [];
    for (const locale of Object.keys(entry.locales) as Locale[]) {
      const localized = entry.locales[locale];
      if (localized.fallback && locale !== 'en') continue;
      texts.push({ text: withoutCodes(localized.title), kind: 'message' });
    }
    for (const p of extra.get(entry.id)?.phrases ?? []) texts.push({ text: p.text, kind: p.kind });
    // The article's own description of the symptom and its causes, sentence by sentence: how people
    // describe the problem when they have no error text ("MFA is enabled", "Samsung Smart Manager…").
    for (const locale of Object.keys(entry.locales) as Locale[]) {
      const localized = entry.locales[locale];
      if (localized.fallback) continue;
      const prose = [
        ...localized.intro.flatMap((b) => (b.kind === 'paragraph' ? [plain(b.text)] : [])),
        ...localized.causes.map((c) => plain(c.summary)),
      ];
      for (const paragraph of prose)
        for (const s of sentences(withoutCodes(paragraph))) texts.push({ text: s, kind: 'prose' });
    }
    corpus.push(...texts.map((t) => t.text));
    return { entry, titles, texts };
  });

  const analyzer = createAnalyzer(data.synonyms.concepts, corpus);
  const conceptWeight = new Map(data.synonyms.concepts.map((c) => [`§${c.concept}`, c.weight ?? 1]));

  // Sentences of titles become phrases of their own (a user pastes "This Service is not supported"),
  // unless several entries share the sentence ("Profile Installation Failed." starts three titles).
  const sentenceOwners = new Map<string, Set<string>>();
  for (const { entry, texts } of raw) {
    for (const t of texts.filter((x) => x.kind === 'message')) {
      for (const s of sentences(t.text)) {
        const key = analyzer.analyzeExact(s).join(' ');
        const owners = sentenceOwners.get(key) ?? new Set<string>();
        owners.add(entry.id);
        sentenceOwners.set(key, owners);
      }
    }
  }

  const df = new Map<string, number>();
  const entries: IndexedEntry[] = raw.map(({ entry, titles, texts }) => {
    const phrases: IndexedPhrase[] = [];
    const seen = new Set<string>();
    const add = (text: string, kind: PhraseKind) => {
      const ordered = analyzer.analyzeExact(text);
      const terms = [...new Set(ordered)];
      const key = ordered.join(' ');
      if (terms.length === 0 || seen.has(key)) return;
      seen.add(key);
      phrases.push({ text, kind, terms, sequence: ` ${key} `, total: 0 });
    };
    for (const t of texts) {
      add(t.text, t.kind);
      if (t.kind !== 'message') continue;
      const parts = sentences(t.text);
      if (parts.length < 2) continue;
      for (const s of parts) {
        if ((sentenceOwners.get(analyzer.analyzeExact(s).join(' '))?.size ?? 0) === 1) add(s, 'message');
      }
    }
    for (const term of new Set(phrases.flatMap((p) => p.terms))) df.set(term, (df.get(term) ?? 0) + 1);
    return { id: entry.id, platform: entry.platform, titles, phrases };
  });

  const n = entries.length;
  const weights = new Map<string, number>();
  for (const [term, count] of df) weights.set(term, Math.log(1 + n / count) * (conceptWeight.get(term) ?? 1));
  const unknownWeight = Math.log(1 + n);
  const weight = (term: string) => weights.get(term) ?? conceptWeight.get(term) ?? unknownWeight;
  for (const e of entries) {
    for (const p of e.phrases) p.total = p.terms.reduce((sum, t) => sum + weight(t), 0);
    // Article sentences of only common words ("Possible causes:") would match anything.
    e.phrases = e.phrases.filter((p) => p.kind === 'message' || p.total >= minAliasWeight);
  }

  const phrases = entries.flatMap((entry) => entry.phrases.map((phrase) => ({ phrase, entry })));
  const postings = new Map<string, number[]>();
  phrases.forEach(({ phrase }, n) => {
    for (const term of phrase.terms) {
      const list = postings.get(term);
      if (list) list.push(n);
      else postings.set(term, [n]);
    }
  });

  const codes = new Map<string, string[]>();
  const codeLabels = new Map<string, string>();
  const addCode = (code: string, id: string) => {
    const key = codeKey(code);
    if (!codeLabels.has(key)) codeLabels.set(key, key.startsWith('0x') ? key : code);
    const ids = codes.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    codes.set(key, ids);
  };
  for (const entry of kb.entries) for (const c of entry.codes) addCode(c, entry.id);
  for (const e of data.phrases.entries) for (const c of e.codes) addCode(c.code, e.id);

  const family = new Map<string, Set<string>>();
  for (const f of data.families.families) {
    for (const id of f.ids) {
      const set = family.get(id) ?? new Set<string>([id]);
      for (const other of f.ids) set.add(other);
      family.set(id, set);
    }
  }

  return {
    analyzer,
    entries,
    weight,
    knows: (t) => weights.has(t),
    codes,
    family,
    phrases,
    postings,
    codeLabels,
  };
}
