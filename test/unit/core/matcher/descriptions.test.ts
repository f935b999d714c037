import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import type { Platform } from '../../../../src/core/knowledge/entry.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import { apns, cptu, deviceCap, iosLicense, pifPayload, pifServer } from './held-out-labels.ts';

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

// Each sentence names a documented cause in words the articles do not use (a device bought used, an
// "esperluette", a trial that ran out unpaid…); the synonyms and descriptions in content/matcher carry them.
describe('a documented cause in the user’s own words', () => {
  test.each([
    ['refurbished iPads from a reseller are still managed by their previous owner and will not enroll'],
    ['翻新的 iPad 还被原机主管理着，注册不了'],
  ])('"%s" is the management profile of another organisation still on the device', (text) => {
    answers(text, 'ios', [pifPayload]);
  });

  test.each([
    ['le nom de notre organisation contient une esperluette et on ne peut plus créer de stratégie'],
    ['组织名称里有和号以后就无法创建策略了'],
  ])('"%s" is the special character in the company name', (text) => {
    answers(text, null, [
      'general/unable-to-create-policy-or-enroll-devices-if-the-company-name-contains-special-characters',
    ]);
  });

  test.each([
    ["la période d'essai est arrivée à échéance sans version payante et les PC ne joignent plus Intune"],
    ['provabonnemanget tog slut utan att vi gick över till betald version, datorerna når inte Intune längre'],
    ['试用版结束了也没转付费，电脑都连不上 Intune 了'],
  ])('"%s" is the suspended or deleted account', (text) => {
    answers(text, 'windows', ['general/error-code-0x80cf0440', 'general/error-code-0x80043003']);
  });

  test('an MDM authority named in full Chinese is the authority never set', () => {
    answers('新租户里没人设置过移动设备管理机构，所有设备都注册不了', null, [
      'general/mdm-authority-not-defined',
    ]);
  });

  test.each([
    ['she cannot enroll her new phone because a dozen old phones are still assigned to her'],
    ['他名下有很多旧手机，新手机注册不了'],
    ['användaren har massor av gamla telefoner kvar och kan inte registrera sin nya'],
    ["l'utilisateur a plein d'anciens appareils à son nom et son nouveau téléphone ne s'inscrit pas"],
  ])('"%s" is the device limit', (text) => {
    answers(text, null, deviceCap);
  });

  test.each([
    ['装好 Intune 客户端后它的更新服务无法启动'],
    ['uppdateringstjänsten för Intune-klienten startar inte på en dator'],
    ['le service de mise à jour du client Intune ne démarre pas sur un poste'],
  ])('"%s" is the Online Management Updates service failing to start', (text) => {
    answers(text, 'windows', ['general/error-code-0x80043008']);
  });

  test.each([
    ['Företagsportalen går inte att nå just nu, säger Android-telefonerna på gästnätet'],
    ['företagsportalen kan inte nås på våra Android-telefoner'],
  ])('"%s" is the Company Portal temporarily unavailable', (text) => {
    answers(text, null, cptu);
  });

  test.each([
    ['iPhone users are asked to enter enrollment.manage.microsoft.com by hand'],
    ['på iPhone måste användarna själva skriva in enrollment.manage.microsoft.com'],
  ])('"%s" is the enrollment CNAME records missing', (text) => {
    answers(text, 'ios', [pifServer]);
  });

  test('a push certificate nobody could renew is the APNs certificate', () => {
    answers(
      'push-certet kunde inte förnyas eftersom apple-id:t tillhörde en admin som slutat, inga iPhones registreras',
      'ios',
      apns,
    );
  });
});
