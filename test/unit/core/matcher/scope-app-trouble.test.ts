import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';

const matcher = createMatcher(loadKnowledgeBase());
const workplaceJoin = 'ios/workplace-join-failed';

describe('another app crashing or asking to sign in again', () => {
  test.each([
    [
      'Teams on my work iPad asks me to sign in again every day, I approve in Authenticator and the next morning it asks again',
    ],
    ['Teams-appen kraschar direkt när jag öppnar den på iPaden'],
    ['Zoom kraschar på våra Android-surfplattor sedan uppdateringen'],
    ["L'appli Teams se ferme toute seule quand je l'ouvre sur mon iPhone"],
    ['Teams plante au lancement sur nos iPad depuis la mise à jour'],
    ['Teams 在 iPad 上一打开就闪退'],
    ['Teams 每天都让我重新登录，Authenticator 批准之后第二天又要登录'],
  ])('"%s" is that app’s problem, not answered confidently', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test.each([
    ['Company Portal keeps crashing during enrollment on the iPhone'],
    ['Företagsportalen kraschar under registreringen'],
    ["le Portail d'entreprise plante pendant l'inscription"],
    ['公司门户在注册时闪退'],
  ])('"%s": the Company Portal crashing during enrollment is still its card', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toBe(workplaceJoin);
  });

  test('a sign-in asked again during setup is still enrollment', () => {
    const r = matcher.match('ADE iPads ask to sign in again at the Remote Management screen during setup');
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toBe('ios/ade-enrollment-stuck-at-user-login');
  });
});
