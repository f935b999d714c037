import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';

const matcher = createMatcher(loadKnowledgeBase());

describe('the out-of-scope flag', () => {
  test('is set when the text is about another product, even when its words match an entry', () => {
    const result = matcher.match('Jamf Pro shows Device Cap Reached when enrolling a Mac');
    expect(result.confident).toBe(false);
    expect(result.outOfScope).toBe(true);
  });

  test('is set for a product no list names when the text places it as the managing system', () => {
    const result = matcher.match('Our phones are enrolled in Fernhill UEM and show NoEnrollmentPolicy');
    expect(result.confident).toBe(false);
    expect(result.outOfScope).toBe(true);
  });

  test('is not set on an in-scope message or on plain noise', () => {
    expect(matcher.match('Device Cap Reached').outOfScope).toBeUndefined();
    expect(matcher.match('qwertyuiop').outOfScope).toBeUndefined();
  });
});

describe('generic complaints', () => {
  test.each([
    'intune enrollment does not work',
    'enrollment keeps failing',
    'company portal keeps failing',
    'ça ne fonctionne pas',
    'registreringen fungerar inte',
  ])('"%s" names no documented error, so no answer is confident', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test('the same verbs do not hide a documented symptom around them', () => {
    expect(matcher.match("ADE enrollment doesn't start after the token upload").hits[0]?.id).toBe(
      'ios/ade-enrollment-doesnt-start',
    );
    expect(matcher.match('MFA prompt keeps the ADE iPhone stuck at user login').confident).toBe(true);
  });
});
