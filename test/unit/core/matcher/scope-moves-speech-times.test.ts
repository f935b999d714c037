import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import { score } from '../../../../src/core/matcher/evaluate.ts';
import { defaultMatcherData } from '../../../../src/core/matcher/matcher-data.ts';
import { createRelativeTimeEraser } from '../../../../src/core/matcher/scope-times.ts';
import { type Case, clock, deviceCap, iosLicense, retired } from './held-out-labels.ts';
import { checkInScope, checkNearMisses } from './scope-check-cases.ts';

const matcher = createMatcher(loadKnowledgeBase());
const answer = (c: Case) => {
  const r = matcher.match(c.text, { locale: c.locale, platform: c.platform });
  return { ids: r.hits.map((h) => h.id), confident: r.confident };
};

describe('the MDM the devices moved from', () => {
  test.each([
    [
      'Came over from Meraki in the spring. Company Portal now shows "Device Cap Reached" on a new iPad.',
      deviceCap,
    ],
    [
      'Precis klara med flytten från MaaS360. En användare får "Device Cap Reached" på sin nya iPhone.',
      deviceCap,
    ],
    ['Migrés depuis Meraki en mars, certains iPhone affichent « Device Cap Reached ».', deviceCap],
    ['去年从 Meraki 搬过来，现在有用户的 iPad 提示 Device Cap Reached', deviceCap],
    [
      'Transitioned from Hexnode last quarter; some iPhone users get "User License Type Invalid" in Company Portal.',
      iosLicense,
    ],
  ])('"%s": a documented message after it is answered', (text, expected) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(expected).toContain(r.hits[0].id);
  });

  test.each([
    ['Came over from Jamf to Kandji last month, now the iPads show Device Cap Reached'],
    ['Vi kom från Jamf till Kandji i våras och nu visar iPadsen Device Cap Reached'],
    ['Nous sommes venus de Jamf vers Kandji, et les iPad affichent Device Cap Reached'],
    ['我们从 Jamf 换成 Kandji 以后 iPad 提示 Device Cap Reached'],
  ])('"%s": a move on to another product leaves that product where the problem is', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });
});

describe('a name placed as a product that reports a documented message', () => {
  test.each([
    ['Pellimo says Device Cap Reached'],
    ['pellimo says Device Cap Reached when I add the laptop'],
    ['Tarvik säger Device Cap Reached'],
    ["Lunivo m'indique « Device Cap Reached »"],
    ['Soravo 提示 Device Cap Reached'],
  ])('"%s": not confident, the card stays a candidate', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(false);
    expect(r.hits.map((h) => h.id)).toEqual(
      expect.arrayContaining([expect.stringMatching(/device-cap-reached/)]),
    );
  });

  test.each([
    ['Pellimo says Device Cap Reached on my iPhone'],
    ['Tarvik säger Device Cap Reached på min Android-telefon'],
    ["Lunivo m'indique « Device Cap Reached » dans le Portail d'entreprise"],
    ['Soravo 提示 Device Cap Reached，是在公司门户里'],
    ['Company Portal says Device Cap Reached'],
    ['Calvex: Device Cap Reached'],
    ['Julie me dit que son iPad affiche Device Cap Reached'],
  ])(
    '"%s": an Apple or Android device, Intune\'s own names or a person relaying it keep the answer',
    (text) => {
      const r = matcher.match(text);
      expect(r.confident).toBe(true);
      expect(deviceCap).toContain(r.hits[0].id);
    },
  );
});

describe('a relative time', () => {
  const erase = createRelativeTimeEraser(defaultMatcherData());
  test.each([
    ['retired an hour ago, now it fails', 'hour'],
    ['pensionerades för en timme sedan', 'timme'],
    ['mis hors service il y a une heure', 'heure'],
    ['一小时前停用了', '小时'],
    ['stuck for two days', 'days'],
  ])('"%s" is no word of time left to compare', (text, unit) => {
    expect(erase(text)).not.toContain(unit);
  });

  test.each([
    ['the clock is an hour behind'],
    ['klockan går en timme efter'],
    ["l'horloge a une heure de retard"],
    ['时间慢了一个小时'],
    ['I downloaded the installer a year ago'],
  ])('"%s": a clock off by an hour, or a year that says something is old, stays', (text) => {
    expect(erase(text)).toBe(text);
  });

  test.each([
    ["J'ai mis le portable hors service dans la console il y a deux heures, la réinscription échoue"],
    ['Le poste a été mis hors service il y a une heure, la réinscription échoue'],
    ["l'installation du client a échoué il y a deux heures"],
    ['il y a quelques heures le PC a cessé de s’inscrire'],
  ])('"%s" is not the clock card', (text) => {
    const r = matcher.match(text);
    expect(r.confident && clock.includes(r.hits[0].id)).toBe(false);
  });

  test.each([
    ['I retired this PC in the console an hour ago and now the client install fails'],
    ['Jag pensionerade datorn i konsolen för en timme sedan och nu misslyckas installationen av klienten'],
    ['Le poste a été mis hors service il y a une heure, la réinscription échoue'],
    ['一小时前我在控制台把这台电脑停用了，现在客户端安装失败'],
  ])('"%s": a PC retired a while ago is the retired card', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(retired).toContain(r.hits[0].id);
  });

  test.each([
    ['the clock on the PC is an hour behind and enrollment fails'],
    ['datorns klocka går en timme efter och registreringen misslyckas'],
    ["l'horloge du PC a une heure de retard et l'inscription échoue"],
  ])('"%s": a clock an hour off is still the clock card', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(clock).toContain(r.hits[0].id);
  });
});

// Written before these rules and scored once as written: 23/30 near misses not confident, 14/16 in scope
// right (8 of 46 confident and wrong). The floors are today's figures, not a fresh score.
describe('the context check set', () => {
  test('near misses stay unanswered', () => {
    const m = score(checkNearMisses, checkNearMisses.map(answer));
    expect(m.abstainRight).toBeGreaterThanOrEqual(30 / 30);
  });
  test('posts in scope stay answered', () => {
    const m = score(checkInScope, checkInScope.map(answer));
    expect(m.overall).toBeGreaterThanOrEqual(15 / 16);
  });
});
