import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import type { Platform } from '../../../../src/core/knowledge/entry.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import { apns, iosLicense } from './held-out-labels.ts';

const matcher = createMatcher(loadKnowledgeBase());

const answers = (text: string, platform: Platform | null, expected: string[]) => {
  const r = matcher.match(text, { platform });
  expect(r.confident).toBe(true);
  expect(expected).toContain(r.hits[0]?.id);
};

// A description without the error text shares few words with any entry, so its scores are low; what
// tells is whether one entry explains its specific concepts and the others only its common words.
describe('a symptom described in the user’s own words', () => {
  test.each([
    ['summer students have no Intune licence, so their iPhones will not enroll'],
    ['les saisonniers n’ont aucune licence Intune, leurs iPhone ne s’inscrivent pas'],
    ['暑期工没有 Intune 许可证，iPhone 无法注册'],
  ])('"%s" is the missing licence, answered although one concept is all it shares', (text) => {
    answers(text, 'ios', iosLicense);
  });

  test('an ADE device that enrolls on a hotspot and not on the office network is the connection to Apple', () => {
    // "ADE enrollment doesn't start" matches the same ADE words plus only "not": no rival for the answer.
    answers('our ADE iPads will not enroll on the staff wifi but go through on a phone hotspot', null, [
      'ios/xpc_type_error-connection-invalid',
    ]);
  });

  test('a trial that ran out is the suspended account, not "the computer is already enrolled"', () => {
    answers('our Intune trial expired and none of the computers will enroll now', 'windows', [
      'general/error-code-0x80cf0440',
    ]);
    answers('vår provperiod för Intune har löpt ut och nu går datorerna inte att registrera', 'windows', [
      'general/error-code-0x80cf0440',
    ]);
  });

  test('"the Apple cert" is the APNs certificate', () => {
    answers('the Apple cert lapsed and now every iPhone enrollment fails', null, apns);
  });

  test.each([
    ['le client PC refuse de s’installer : il manque des mises à jour Windows'],
    ['客户端装不上，电脑缺少 Windows 更新'],
  ])('missing updates in other words ("%s") are the missing prerequisites', (text) => {
    answers(text, 'windows', ['general/error-code-0x80070032']);
  });

  test('the Chinese 已经 of a finished action is not the "already" of "already enrolled"', () => {
    answers('Intune 试用期已经过期了，这些电脑都注册不了', 'windows', ['general/error-code-0x80cf0440']);
  });

  test.each([['enrollment does not work'], ['intune fungerar inte']])(
    'a complaint with no specific concept ("%s") is still not answered',
    (text) => {
      expect(matcher.match(text).confident).toBe(false);
    },
  );
});
