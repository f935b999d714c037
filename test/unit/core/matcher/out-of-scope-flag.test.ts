import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';

const matcher = createMatcher(loadKnowledgeBase());

describe('the out-of-scope flag', () => {
  test('is set when the text is about another product, even when its words match an entry', () => {
    const result = matcher.match('Jamf Pro shows Device Cap Reached when enrolling a Mac');
    expect(result.confident).toBe(false);
    expect(result.outOfScope).toBe(true);
  });

  test('is not set on an in-scope message or on plain noise', () => {
    expect(matcher.match('Device Cap Reached').outOfScope).toBeUndefined();
    expect(matcher.match('qwertyuiop').outOfScope).toBeUndefined();
  });
});
