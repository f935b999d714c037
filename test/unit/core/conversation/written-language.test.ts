import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import {
  knownMessageSentences,
  plainlyWrittenIn,
} from '../../../../src/core/conversation/written-language.ts';
import { supportedLocales } from '../../../../src/core/knowledge/entry.ts';

const known = knownMessageSentences(
  loadKnowledgeBase().entries.flatMap((e) => supportedLocales.map((l) => e.locales[l].title)),
);
const writtenIn = (text: string) => plainlyWrittenIn(text, known);

describe('the language a message is plainly written in', () => {
  test.each([
    ['Bonjour, mon iPhone affiche « Échec de l’installation du profil »', 'fr'],
    ['je ne peux pas inscrire mon téléphone, le portail dit que le nombre est atteint', 'fr'],
    ['Hej, min telefon säger att enhetsgränsen har nåtts', 'sv'],
    ['jag kan inte registrera min iPad, det står att profilen inte kunde installeras', 'sv'],
    ['我的手机显示设备上限已达到', 'zh-CN'],
    ['iPhone 注册失败，显示 0x80CF0437', 'zh-CN'],
  ])('"%s" is %s', (text, locale) => {
    expect(plainlyWrittenIn(text)).toBe(locale);
  });

  test.each([
    // English, or an error pasted as the device shows it: the client's language stays.
    ['MDM enrollment failed: 0x80CF0437'],
    ['The device cap has been reached on my iPhone'],
    ['Getting this error: Échec de l’inscription'],
    ["Åsa's iPhone says device cap reached"],
    ['Enhetsgränsen har nåtts'],
    ['0x80180014'],
    ['iPhone 注册 failed with the profile installation error on every device we have'],
    [''],
  ])('"%s" says nothing', (text) => {
    expect(plainlyWrittenIn(text)).toBeUndefined();
  });
});

describe('a long paste', () => {
  const log = Array.from(
    { length: 20_000 },
    (_, i) => `2026-11-29 08:00:${i % 60} DeviceEnroller: step ${i} ok`,
  ).join('\n');

  test('a question written before or after a long log is read in its language', () => {
    expect(plainlyWrittenIn(`Bonjour, mon iPhone ne peut pas s'inscrire, voici le journal :\n${log}`)).toBe(
      'fr',
    );
    expect(plainlyWrittenIn(`${log}\nvad betyder det här? jag kan inte registrera min telefon`)).toBe('sv');
  });

  test('words of another language deep inside a log do not switch the conversation', () => {
    const half = log.length / 2;
    const buried = `${log.slice(0, half)}\nje ne peux pas, le portail dit que le nombre est atteint\n${log.slice(half)}`;
    expect(plainlyWrittenIn(buried)).toBeUndefined();
  });
});

describe('a device message pasted by someone who writes in another language', () => {
  test.each([
    // English words around a pasted Swedish, French or Chinese message: the reply stays in English.
    [
      'My user gets this error: Det gick inte att registrera enheten eftersom den inte är kompatibel med kraven',
    ],
    [
      'The iPad says "Det går inte att registrera den här enheten just nu, försök igen senare och kontakta IT"',
    ],
    [
      'The iPhone shows: Échec de l’inscription de l’appareil, le nombre maximal est atteint pour cet utilisateur',
    ],
    ['got this on a user phone: 无法注册设备，已达到设备上限，请联系管理员'],
    ['User says “设备注册失败，请稍后再试或者联系你的管理员”, any idea?'],
    [
      'what does this mean?\n```\nDet gick inte att ansluta till servern och det är inte möjligt att fortsätta\n```',
    ],
    [
      'Seeing this in the log, please help\n2026-11-29 10:00:01 Fel: det gick inte att ansluta till servern för registreringen av enheten',
    ],
    [
      'Hi, got this error:\nLe service n’est pas disponible pour le moment, veuillez réessayer plus tard avec votre compte\n\nthanks',
    ],
    // A documented message in another language, pasted as it is, with or without words around it.
    ['Det gick inte att installera profilen. Det går inte att upprätta någon anslutning till servern.'],
    ["Échec de l’installation du profil. Impossible d'établir une connexion au serveur."],
    ['every iPad here: Den här tjänsten stöds inte. Ingen registreringsprincip.'],
    ['the iPad shows ”Det går inte att registrera den här enheten just nu, försök igen senare”'],
  ])('"%s" keeps the conversation in its language', (text) => {
    expect(writtenIn(text)).toBeUndefined();
  });

  test.each([
    // Written in the language, with or without a quote in it: still answered in that language.
    ['Bonjour, mon iPhone affiche « Échec de l’installation du profil »', 'fr'],
    ['Hej! Jag får det här felet: "Enhetstaket har nåtts". Vad ska jag göra?', 'sv'],
    ['Hej, vi får felet: Enhetstaket har nåtts och kan inte registrera fler', 'sv'],
    ['Hej, min iPad visar ”Det gick inte att installera profilen” och jag vet inte varför', 'sv'],
    ['我的iPad显示“配置文件安装失败。 发生了网络错误。”怎么办？', 'zh-CN'],
    [
      'Mon iPad affiche : Échec de l’installation du profil. Une erreur réseau s’est produite. Que faire ?',
      'fr',
    ],
    ['jag kan inte registrera min iPad, den säger Det gick inte att installera profilen', 'sv'],
    ['iPhone: det står att enheten inte kan registreras och jag vet inte varför', 'sv'],
  ])('"%s" is %s', (text, locale) => {
    expect(writtenIn(text)).toBe(locale);
  });
});
