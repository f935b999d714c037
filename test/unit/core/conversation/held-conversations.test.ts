import type { TurnOutput } from '../../../../src/core/conversation/turn.ts';
import { engine, realConversation, textOf, translator } from '../../../fakes/real-conversation.ts';

/**
 * Whole conversations as people have them, on the real knowledge base and matcher: each test is a
 * defect met while talking to the bot as an admin, a helpdesk technician or an end user would.
 */

const card = (out: TurnOutput) => out.replies.find((r) => r.kind === 'resolution');
const buttons = (out: TurnOutput) =>
  out.replies.flatMap((r) => (r.kind === 'text' ? (r.actions ?? []) : [])).map((a) => a.payload);

describe('two errors in one message', () => {
  test('the card of the first, then the other one a press or a word away', () => {
    const chat = realConversation('en');
    const first = chat.send('two things: one laptop fails with 0x80CF0437 and another with 0x80043001');
    expect(card(first)).toMatchObject({ entryId: 'general/error-code-0x80cf0437' });
    expect(buttons(first)).toContainEqual({ type: 'choose-entry', entryId: 'general/error-code-0x80043001' });
    chat.send('fixed');
    expect(card(chat.send('and the other one?'))).toMatchObject({ entryId: 'general/error-code-0x80043001' });
  });

  test.each([
    [
      'en',
      'the iPad says "Device Cap Reached" and the iPhone says "Profile Installation Failed. A network error has occurred."',
      'the other one',
    ],
    [
      'fr',
      'Deux soucis : l’iPad affiche « Nombre maximal d’appareils atteint » et un iPhone « Échec de l’installation du profil. Une erreur réseau s’est produite. »',
      'et l’autre ?',
    ],
    [
      'sv',
      'iPaden visar ”Enhetstaket har nåtts” och en iPhone ”Det gick inte att installera profilen. Ett nätverksfel har uppstått.”',
      'och det andra?',
    ],
    [
      'zh-CN',
      'iPad 显示“已达到设备上限”，另一台 iPhone 显示“配置文件安装失败。 发生了网络错误。”',
      '另一个呢',
    ],
  ] as const)(
    '%s: both quoted are offered; after the one picked, the other follows',
    (locale, text, other) => {
      const chat = realConversation(locale);
      chat.send(text);
      const options = chat.state.candidates.map((c) => c.entryId);
      expect(options).toContain('ios/profile-installation-failed-a-network-error-has-occurred');
      // "The other one" among offered cards names none of them: nothing is searched for, the list stays.
      chat.send(other);
      expect(chat.state.stage).toBe('choosing-entry');
      const picked = chat.send({
        kind: 'action',
        payload: {
          type: 'choose-entry',
          entryId: 'ios/profile-installation-failed-a-network-error-has-occurred',
        },
      });
      const next = buttons(picked).find((p) => p.type === 'choose-entry');
      expect(next).toMatchObject({ entryId: expect.stringMatching(/device-cap-reached/) });
      expect(card(chat.send(other))).toMatchObject({ entryId: expect.stringMatching(/device-cap-reached/) });
    },
  );
});

describe('answering a question with a question', () => {
  test.each([
    ['en', 'what do you mean by which platform?'],
    ['en', 'does it matter?'],
    ['sv', 'spelar det någon roll?'],
    ['fr', 'ça change quoi ?'],
    ['zh-CN', '这个重要吗？'],
  ] as const)('%s: "%s" says why it is asked and asks again, without counting it', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('Profile installation failed on Android and iPhone');
    expect(chat.state.pending).toBe('platform');
    for (let i = 0; i < 3; i++) {
      const out = chat.send(text);
      expect(textOf(out)).toContain(translator.forLocale(locale)('common:interview.whyAsked'));
      expect(chat.state.pending).toBe('platform');
    }
  });
});

describe('a platform given late', () => {
  test('after skipping the platform question, "ipad" is noted, not thanked as a correction', () => {
    const chat = realConversation('en');
    chat.send('Company Portal temporarily unavailable');
    chat.send('skip');
    const out = chat.send('ipad');
    const t = translator.forLocale('en');
    expect(textOf(out)).not.toContain(t('common:interview.platformChanged'));
    expect(card(out) ?? chat.state.candidates.length).toBeTruthy();
    expect(chat.state.answers.platform).toBe('ios');
  });
});

