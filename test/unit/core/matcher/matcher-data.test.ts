import { existsSync, readFileSync } from 'node:fs';
import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { defaultMatcherData } from '../../../../src/core/matcher/matcher-data.ts';
import { foldCase, isHan, words } from '../../../../src/core/matcher/normalize.ts';
import { isStopword, stem } from '../../../../src/core/matcher/stem.ts';
import { heldOutCases } from './held-out-cases.ts';

const data = defaultMatcherData();
const ids = new Set(loadKnowledgeBase().entries.map((e) => e.id));

describe('content/matcher data', () => {
  it('names only entries of the catalogue', () => {
    const named = [...data.phrases.entries.map((e) => e.id), ...data.families.families.flatMap((f) => f.ids)];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('traces every phrase and code to a source', () => {
    for (const e of data.phrases.entries) {
      for (const p of e.phrases) expect(p.source.length).toBeGreaterThan(3);
      for (const c of e.codes) expect(c.source.length).toBeGreaterThan(3);
    }
    for (const c of data.synonyms.concepts) expect(c.source.length).toBeGreaterThan(3);
  });

  it('gives no synonym, as the matcher reads it, to two concepts', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of data.synonyms.concepts) {
      for (const t of c.terms) {
        const read = words(t)
          .filter((w) => !isStopword(w))
          .map((w) => (isHan(w) ? w : stem(w)))
          .join(' ');
        expect(read).not.toBe('');
        const previous = owner.get(read);
        if (previous && previous !== c.concept) clashes.push(`${t}: ${previous} and ${c.concept}`);
        owner.set(read, previous ?? c.concept);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('labels held-out queries only with entries of the catalogue, and with none exactly when out of scope', () => {
    const named = heldOutCases.flatMap((c) => c.expect);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    for (const c of heldOutCases)
      expect(c.expect.length === 0).toBe(['near-miss', 'out-of-scope'].includes(c.category));
  });

  const devFile = new URL('../../../../../shared/eval/dev.jsonl', import.meta.url);
  const maybe = existsSync(devFile) ? it : it.skip;
  maybe('holds no text of the development queries', () => {
    const dev = readFileSync(devFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => foldCase(JSON.parse(l).text as string));
    const ours = data.phrases.entries.flatMap((e) => e.phrases.map((p) => foldCase(p.text)));
    expect(ours.filter((p) => dev.includes(p))).toEqual([]);
  });

  // The error messages themselves are held-out queries too ("exact"); descriptions in people's words are not data.
  it('holds no held-out description in people’s own words (the data describes entries, it lists no test sentences)', () => {
    const ownWords = heldOutCases.filter((c) => ['symptom', 'near-miss', 'paraphrase'].includes(c.category));
    const heldOut = new Set(ownWords.map((c) => foldCase(c.text)));
    const ours = data.phrases.entries.flatMap((e) => e.phrases.map((p) => foldCase(p.text)));
    expect(ours.filter((p) => heldOut.has(p))).toEqual([]);
  });
});
