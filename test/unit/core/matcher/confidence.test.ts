import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import type { KnowledgeBase } from '../../../../src/core/knowledge/entry.ts';
import type { ConfidenceModel } from '../../../../src/core/matcher/confidence.ts';
import { createMatcher, isClearWinner, thresholds } from '../../../../src/core/matcher/create-matcher.ts';
import { defaultMatcherData } from '../../../../src/core/matcher/matcher-data.ts';
import { heldOutCases } from './held-out-cases.ts';

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase();
});

/** A model of one feature: `intercept` alone decides when the weight is 0. */
const model = (mode: ConfidenceModel['mode'], intercept: number): ConfidenceModel => ({
  about: 'test',
  mode,
  features: ['top'],
  mean: [0],
  scale: [1],
  weights: [0],
  intercept,
  threshold: 0.5,
});
const withModel = (m: ConfidenceModel) => createMatcher(kb, { ...defaultMatcherData(), confidence: m });

// Written for these tests: a documented cause in plain words, a network symptom two cards share,
// and another vendor's product with an Intune message.
const clear = 'the PC client install fails, the certificate file is missing from the installer folder';
const unsure = 'enrollment works at home but not in the office network on the iPads';
const otherVendor = 'Jamf Pro says Device Cap Reached for a user';

describe('the confidence decision', () => {
  it('comes with the figures it weighed and the rules’ verdict, the same decision as a plain match', () => {
    const matcher = createMatcher(kb);
    for (const [text, platform] of [
      [clear, 'windows'],
      [unsure, undefined],
      [otherVendor, undefined],
    ] as const) {
      const inspected = matcher.inspect(text, { platform });
      const plain = matcher.match(text, { platform });
      expect(inspected.result.hits.map((h) => h.id)).toEqual(plain.hits.map((h) => h.id));
      expect(inspected.result.confident).toBe(plain.confident);
      expect(inspected.features?.top).toBeCloseTo(plain.hits[0].score, 2);
      expect(inspected.features?.platformStated).toBe(platform ? 1 : 0);
    }
    const sure = matcher.inspect(clear, { platform: 'windows' });
    expect(sure.result.hits[0].id).toBe('general/error-code-0x80043007');
    expect(sure.rules && sure.result.confident).toBe(true);
    expect(sure.features?.rules).toBe(1);
    const doubt = matcher.inspect(unsure);
    expect(doubt.rules || doubt.result.confident).toBe(false);
    expect(doubt.features?.ratio).toBeGreaterThan(0.5);
    const vetoed = matcher.inspect(otherVendor);
    expect(vetoed.refused).toBe(true);
    expect(vetoed.result.confident).toBe(false);
  });

  it('follows a loaded model as its mode says, while out-of-scope signals still refuse', () => {
    const yes = (mode: ConfidenceModel['mode']) => withModel(model(mode, 10));
    const no = (mode: ConfidenceModel['mode']) => withModel(model(mode, -10));
    // promote: the model makes a first hit the rules leave unsure an answer, the ranking unchanged.
    const rulesOnly = createMatcher(kb).match(unsure);
    const promoted = yes('promote').match(unsure);
    expect(promoted.confident).toBe(true);
    expect(promoted.hits[0].id).toBe(rulesOnly.hits[0].id);
    expect(no('promote').match(clear).confident).toBe(true);
    // both: the rules' answer needs the model too; replace: the model alone.
    expect(no('both').match(clear).confident).toBe(false);
    expect(no('replace').match(clear).confident).toBe(false);
    expect(yes('replace').match(unsure).confident).toBe(true);
    // Hard refusals stay whatever a model says.
    const vendor = yes('replace').match(otherVendor);
    expect(vendor.confident).toBe(false);
    expect(vendor.outOfScope).toBe(true);
    expect(yes('replace').match('Authenticator').confident).toBe(false);
  });

  it('changes no ranking and no decision by computing the figures for a model', () => {
    const plain = createMatcher(kb);
    const silent = withModel(model('promote', -50));
    const differ = heldOutCases.filter((c) => {
      const options = { locale: c.locale, platform: c.platform };
      const a = plain.match(c.text, options);
      const b = silent.match(c.text, options);
      return a.confident !== b.confident || a.hits.map((h) => h.id).join() !== b.hits.map((h) => h.id).join();
    });
    expect(differ.map((c) => c.text)).toEqual([]);
  });

  it('reads the rules from the figures alone, so the calibration script can re-tune their constants', () => {
    const matcher = createMatcher(kb);
    const differ = heldOutCases.filter((c) => {
      const a = matcher.inspect(c.text, { locale: c.locale, platform: c.platform });
      return a.features !== undefined && isClearWinner(a.features, thresholds) !== a.rules;
    });
    expect(differ.map((c) => c.text)).toEqual([]);
    // Stricter constants change the verdict on the same figures.
    const sure = matcher.inspect(clear, { platform: 'windows' });
    const strict = {
      ...thresholds,
      confident: 2,
      weakConfident: 2,
      anchoredConfident: 2,
      dominantConfident: 2,
    };
    expect(sure.rules).toBe(true);
    expect(sure.features && isClearWinner(sure.features, strict)).toBe(false);
  });
});
