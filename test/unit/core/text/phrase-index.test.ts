import fc from 'fast-check';
import { PhraseIndex, prepareText } from '../../../../src/core/text/phrase-index.ts';
import { containsPhrase, foldText, removePhrase } from '../../../../src/core/text/phrases.ts';

/**
 * The index only narrows which phrases a text is compared with: every phrase that occurs in the text,
 * or in what is left of it once other phrases are removed, must be among its candidates, or a command,
 * an answer or a platform would go unread.
 */
const word = fc.constantFrom(
  'ok',
  'thanks',
  'start',
  'over',
  'please',
  'hej',
  'tack',
  "l'inscription",
  'a',
  'b',
);
const han = fc.constantFrom('谢谢', '重新开始', '好的', '注册');
const phrase = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
  fc.array(fc.oneof(han, word), { minLength: 1, maxLength: 2 }).map((ws) => ws.join('')),
);
const text = fc.array(fc.oneof(word, han), { maxLength: 12 }).map((ws) => foldText(ws.join(' ')));

describe('phrase index', () => {
  test('every phrase in the text is a candidate, in the list order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(phrase.map(foldText), { maxLength: 20 }), text, (phrases, folded) => {
        const index = new PhraseIndex(phrases);
        const candidates = index.candidates(prepareText(folded));
        const inText = phrases.filter((p) => containsPhrase(folded, p));
        for (const p of inText) expect(candidates).toContain(p);
        expect([...candidates]).toEqual(phrases.filter((p) => candidates.includes(p)));
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  test('a phrase that appears once others are removed is a candidate of the text as it came', () => {
    fc.assert(
      fc.property(fc.uniqueArray(phrase.map(foldText), { maxLength: 20 }), text, (phrases, folded) => {
        const candidates = new PhraseIndex(phrases).candidates(prepareText(folded));
        let rest = folded;
        for (const p of phrases) {
          if (containsPhrase(rest, p)) expect(candidates).toContain(p);
          rest = removePhrase(rest, p);
        }
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  test('a text of a few words is compared with the few phrases whose words it has', () => {
    const index = new PhraseIndex(['start over', 'over', 'thanks a lot', 'ok']);
    expect(index.candidates(prepareText('please start over'))).toEqual(['start over', 'over']);
    expect(index.candidates(prepareText('0x80cf0437'))).toEqual([]);
  });
});
