import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import { isRight } from '../../../../src/core/matcher/evaluate.ts';
import { ownSymptomCases, ownSymptomCasesSecond } from './own-symptoms.ts';
import { ownSiblingCases } from './own-symptoms-siblings.ts';

const matcher = createMatcher(loadKnowledgeBase());

const decide = (c: (typeof ownSymptomCases)[number]) => {
  const r = matcher.match(c.text, { locale: c.locale, platform: c.platform });
  return { ids: r.hits.map((h) => h.id), confident: r.confident };
};

// Symptoms in people's words for every entry and its documented causes, four languages. The floors are
// what the matcher scores today: a change that makes described symptoms worse fails here, whatever a
// held-out batch says.
describe('symptoms in people’s own words, entry by entry', () => {
  const answers = ownSymptomCases.map((c) => ({ c, a: decide(c) }));

  test('covers every entry of the catalogue', () => {
    const kb = loadKnowledgeBase();
    const named = new Set(ownSymptomCases.flatMap((c) => c.expect));
    for (const e of kb.entries) expect(named).toContain(e.id);
  });

  test('answers most of them with a right entry, confidently', () => {
    const right = answers.filter(({ c, a }) => isRight(c, a)).length;
    expect(right).toBeGreaterThanOrEqual(109);
  });

  test('is rarely confident and wrong, and has the entry among its first three', () => {
    const wrong = answers.filter(({ c, a }) => a.confident && !c.expect.includes(a.ids[0])).length;
    expect(wrong).toBe(0);
    const top3 = answers.filter(({ c, a }) => a.ids.slice(0, 3).some((id) => c.expect.includes(id))).length;
    expect(top3).toBe(ownSymptomCases.length);
  });
});

// The second set was written after the first vocabulary round and scored once (35 of 42, two confident and
// wrong); the later rounds were checked against it, so its floor is what it scores now.
describe('a second set of symptoms, written after the first round', () => {
  test('answers them as well as today, and none confidently wrong', () => {
    const answers = ownSymptomCasesSecond.map((c) => ({ c, a: decide(c) }));
    expect(answers.filter(({ c, a }) => isRight(c, a)).length).toBeGreaterThanOrEqual(37);
    expect(answers.filter(({ c, a }) => a.confident && !c.expect.includes(a.ids[0])).length).toBe(0);
  });
});

// Sibling cards that share a message or a cause, written before the ranking between them was changed:
// 42 of 62 as written, 11 confidently wrong. The words for personal and company-bought devices were added
// after reading its misses, so it is no fresh figure; the floor is what it scores now.
describe('symptoms of sibling cards', () => {
  test('finds the card that names the cause, and is rarely confident and wrong', () => {
    const answers = ownSiblingCases.map((c) => ({ c, a: decide(c) }));
    expect(answers.filter(({ c, a }) => isRight(c, a)).length).toBeGreaterThanOrEqual(55);
    expect(
      answers.filter(({ c, a }) => a.confident && !c.expect.includes(a.ids[0])).length,
    ).toBeLessThanOrEqual(2);
  });
});

describe('a phone or a tablet named in the text', () => {
  test('is no Windows PC: the Intune PC client’s "Account is deleted" is no answer for an iPhone', () => {
    const iphone = matcher.match('the account was removed and the iPhone cannot enroll');
    expect(iphone.confident).toBe(false);
    const laptop = matcher.match('the account was removed and the laptop cannot enroll');
    expect(laptop.confident).toBe(true);
    expect(laptop.hits[0]?.id).toBe('general/error-code-0x80043003');
  });
});