describe('rude, confused and vague messages', () => {
  test.each([
    ['en', 'ugh enrollment broken again'],
    ['sv', 'usch, registreringen strular igen'],
    ['fr', 'pff, l’inscription ne marche pas encore une fois'],
    ['zh-CN', '唉，又注册失败了'],
  ] as const)(
    '%s: "%s" names no error: the exact message is asked for, no card is guessed',
    (locale, text) => {
      const chat = realConversation(locale);
      const out = chat.send(text);
      expect(card(out)).toBeUndefined();
      expect(chat.state.pending).toBe('errorText');
    },
  );

  test.each([
    ['en', 'wtf'],
    ['sv', 'vad fan'],
    ['fr', 'n’importe quoi'],
    ['zh-CN', '什么鬼'],
  ] as const)('%s: "%s" while asked for the error is offered a person, not searched for', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('enrollment not working');
    const out = chat.send(text);
    expect(textOf(out)).toContain(translator.forLocale(locale)('common:frustrated'));
    expect(buttons(out)).toContainEqual({ type: 'escalate' });
  });

  test.each([
    ['en', 'what does this mean?'],
    ['sv', 'vad betyder det?'],
    ['fr', 'qu’est-ce que ça veut dire ?'],
    ['zh-CN', '这是什么意思？'],
  ] as const)('%s: "%s" after a refusal is help, not an error to look up', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('0x80180018');
    const out = chat.send(text);
    expect(textOf(out)).toContain(translator.forLocale(locale)('common:help'));
  });
});

describe('asking for a person, then solving it oneself', () => {
  test.each([
    ['en', 'never mind, I deleted an old device and it works now'],
    ['sv', 'strunt samma, jag tog bort en gammal enhet och nu funkar det'],
    ['fr', 'laissez tomber, j’ai supprimé un ancien appareil et ça marche maintenant'],
    ['zh-CN', '算了，我删掉了一台旧设备，现在可以了'],
  ] as const)('%s: "%s" closes the case as solved', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    chat.send({ kind: 'action', payload: { type: 'escalate' } });
    expect(chat.state.stage).toBe('escalated');
    const out = chat.send(text);
    expect(out.effects).toEqual([{ kind: 'solved' }]);
    expect(chat.state.stage).toBe('idle');
  });

  test.each([
    ['it works on the other phone but not on this one'],
    ['does it work now?'],
    ['I restarted it, still not working'],
  ])('"%s" leaves the case with the person', (text) => {
    const chat = realConversation('en');
    chat.send('0x80CF0437');
    chat.send({ kind: 'action', payload: { type: 'escalate' } });
    expect(chat.send(text).effects).not.toContainEqual({ kind: 'solved' });
    expect(chat.state.stage).toBe('escalated');
  });
});

describe('an end user who does not know the word "enrollment"', () => {
  test.each([
    ['en', 'no idea what enrollment is'],
    ['sv', 'vad är registrering?'],
    ['fr', 'c’est quoi l’inscription ?'],
    ['zh-CN', '注册是什么意思？'],
  ] as const)(
    '%s: "%s" is told in plain words, offered a person, and the question stays open',
    (locale, text) => {
      const chat = realConversation(locale);
      chat.send('enrollment not working');
      expect(chat.state.pending).toBe('errorText');
      const out = chat.send(text);
      expect(textOf(out)).toContain(translator.forLocale(locale)('common:whatIsEnrollment'));
      expect(buttons(out)).toContainEqual({ type: 'escalate' });
      expect(chat.state.pending).toBe('errorText');
      expect(chat.state.errorRetries).toBe(1);
    },
  );

  test('asked for the message, "it\'s an android, samsung galaxy" is the platform, not a second try', () => {
    const chat = realConversation('en');
    chat.send('my work apps won’t install on my new phone, company portal keeps asking me to sign in');
    const out = chat.send("it's an android, samsung galaxy");
    expect(chat.state.answers.platform).toBe('android');
    expect(chat.state.pending).toBe('errorText');
    expect(chat.state.stage).toBe('asking');
    expect(buttons(out)).not.toContainEqual({ type: 'escalate' });
  });

  test('"vet inte" after a card is not told there is no question to skip', () => {
    const chat = realConversation('sv');
    chat.send('0x80CF0437');
    const out = chat.send('vet inte');
    expect(textOf(out)).toBe(translator.forLocale('sv')('common:ack.afterAnswer'));
  });
});

