import type { TurnOutput } from '../../../../src/core/conversation/turn.ts';
import type { Locale } from '../../../../src/core/knowledge/entry.ts';
import type { QuestionReply } from '../../../../src/core/reply/reply.ts';
import { realConversation } from '../../../fakes/real-conversation.ts';

/**
 * What a demanding user met after the conversation held up to new users: each a defect of the real
 * engine over the real knowledge base, in the four languages where language matters.
 */

const multiCause = 'ios/profile-installation-failed-connection-to-the-server-could-not-be-established';
/** That card's documented message in each language, as a user there pastes it. */
const multiCauseTitle: Record<Locale, string> = {
  en: 'Profile Installation Failed. Connection to the server could not be established.',
  sv: 'Det gick inte att installera profilen. Det går inte att upprätta någon anslutning till servern.',
  fr: "Échec de l’installation du profil. Impossible d'établir une connexion au serveur.",
  'zh-CN': '配置文件安装失败。 无法建立到服务器的连接。',
};
const locales: Locale[] = ['en', 'sv', 'fr', 'zh-CN'];

const question = (out: TurnOutput) =>
  out.replies.find((r): r is QuestionReply => r.kind === 'question' && !r.answered);
const offered = (out: TurnOutput) =>
  (question(out)?.choices ?? []).map((c) => (c.payload as { value: string }).value);

/** Answers the card's questions up to the enrollment method: worked before, all users, all devices. */
function upToEnrollmentMethod(locale: Locale) {
  const chat = realConversation(locale);
  chat.send(multiCauseTitle[locale]);
  chat.send('2');
  chat.send('3');
  const out = chat.send('3');
  expect(chat.state.pending).toBe('enrollmentMethod');
  return { chat, out };
}

describe('the choices offered are those of the card’s platform', () => {
  test.each(locales)('%s: the iOS card’s enrollment method offers no Windows method', (locale) => {
    const { out } = upToEnrollmentMethod(locale);
    expect(offered(out)).toEqual(['byod', 'ade', 'dem']);
    const form = question(out)?.form?.fields.find((f) => f.question === 'enrollmentMethod');
    expect(form?.choices.map((c) => c.value)).not.toContain('windows-auto');
  });

  test.each(locales)(
    '%s: a Windows method typed for an iPhone is no answer; the number of a button is',
    (locale) => {
      const { chat } = upToEnrollmentMethod(locale);
      chat.send('Autopilot');
      expect(chat.state.answers.enrollmentMethod).toBeUndefined();
      expect(chat.state.pending).toBe('enrollmentMethod');
      chat.send('3');
      expect(chat.state.answers.enrollmentMethod).toBe('dem');
    },
  );
});

describe('a scope of users is no count of devices', () => {
  test.each([
    ['en', 'all users'],
    ['sv', 'alla användare'],
    ['fr', 'tous les utilisateurs'],
    ['zh-CN', '所有用户'],
  ] as const)(
    '%s: "%s" to "how many devices?" answers the users question; devices stays asked',
    (locale, typed) => {
      const chat = realConversation(locale);
      chat.send(multiCauseTitle[locale]);
      chat.send('2');
      chat.send('2');
      expect(chat.state.pending).toBe('devicesAffected');
      const out = chat.send(typed);
      expect(chat.state.answers.usersAffected).toBe('all');
      expect(chat.state.answers.devicesAffected).toBeUndefined();
      expect(chat.state).toMatchObject({
        stage: 'asking',
        pending: 'devicesAffected',
        followUpFor: multiCause,
      });
      expect(question(out)?.question).toBe('devicesAffected');
      // An answer to the wrong question is no unclear one: the question is not dropped after it.
      chat.send('personal BYOD phones');
      expect(chat.state.pending).toBe('devicesAffected');
      chat.send('3');
      expect(chat.state.answers.devicesAffected).toBe('all');
    },
  );

  test.each([
    ['en', 'all devices'],
    ['fr', 'tous les appareils'],
  ] as const)('%s: "%s" to "how many users?" answers the devices question', (locale, typed) => {
    const chat = realConversation(locale);
    chat.send(multiCauseTitle[locale]);
    chat.send('2');
    chat.send(typed);
    expect(chat.state.answers).toMatchObject({ devicesAffected: 'all' });
    expect(chat.state.answers.usersAffected).toBeUndefined();
    expect(chat.state.pending).toBe('usersAffected');
  });
});

