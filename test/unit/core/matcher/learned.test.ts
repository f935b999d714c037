import learned from '../../../../content/compiled/learned-model.json' with { type: 'json' };
import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import {
  classProbabilities,
  learnedModelSchema,
  noneClass,
  type OpinionContext,
  reconsider,
} from '../../../../src/core/matcher/learned.ts';
import type { MatchHit, MatchResult } from '../../../../src/core/matcher/match-result.ts';
import { defaultMatcherData } from '../../../../src/core/matcher/matcher-data.ts';
import { freshBatchNames, heldOutBatches } from './held-out-cases.ts';

const model = learnedModelSchema.parse(learned);
const kb = loadKnowledgeBase();

describe('the learned model file', () => {
  it('was fitted on no batch kept fresh (those judge the work) and only on sets that exist', () => {
    expect(model.trainedOn.filter((name) => freshBatchNames.has(name))).toEqual([]);
    for (const name of model.trainedOn) expect(name === 'dev' || name in heldOutBatches).toBe(true);
  });

  it('knows every entry of the knowledge base and "none of them"', () => {
    expect([...model.classes].sort()).toEqual([...kb.entries.map((e) => e.id), noneClass].sort());
  });

  it('gives a distribution over the entries for text in any of the four languages', () => {
    for (const text of [
      'iPads never start enrollment',
      'iPaden startar aldrig',
      'l’iPad ne démarre pas',
      'iPad 从不注册',
    ]) {
      const p = classProbabilities(model, text, []);
      expect(p).toHaveLength(model.classes.length);
      expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
    }
  });
});

const ids = ['a/one', 'a/two', 'b/one', 'c/one', noneClass];
const hit = (id: string, score: number): MatchHit => ({
  id,
  score,
  why: id,
  reason: { kind: 'similar', phrase: id },
});
const context: OpinionContext = {
  classes: ids,
  family: new Map([
    ['a/one', new Set(['a/one', 'a/two'])],
    ['a/two', new Set(['a/one', 'a/two'])],
  ]),
  hitFor: (id, score) => hit(id, score),
  maxHits: 5,
  listed: 0.12,
};
const probabilities = (...p: number[]) => Float64Array.from(p);
const blend = { weight: 0.5, agree: 0.7, none: 0.2, least: 0.1, disagree: 0.05 };

describe('the second opinion', () => {
  const doubt: MatchResult = { hits: [hit('b/one', 0.3), hit('c/one', 0.28)], confident: false };

  it('puts the entry both agree on first and answers when the model is sure', () => {
    const r = reconsider(doubt, false, probabilities(0, 0, 0.05, 0.9, 0.05), blend, context);
    expect(r.hits[0].id).toBe('c/one');
    expect(r.confident).toBe(true);
  });

  it('never makes a refused text confident, whatever the model says (another product, a bare name)', () => {
    const r = reconsider(doubt, true, probabilities(0, 0, 0, 1, 0), blend, context);
    expect(r.confident).toBe(false);
  });

  it('does not answer when the model finds the text is about none of the entries', () => {
    const r = reconsider(doubt, false, probabilities(0, 0, 0, 0.7, 0.3), blend, context);
    expect(r.confident).toBe(false);
  });

  it('never answers for an entry only the model proposes', () => {
    const r = reconsider(doubt, false, probabilities(0.98, 0, 0, 0, 0.02), blend, context);
    expect(r.hits.map((h) => h.id)).toContain('a/one');
    expect(r.confident).toBe(false);
  });

  it('turns a confident answer the model all but rules out into a question', () => {
    const sure: MatchResult = { hits: [hit('b/one', 0.9), hit('c/one', 0.2)], confident: true };
    expect(reconsider(sure, false, probabilities(0, 0, 0.5, 0.5, 0), blend, context).confident).toBe(true);
    const ruledOut = reconsider(sure, false, probabilities(0, 0, 0.02, 0, 0.98), blend, context);
    expect(ruledOut.hits[0].id).toBe('b/one');
    expect(ruledOut.confident).toBe(false);
  });

  it('keeps the rules’ order among the cards of one family (the platform the user named first)', () => {
    const named: MatchResult = { hits: [hit('a/two', 0.4), hit('a/one', 0.42)], confident: true };
    const r = reconsider(named, false, probabilities(0.3, 0.3, 0.2, 0.2, 0), blend, context);
    expect(r.hits.slice(0, 2).map((h) => h.id)).toEqual(['a/two', 'a/one']);
  });
});

describe('the matcher with the model', () => {
  const withModel = createMatcher(kb, { ...defaultMatcherData(), learned: model });
  const rulesOnly = createMatcher(kb, { ...defaultMatcherData(), learned: undefined });

  it('leaves a documented code or a documented message word for word to the rules', () => {
    for (const text of ['0x80CF0437', 'Device Cap Reached', 'Profile installation failed'])
      expect(withModel.match(text)).toEqual(rulesOnly.match(text));
  });

  it('is confident on a description only where the rules are (it re-ranks, it does not answer)', () => {
    const symptoms = Object.values(heldOutBatches)
      .flat()
      .filter((c) => c.category === 'symptom' || c.category === 'near-miss');
    for (const c of symptoms.slice(0, 200)) {
      const options = { locale: c.locale, platform: c.platform };
      if (withModel.match(c.text, options).confident)
        expect(rulesOnly.match(c.text, options).confident).toBe(true);
    }
  });
});