describe('going silent and coming back', () => {
  test.each([
    ['en', "hi, I'm back"],
    ['sv', 'hej igen'],
    ['fr', 'rebonjour, on en était où ?'],
    ['zh-CN', '我回来了'],
  ] as const)('%s: "%s" after a card asks whether it helped, with its buttons', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    const out = chat.send(text);
    expect(buttons(out)).toEqual([
      { type: 'feedback', entryId: 'general/error-code-0x80cf0437', verdict: 'fixed' },
      { type: 'feedback', entryId: 'general/error-code-0x80cf0437', verdict: 'not-fixed' },
      { type: 'escalate' },
    ]);
    expect(chat.state.stage).toBe('showing-resolution');
  });

  test('"hello" while a question waits shows it again, not counted as asked twice', () => {
    const chat = realConversation('en');
    chat.send('Profile installation failed on Android and iPhone');
    const asked = chat.state.asked?.platform;
    const out = chat.send('hello');
    expect(out.replies.some((r) => r.kind === 'question' && r.question === 'platform')).toBe(true);
    expect(chat.state.asked?.platform).toBe(asked);
    expect(chat.state.pending).toBe('platform');
  });
});

describe('after "the articles don\'t cover this"', () => {
  test.each([
    ['en', 'so what do I do now?'],
    ['sv', 'vad ska jag göra nu?'],
    ['fr', 'et maintenant ?'],
    ['zh-CN', '那我该怎么办？'],
  ] as const)('%s: "%s" is offered the person again, not asked for the error', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('0x80180014');
    const out = chat.send(text);
    expect(buttons(out)).toContainEqual({ type: 'escalate' });
    expect(chat.state.stage).toBe('no-match');
    expect(chat.state.pending).toBeUndefined();
  });

  test.each([
    ['en', 'is there anything in your articles at all about this?'],
    ['sv', 'finns det verkligen inget om det här?'],
    ['fr', 'vous n’avez vraiment rien là-dessus, ça ?'],
    ['zh-CN', '文章里真的没有这个吗？'],
  ] as const)('%s: "%s" is answered with the offer again, not searched for', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('0x80180014');
    const out = chat.send(text);
    expect(buttons(out)).toContainEqual({ type: 'escalate' });
    expect(chat.state.stage).toBe('no-match');
    expect(chat.state.errorRetries).toBe(0);
  });

  test.each([
    ['en', 'ok thanks anyway'],
    ['sv', 'tack ändå'],
    ['fr', 'merci quand même'],
    ['zh-CN', '还是谢谢'],
  ] as const)('%s: "%s" while asked for the error closes politely', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('enrollment not working');
    chat.send(text);
    expect(chat.state.stage).toBe('idle');
    expect(chat.state.pending).toBeUndefined();
  });

  test('an insult with a request for a person is the request', () => {
    const chat = realConversation('en');
    const out = chat.send("you're a useless piece of junk, just give me a human");
    expect(out.effects).toEqual([expect.objectContaining({ kind: 'escalate', trigger: 'asked-in-words' })]);
  });
});

describe('an impatient admin in the middle of the questions', () => {
  test.each([
    ['en', 'this is taking forever'],
    ['sv', 'för många frågor'],
    ['fr', 'donnez-moi juste la solution'],
    ['zh-CN', '别问了'],
  ] as const)('%s: "%s" ends the questions and shows the card with what is known', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('Profile Installation Failed. Connection to the server could not be established.');
    expect(chat.state.pending).toBe('history');
    const out = chat.send(text);
    expect(card(out)).toMatchObject({
      entryId: 'ios/profile-installation-failed-connection-to-the-server-could-not-be-established',
    });
    expect(chat.state.stage).toBe('showing-resolution');
    expect(chat.state.pending).toBeUndefined();
  });

  test('with no question open, it is impatience: a person is offered', () => {
    const chat = realConversation('en');
    chat.send('0x80CF0437');
    expect(buttons(chat.send('just tell me'))).toContainEqual({ type: 'escalate' });
  });
});

describe('a question waiting in a shared thread', () => {
  test('someone else\'s "thanks" leaves it open for whoever it was asked of', () => {
    const chat = realConversation('en');
    chat.send('Profile installation failed on Android and iPhone', 'U-ANA');
    expect(chat.state.pending).toBe('platform');
    chat.send('thanks', 'U-BJORN');
    expect(chat.state.pending).toBe('platform');
    chat.send('thanks', 'U-ANA');
    expect(chat.state.pending).toBeUndefined();
  });

  test('a set-up question asked meanwhile is answered as one, not as a question about the question', () => {
    const chat = realConversation('en');
    chat.send('Profile installation failed on Android and iPhone');
    const out = chat.send('how do I set enrollment restrictions?');
    expect(textOf(out)).toContain(translator.forLocale('en')('common:setUp.covers'));
  });
});