describe('"didn’t help" with nothing else to try offers a person', () => {
  test.each([
    ['en', "didn't help", 'yes'],
    ['sv', 'hjälpte inte', 'ja'],
    ['fr', 'ça n’a pas aidé', 'oui'],
    ['zh-CN', '没有帮助', '好'],
  ] as const)('%s: asked first, then handed over with everything said', (locale, notFixed, yes) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437 on two laptops');
    const offer = chat.send(notFixed);
    expect(offer.effects.filter((e) => e.kind === 'escalate')).toEqual([]);
    expect(chat.state.stage).not.toBe('escalated');
    const buttons = offer.replies.flatMap((r) => (r.kind === 'text' ? (r.actions ?? []) : []));
    expect(buttons.map((b) => b.payload.type)).toContain('escalate');
    const handOff = chat.send(yes).effects.find((e) => e.kind === 'escalate');
    expect(handOff).toMatchObject({
      trigger: 'not-fixed',
      answers: { errorText: '0x80CF0437 on two laptops' },
      shown: [{ entryId: 'general/error-code-0x80cf0437', verdict: 'not-fixed' }],
    });
    const said = handOff?.kind === 'escalate' ? handOff.transcript.filter((l) => l.from === 'user') : [];
    expect(said.map((l) => l.text)).toEqual(['0x80CF0437 on two laptops', notFixed, yes]);
    expect(chat.state.stage).toBe('escalated');
  });

  test.each([
    ['en', "didn't help", 'no'],
    ['fr', 'ça n’a pas aidé', 'non'],
  ] as const)('%s: "no" to the offer calls nobody', (locale, notFixed, no) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    chat.send(notFixed);
    expect(chat.send(no).effects.filter((e) => e.kind === 'escalate')).toEqual([]);
    expect(chat.state.stage).not.toBe('escalated');
  });
});

describe('a question-intonation echo is no consent', () => {
  const echoes = [
    ['en', 'really?', "didn't help"],
    ['en', 'yes?', "didn't help"],
    ['sv', 'verkligen?', 'hjälpte inte'],
    ['fr', 'ah bon ?', 'ça n’a pas aidé'],
    ['fr', 'vraiment ?', 'ça n’a pas aidé'],
    ['zh-CN', '是吗', '没有帮助'],
    ['zh-CN', '真的吗？', '没有帮助'],
  ] as const;

  test.each(echoes)('%s: "%s" after a refusal calls nobody and keeps the refusal', (locale, echo) => {
    const chat = realConversation(locale);
    chat.send('0x80180014');
    expect(chat.state.stage).toBe('no-match');
    const out = chat.send(echo);
    expect(out.effects.filter((e) => e.kind === 'escalate')).toEqual([]);
    expect(chat.state).toMatchObject({ stage: 'no-match', answers: { errorText: '0x80180014' } });
    // The same choice again, a person a press away.
    const buttons = out.replies.flatMap((r) => (r.kind === 'text' ? (r.actions ?? []) : []));
    expect(buttons.map((b) => b.payload.type)).toContain('escalate');
  });

  test.each(echoes)('%s: "%s" after a person is offered calls nobody', (locale, echo, notFixed) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    chat.send(notFixed);
    expect(chat.send(echo).effects.filter((e) => e.kind === 'escalate')).toEqual([]);
    expect(chat.state.stage).toBe('no-match');
  });
});

