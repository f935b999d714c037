import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import type { Platform } from '../../../../src/core/knowledge/entry.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import { alreadyEnrolled, androidCert, hybridConsole, xpc } from './held-out-labels.ts';

const matcher = createMatcher(loadKnowledgeBase());
const first = (text: string, platform: Platform) => {
  const r = matcher.match(text, { platform });
  return { id: r.hits[0]?.id, confident: r.confident };
};

// A description touches several of one card's sentences (its message, its cause, where it shows); the
// words its other sentences explain raise that card above one that holds a single alias of the text.
describe('a card whose several sentences explain the description', () => {
  test.each([
    [
      'en',
      'Android users on the federated domain get a missing certificate message on the AD FS sign-in page',
    ],
    ['sv', 'klientdatorn är redan registrerad, måste den tas ur bruk innan den kan registreras igen?'],
  ])('is answered rather than asked about (%s)', (lang, text) => {
    const expected = lang === 'en' ? androidCert : alreadyEnrolled;
    const r = first(text, lang === 'en' ? 'android' : 'windows');
    expect(expected).toContain(r.id);
    expect(r.confident).toBe(true);
  });

  test.each([
    [
      'fr',
      "les iPhone ADE démarrent mais n'arrivent pas à joindre les serveurs d'Apple, sur un autre réseau tout marche",
      xpc,
    ],
    [
      'zh-CN',
      '通过 ConfigMgr 注册的 iPhone 在控制台里一直看不到，APNs 证书是用另一个账户下载的',
      [hybridConsole],
    ],
  ])('keeps a card that matched one phrase from answering confidently against it (%s)', (_, text, right) => {
    const r = first(text, 'ios');
    // Either the card the text describes, or a question: never another card, confidently.
    expect(r.confident && !right.includes(r.id ?? '')).toBe(false);
  });
});

// A first hit whose own concepts outweigh what its nearest rival explains on its own at least two to one
// is an answer while the rival scores up to 90 % of it (80 % before): the rival rests on little of the text.
describe('a first hit far ahead on its own evidence', () => {
  test.each([
    [
      'en',
      "automated device enrollment: the iPad cannot reach Apple's servers after startup, switching networks fixes it",
    ],
    ['zh-CN', '自动设备注册的 iPad 开机后连不上苹果的服务器，换一个网络就好了'],
  ])('is an answer when its rival comes close on few words (%s)', (_, text) => {
    expect(first(text, 'ios')).toEqual({ id: xpc[0], confident: true });
  });

  test.each([
    ['sv', 'ADE: iPaden kan inte nå Apples servrar efter uppstart, ett annat nätverk löser det'],
    [
      'fr',
      "ADE : l'iPad n'arrive pas à joindre les serveurs d'Apple après le démarrage, un autre réseau règle le problème",
    ],
  ])('stays an answer where it already was (%s)', (_, text) => {
    expect(first(text, 'ios')).toEqual({ id: xpc[0], confident: true });
  });
});