describe('"sorry, wrong error, it is this one"', () => {
  test.each([
    [
      'en',
      '0x80CF0437',
      'sorry wrong error, it\'s this one: "Account is in maintenance mode"',
      'general/error-code-0x80043002',
      'Account is in maintenance mode',
    ],
    [
      'fr',
      '0x80CF0437',
      'pardon, mauvaise erreur, c’est plutôt « Le compte est en mode maintenance »',
      'general/error-code-0x80043002',
      'Le compte est en mode maintenance',
    ],
  ] as const)(
    '%s: the new card, and its reason quotes the message, not the apology around it',
    (locale, first, second, entryId, quoted) => {
      const chat = realConversation(locale);
      chat.send(first);
      const out = chat.send(second);
      const shown = card(out);
      expect(shown).toMatchObject({ entryId });
      const why = shown?.kind === 'resolution' ? shown.why : '';
      expect(why).toContain(quoted);
      expect(why).not.toMatch(/sorry|pardon/i);
    },
  );
});

describe('a shared thread after a card whose message named two errors', () => {
  test('"and the other one?" without naming the bot continues the conversation; other chat does not', () => {
    const chat = realConversation('en');
    chat.send('two things: one laptop fails with 0x80CF0437 and another with 0x80043001');
    expect(engine.followsUp?.(chat.state, 'and the other one?')).toBe(true);
    expect(engine.followsUp?.(chat.state, 'Bob, the other one is on your desk')).toBe(false);
  });
});

describe('two errors named in plain words, without quotes or codes', () => {
  test.each([
    [
      'en',
      'device cap reached and also company portal temporarily unavailable',
      /company-portal-temporarily-unavailable/,
    ],
    [
      'sv',
      'Enhetstaket har nåtts, och även Företagsportalen är tillfälligt otillgänglig',
      /company-portal-temporarily-unavailable/,
    ],
    [
      'fr',
      'Nombre maximal d’appareils atteint et aussi Échec de l’installation du profil. Une erreur réseau s’est produite.',
      /profile-installation-failed-a-network-error-has-occurred/,
    ],
    [
      'zh-CN',
      '已达到设备上限，还有配置文件安装失败。 发生了网络错误。',
      /profile-installation-failed-a-network-error-has-occurred/,
    ],
  ] as const)('%s: the card of one, and the other one a press away', (locale, text, other) => {
    const chat = realConversation(locale);
    chat.send(text);
    // The platform question or the choice, whichever the message leads to, then one of the two cards.
    if (chat.state.pending === 'platform')
      chat.send({ kind: 'action', payload: { type: 'answer', question: 'platform', value: 'ios' } });
    const named = [/device-cap-reached/, other];
    const offered = chat.state.candidates.find((c) => named.some((n) => n.test(c.entryId)));
    if (chat.state.stage === 'choosing-entry' && offered)
      chat.send({ kind: 'action', payload: { type: 'choose-entry', entryId: offered.entryId } });
    const shown = chat.state.shown.at(-1)?.entryId ?? '';
    const rest = named.find((n) => !n.test(shown));
    expect(named.filter((n) => n.test(shown))).toHaveLength(1);
    expect(chat.state.alsoMentioned).toEqual([expect.stringMatching(rest ?? /^$/)]);
    const next = chat.state.alsoMentioned?.[0] ?? '';
    expect(
      card(chat.send({ kind: 'action', payload: { type: 'choose-entry', entryId: next } })),
    ).toMatchObject({
      entryId: next,
    });
  });

  // The general article is English only; on an iPhone the same message has an iOS card in every language.
  test.each([
    ['en', 'Profile Installation Failed. A network error has occurred. And also Device Cap Reached'],
    [
      'fr',
      'Échec de l’installation du profil. Une erreur réseau s’est produite. Et aussi Nombre maximal d’appareils atteint',
    ],
    [
      'sv',
      'Det gick inte att installera profilen. Ett nätverksfel har uppstått. Och även Enhetstaket har nåtts',
    ],
    ['zh-CN', '配置文件安装失败。 发生了网络错误。还有已达到设备上限'],
  ] as const)('%s: the other error on an iPhone is the iOS card, not the general one', (locale, text) => {
    const chat = realConversation(locale);
    chat.send({ kind: 'action', payload: { type: 'answer', question: 'platform', value: 'ios' } });
    chat.send(text);
    if (chat.state.pending === 'platform')
      chat.send({ kind: 'action', payload: { type: 'answer', question: 'platform', value: 'ios' } });
    const offered = chat.state.candidates.find((c) => /network-error/.test(c.entryId));
    if (chat.state.stage === 'choosing-entry' && offered)
      chat.send({ kind: 'action', payload: { type: 'choose-entry', entryId: offered.entryId } });
    expect(chat.state.alsoMentioned).toEqual(['ios/device-cap-reached']);
  });

  test.each([
    ['Profile Installation Failed, a network error has occurred'],
    ['Profile Installation Failed. Connection to the server could not be established.'],
    ['device cap reached and I cannot enroll any more phones'],
    ['Devices fail to check in with the Intune service and display as Unhealthy in the Intune admin console'],
    // Log lines that only resemble documented messages ("Starting enrollment", "Enrollment ended").
    ['Starting enrollment\nMDM enrollment failed: 0x80CF0437\nEnrollment ended'],
  ])('"%s" is one error, not two', (text) => {
    const chat = realConversation('en');
    chat.send(text);
    expect(chat.state.alsoMentioned).toBeUndefined();
  });
});