describe('a second error mid-interview', () => {
  test.each([
    ['en', 'the other one'],
    ['sv', 'och det andra?'],
    ['fr', 'et l’autre ?'],
    ['zh-CN', '另一个呢'],
  ] as const)(
    '%s: back on the first card, what was answered for it is kept and not asked again',
    (locale, other) => {
      const chat = realConversation(locale);
      chat.send(multiCauseTitle[locale]);
      chat.send('2');
      chat.send('1');
      expect(chat.state.pending).toBe('devicesAffected');
      chat.send('0x80CF0437');
      expect(chat.state.shown.at(-1)?.entryId).toBe('general/error-code-0x80cf0437');
      const back = chat.send(other);
      expect(chat.state).toMatchObject({
        stage: 'asking',
        pending: 'devicesAffected',
        followUpFor: multiCause,
        answers: { history: 'stopped-working', usersAffected: 'one' },
      });
      expect(
        back.replies
          .filter((r) => r.kind === 'question' && !r.answered)
          .map((r) => r.kind === 'question' && r.question),
      ).toEqual(['devicesAffected']);
    },
  );

  test.each([
    ['en', 'also getting 0x80180026 on a laptop', 'the other one'],
    ['fr', 'j’ai aussi 0x80180026 sur un PC', 'et l’autre ?'],
  ] as const)(
    '%s: a code the articles do not cover keeps the first card a press away, with its answers',
    (locale, code, other) => {
      const chat = realConversation(locale);
      chat.send(multiCauseTitle[locale]);
      chat.send('2');
      chat.send('1');
      const refused = chat.send(code);
      expect(chat.state.stage).toBe('no-match');
      const buttons = refused.replies.flatMap((r) => (r.kind === 'text' ? (r.actions ?? []) : []));
      expect(buttons.map((b) => b.payload)).toContainEqual({ type: 'choose-entry', entryId: multiCause });
      chat.send(other);
      expect(chat.state).toMatchObject({
        stage: 'asking',
        pending: 'devicesAffected',
        answers: { history: 'stopped-working', usersAffected: 'one' },
      });
    },
  );

  test.each([
    ['en', 'one more laptop shows 0x80CF0437'],
    ['fr', 'un PC affiche aussi 0x80CF0437'],
    ['sv', 'en dator visar 0x80CF0437'],
  ] as const)('%s: "%s" is a new error, not "one device"', (locale, text) => {
    const chat = realConversation(locale);
    chat.send(multiCauseTitle[locale]);
    chat.send('2');
    chat.send('1');
    chat.send(text);
    expect(chat.state.answers.devicesAffected).toBeUndefined();
    expect(chat.state.shown.at(-1)?.entryId).toBe('general/error-code-0x80cf0437');
  });

  test('pressed instead of asked for, the same', () => {
    const chat = realConversation('en');
    chat.send(multiCauseTitle.en);
    chat.send('3');
    chat.send({ kind: 'action', payload: { type: 'answer', question: 'usersAffected', value: 'all' } });
    chat.send('XPC_TYPE_ERROR Connection invalid');
    chat.send({ kind: 'action', payload: { type: 'choose-entry', entryId: multiCause } });
    expect(chat.state.answers).toMatchObject({ history: 'reused-device', usersAffected: 'all' });
    expect(chat.state.pending).toBe('devicesAffected');
  });
});

describe('a line plainly in another supported language is answered in it', () => {
  test.each([
    ['fr', 'how do I fix this?'],
    ['fr', 'it still doesn’t work, what should I do?'],
    ['sv', 'can you help me with this?'],
    ['zh-CN', 'what does this mean?'],
    ['en', 'comment je fais pour régler ça ?'],
  ] as const)('%s client: "%s" is answered in its language', (locale, line) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    const out = chat.send(line);
    const expected = locale === 'en' ? 'fr' : 'en';
    expect(out.locale).toBe(expected);
    expect(chat.state.locale).toBe(expected);
  });

  test.each([
    ['fr', 'ok'],
    ['fr', '1'],
    ['sv', 'yes'],
    ['zh-CN', "didn't help"],
    ['fr', 'Device cap reached'],
    ['sv', 'MDM enrollment failed: 0x80CF0437'],
    ['fr', 'The device cap has been reached on my iPhone'],
    ['fr', 'personal BYOD phones'],
    ['fr', 'mon laptop is not working'],
  ] as const)('%s client: "%s" stays in the conversation’s language', (locale, line) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    const out = chat.send(line);
    expect(out.locale).toBe(locale);
    expect(chat.state.locale).toBe(locale);
  });

  test('back in French after English: the French line switches again', () => {
    const chat = realConversation('fr');
    chat.send('how do I fix this error?');
    expect(chat.state.locale).toBe('en');
    chat.send('ok');
    expect(chat.state.locale).toBe('en');
    chat.send('je ne comprends pas ce que je dois faire');
    expect(chat.state.locale).toBe('fr');
  });
});

