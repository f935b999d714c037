import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import type { Platform } from '../../../../src/core/knowledge/entry.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import { adeLogin, adeStart, deviceCap, xpc } from './held-out-labels.ts';

const matcher = createMatcher(loadKnowledgeBase());
const ids = (text: string) => matcher.match(text).hits.map((h) => h.id);

describe('a product named as the one that speaks, in Chinese and French', () => {
  test.each([
    ['Pellovo 说 Device Cap Reached'],
    ['Pellovo 说：Device Cap Reached，扫码枪加不进去'],
    ['Le support de chez Pellovo nous dit « Device Cap Reached »'],
    ['La console de chez Pellovo affiche « Device Cap Reached »'],
    ["Depuis qu'on est passés chez Pellovo, les bornes affichent « Device Cap Reached »"],
  ])('"%s": not confident, the card stays a candidate', (text) => {
    expect(matcher.match(text).confident).toBe(false);
    expect(ids(text)).toEqual(expect.arrayContaining([expect.stringMatching(/device-cap-reached/)]));
  });

  test.each([
    ['Anna 说她的 iPad 显示 Device Cap Reached'],
    ["Chez Contoso, nos iPhone affichent « Device Cap Reached » dans le Portail d'entreprise"],
    ['Je travaille chez Contoso et nos iPhone affichent « Device Cap Reached »'],
  ])('"%s": a person, or the organisation someone works at, keeps the answer', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(deviceCap).toContain(r.hits[0].id);
  });
});

describe('devices moved off Intune', () => {
  test.each([
    ['We transitioned off Intune to Hexnode, now iPads show Device Cap Reached'],
    ['We moved off Intune last spring and the iPads now show "Profile Installation Failed"'],
    ['Vi flyttade från Intune till Kandji och nu visar iPadsen "Profile Installation Failed"'],
    ['Vi har gått över från Intune till Jamf, nu står det Device Cap Reached'],
    ["Nous avons migré d'Intune vers Kandji, depuis les iPhone affichent « Device Cap Reached »"],
    ['我们从 Intune 迁到 Jamf 以后，iPad 提示 Profile Installation Failed'],
  ])('"%s": managed elsewhere now, not confident', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(false);
    expect(r.outOfScope).toBe(true);
  });

  test.each([
    ['We moved from Jamf to Intune and some iPads show Device Cap Reached'],
    ['Vi flyttade från Jamf till Intune och nu visar iPadsen Device Cap Reached'],
  ])('"%s": a move onto Intune keeps the answer', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(deviceCap).toContain(r.hits[0].id);
  });
});

describe("ADE, Apple's managers and enrollment restrictions by their names in each language", () => {
  test.each([
    ['Surfplattorna i automatisk enhetsregistrering hoppar över registreringen', adeStart],
    ['Les tablettes Zentoro en inscription automatique des appareils sautent l’inscription', adeStart],
    ['Zentoro 平板走设备注册计划，开机直接跳过注册', adeStart],
    ['Velmora-plattor via Programmet för enhetsregistrering fastnar vid inloggningen med MFA', adeLogin],
  ])('"%s": answered with its entry', (text, expected) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(expected).toContain(r.hits[0].id);
  });

  test.each([
    ['Registreringsbegränsningarna stoppar privata telefoner'],
    ["Les restrictions d'inscription bloquent les téléphones personnels des Zentoro"],
    ['Zentoro 的手机被注册限制挡住了，个人设备注册不了'],
  ])('"%s": the enrollment restriction for personal devices', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toBe(
      'ios/profile-installation-failed-connection-to-the-server-could-not-be-established',
    );
  });
});

describe('two networks set against each other', () => {
  test.each([
    ['ADE-iPads fastnar vid aktiveringen på lagrets wifi men registreras på kontorets nät'],
    ['仓库 Wi-Fi 下 DEP iPad 卡在激活，拿到办公室网络就能注册'],
    ['Våra DEP-iPhones registreras inte på skolans nät, på gästnätet går det'],
  ])('"%s": the connection to Apple first, nothing else confidently', (text) => {
    const r = matcher.match(text);
    expect(xpc).toContain(r.hits[0].id);
    if (r.confident) expect(xpc).toContain(r.hits[0].id);
  });
});

describe('a line saying all is well now', () => {
  test.each([
    ['all showing compliant now 👍'],
    ['ok that sorted it, all iPads checked in now, cheers'],
    ['det funkar nu, tack'],
    ['Toppen, nu syns alla telefoner i Intune. Tack!'],
    ['ça marche maintenant merci'],
    ['Parfait, les iPad apparaissent dans Intune maintenant, merci !'],
    ['好了，谢谢'],
    ['搞定了，设备都显示合规了，多谢'],
  ])('"%s": no problem, nothing confident', (text) => {
    const r = matcher.match(text);
    expect(r.noProblem).toBe(true);
    expect(r.confident).toBe(false);
  });

  test.each([
    ['thanks, but the iPads still show Device Cap Reached'],
    ['Now the iPads show up twice in Intune'],
    ["iPads are enrolled now but don't get any apps"],
    ['Thanks! Our new iPads go straight to the home screen'],
    ['tack, nu är iPadsen registrerade men Företagsportalen kraschar'],
    ['谢谢，现在 iPad 注册上了，但是公司门户闪退'],
    ['Device Cap Reached now, thanks'],
  ])('"%s": a problem is still there', (text) => {
    expect(matcher.match(text).noProblem).toBeUndefined();
  });
});

describe('a card documented for another platform than the one named', () => {
  test.each([
    ["Android phones can't finish enrolling when the user has no Intune license assigned", undefined],
    ['the user has no Intune license and enrolling stops halfway', 'android'],
  ] as [string, Platform | undefined][])('"%s": not confident', (text, platform) => {
    const r = matcher.match(text, { platform });
    expect(r.confident).toBe(false);
  });

  test('the platform the card is for keeps the answer', () => {
    const r = matcher.match("iPhones can't finish enrolling when the user has no Intune license assigned");
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toBe('ios/user-license-type-invalid');
  });
});

describe('another area named in what someone tried', () => {
  test.each([
    [
      'New iPads from Apple Business Manager with our Intune ADE profile get stuck at the sign-in during Setup Assistant. Users approve the MFA request in Authenticator and it loops back. We even reset MFA for one user, same thing.',
      adeLogin,
    ],
    ['We reset MFA for the user and the Company Portal still says Device Cap Reached', deviceCap],
  ])('"%s": an attempt, the problem is still answered', (text, expected) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(expected).toContain(r.hits[0].id);
  });

  test.each([
    ['How do I reset MFA for a user?'],
    ["I reset MFA for a user and now she can't sign in to Outlook on her iPhone"],
    ['AADSTS50076 in Outlook on the iPhone after we turned on Conditional Access with MFA'],
  ])('"%s": the other area is still where the problem lives', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });
});