describe('a platform named after a Windows code was refused', () => {
  test.each([
    ['en', "it's an iPhone", 'ios'],
    ['sv', 'det är en iPhone', 'ios'],
    ['fr', 'c’est un téléphone Android', 'android'],
    ['zh-CN', '是 iPhone', 'ios'],
  ] as const)('%s: "%s" keeps the platform and asks what that device shows', (locale, text, platform) => {
    const chat = realConversation(locale);
    chat.send('0x80180014');
    expect(chat.state.stage).toBe('no-match');
    const out = chat.send(text);
    expect(chat.state.answers.platform).toBe(platform);
    expect(chat.state.pending).toBe('errorText');
    expect(chat.state.answers.errorText).toBeUndefined();
    expect(textOf(out)).not.toContain(translator.forLocale(locale)('common:interview.platformChanged'));
    // What the device shows is then matched for that platform.
    const deviceCap = platform === 'ios' ? 'ios/device-cap-reached' : 'general/device-cap-reached';
    expect(card(chat.send('Device Cap Reached'))).toMatchObject({ entryId: deviceCap });
  });

  test('"windows" after a Windows code keeps the refusal and its link, said once', () => {
    const chat = realConversation('en');
    chat.send('0x80180014');
    const out = chat.send('windows');
    expect(chat.state.answers.platform).toBe('windows');
    expect(chat.state.stage).toBe('no-match');
    expect(textOf(out)).not.toMatch(/learn\.microsoft\.com/);
  });
});

describe('"it works now" said outside a case', () => {
  test.each([
    ['en', 'I deleted an old device and now it works'],
    ['sv', 'jag tog bort en gammal enhet och nu funkar det'],
    ['fr', 'j’ai supprimé un ancien appareil et ça marche maintenant'],
    ['zh-CN', '我删掉了一台旧设备，现在可以了'],
  ] as const)('%s: after a card, "%s" is its verdict, not a new search', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    const out = chat.send(text);
    expect(out.effects).toEqual([
      { kind: 'feedback', entryId: 'general/error-code-0x80cf0437', verdict: 'fixed' },
    ]);
    expect(card(out)).toBeUndefined();
    expect(chat.state.stage).toBe('idle');
  });

  test.each([
    ['nothing open', [] as string[]],
    ['asked for the exact message', ['enrollment not working']],
    ['asked for the platform', ['device cap reached']],
    ['after "the articles don\'t cover this"', ['0x80180014']],
  ])('%s: a report that it works closes, with nothing asked or searched', (_, before) => {
    const chat = realConversation('en');
    for (const text of before) chat.send(text);
    const out = chat.send('never mind, I deleted an old device and it works now');
    expect(out.effects).toEqual([{ kind: 'solved' }]);
    expect(out.replies.every((r) => r.kind === 'text')).toBe(true);
    expect(chat.state.stage).toBe('idle');
    expect(chat.state.pending).toBeUndefined();
  });

  test.each([
    ['it enrolled, but now the portal says Company Portal Temporarily Unavailable'],
    ['it enrolled, now the company portal says Company Portal Temporarily Unavailable'],
    ['it worked on the iPad, 0x80CF0437 on the laptop'],
    ['does it work now?'],
  ])('"%s" is not a report that it works', (text) => {
    const chat = realConversation('en');
    chat.send('0x80CF0437');
    expect(chat.send(text).effects).toEqual([]);
  });
});