describe('"still failing, what should I do?" after a card', () => {
  test.each([
    ['en', "it still doesn't work, what should I do?"],
    ['sv', 'det funkar fortfarande inte, vad ska jag göra?'],
    ['fr', 'ça ne marche toujours pas, que faire ?'],
    ['zh-CN', '还是不行，怎么办？'],
  ] as const)('%s: "%s" is the card’s verdict, not a new search', (locale, line) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    const out = chat.send(line);
    expect(chat.state.shown).toEqual([
      expect.objectContaining({ entryId: 'general/error-code-0x80cf0437', verdict: 'not-fixed' }),
    ]);
    expect(chat.state).toMatchObject({ stage: 'no-match', answers: { errorText: '0x80CF0437' } });
    expect(out.locale).toBe(locale);
  });

  test.each([
    ['fr', 'merci, je vais essayer cela demain'],
    ['sv', 'tack, jag ska testa det imorgon'],
  ] as const)('%s: "%s" after English lines is answered in that language again', (locale, line) => {
    const chat = realConversation(locale);
    chat.send('how do I fix error 0x80CF0437?');
    expect(chat.state.locale).toBe('en');
    expect(chat.send(line).locale).toBe(locale);
  });
});

describe('whole conversations held by a demanding user', () => {
  type Held = [
    name: string,
    locale: Locale,
    messages: string[],
    expected: { stage: string; pending?: string; locale?: Locale; answers?: Record<string, string> },
  ];
  const held: Held[] = [
    [
      'zh: all users volunteered to the history question is not all devices',
      'zh-CN',
      [`我的iPhone提示 ${multiCauseTitle.en}`, '所有用户', '跳过'],
      { stage: 'asking', pending: 'devicesAffected', answers: { usersAffected: 'all', history: 'unknown' } },
    ],
    [
      'sv: none of these to the offer of a person is a no, not a search',
      'sv',
      ['min Android-telefon säger att enhetsgränsen har nåtts', 'hjälpte inte', 'inget av dessa'],
      { stage: 'no-match', answers: { errorText: 'min Android-telefon säger att enhetsgränsen har nåtts' } },
    ],
    [
      'fr: after an English line, a short French one brings French back',
      'fr',
      ['0x80CF0437', 'what does this mean?', 'merci beaucoup'],
      { stage: 'showing-resolution', locale: 'fr' },
    ],
    [
      'zh: after an English line, 谢谢 brings Chinese back',
      'zh-CN',
      ['0x80CF0437', 'what does this mean?', '谢谢'],
      { stage: 'showing-resolution', locale: 'zh-CN' },
    ],
  ];

  test.each(held)('%s', (_, locale, messages, expected) => {
    const chat = realConversation(locale);
    let last: TurnOutput | undefined;
    for (const m of messages) last = chat.send(m);
    expect(chat.state.stage).toBe(expected.stage);
    if (expected.pending) expect(chat.state.pending).toBe(expected.pending);
    if (expected.answers) expect(chat.state.answers).toMatchObject(expected.answers);
    if (expected.locale) expect(last?.locale).toBe(expected.locale);
    if (chat.state.stage === 'asking') expect(chat.state.answers.devicesAffected).toBeUndefined();
    expect(last?.effects.filter((e) => e.kind === 'escalate')).toEqual([]);
  });
});

describe('"not now" is no verdict and drops nothing', () => {
  test.each([
    ['en', 'not now'],
    ['sv', 'inte nu'],
    ['fr', 'pas maintenant'],
    ['zh-CN', '现在不用'],
  ] as const)('%s: "%s" after a card leaves it open; among offered cards, the cards stay', (locale, line) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    chat.send(line);
    expect(chat.state.stage).toBe('showing-resolution');
    expect(chat.state.shown.at(-1)?.verdict).toBeUndefined();
    const choosing = realConversation(locale);
    choosing.send('Profile installation failed');
    choosing.send('skip');
    expect(choosing.state.stage).toBe('choosing-entry');
    choosing.send(line);
    expect(choosing.state.stage).toBe('choosing-entry');
  });

  test('a longer English question in a Swedish client is answered in English', () => {
    const chat = realConversation('sv');
    chat.send('iPhone säger att enhetstaket har nåtts');
    expect(chat.send('how many devices can a user enroll?').locale).toBe('en');
  });
});
