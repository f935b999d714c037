import { plainlyWrittenIn } from '../../../../src/core/conversation/written-language.ts';

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
