import { realConversation } from '../../../fakes/real-conversation.ts';

/**
 * Typed answers to the interview questions, as an admin writes them rather than presses them: each is
 * read as the answer to the question on screen, in every language, and never as something else.
 */

/** An error documented with several causes: its card comes with follow-up questions, the first about history. */
const multiCause = 'Profile Installation Failed. Connection to the server could not be established.';

describe('an answer that sounds like a verdict', () => {
  test.each([
    ['en', 'it worked before yes'],
    ['sv', 'det fungerade tidigare'],
    ['fr', 'ça fonctionnait avant'],
    ['zh-CN', '以前可以，后来不行了'],
  ] as const)(
    '%s: "%s" to "has enrollment ever worked?" answers it; the card is not judged',
    (locale, text) => {
      const chat = realConversation(locale);
      chat.send(multiCause);
      expect(chat.state.pending).toBe('history');
      const out = chat.send(text);
      expect(chat.state.answers.history).toBe('stopped-working');
      expect(chat.state.stage).toBe('asking');
      expect(out.effects).toEqual([]);
      expect(chat.state.shown.at(-1)?.verdict).toBeUndefined();
    },
  );

  test('"that didn\'t work" while the question waits is still a verdict on the card', () => {
    const chat = realConversation('en');
    chat.send(multiCause);
    const out = chat.send("that didn't work");
    expect(out.effects).toContainEqual(expect.objectContaining({ kind: 'feedback', verdict: 'not-fixed' }));
  });
});

describe('"I don\'t know" in one\'s own words', () => {
  test.each([
    ['en', 'idk'],
    ['en', 'no clue'],
    ['sv', 'vet ej'],
    ['sv', 'ingen susning'],
    ['fr', 'chais pas'],
    ['fr', "j'en sais rien"],
    ['zh-CN', '不晓得'],
    ['zh-CN', '说不准'],
  ] as const)('%s: "%s" skips the question once, the interview goes on', (locale, text) => {
    const chat = realConversation(locale);
    chat.send(multiCause);
    chat.send(text);
    expect(chat.state.answers.history).toBe('unknown');
    expect(chat.state.pending).toBe('usersAffected');
  });

  test.each([
    ['en', 'idk'],
    ['sv', 'vet ej'],
    ['fr', 'chais pas'],
    ['zh-CN', '不晓得'],
  ] as const)('%s: "%s" to the platform question offers the cards of every platform', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('Profile installation failed');
    expect(chat.state.pending).toBe('platform');
    chat.send(text);
    expect(chat.state.stage).toBe('choosing-entry');
    expect(chat.state.answers.platform).toBe('unknown');
  });

  test('"ça marchait avant" answers that it worked before', () => {
    const chat = realConversation('fr');
    chat.send(multiCause);
    chat.send('ça marchait avant');
    expect(chat.state.answers.history).toBe('stopped-working');
  });
});

describe('going back', () => {
  test.each([
    ['en', 'go back'],
    ['sv', 'föregående fråga'],
    ['fr', 'je me suis trompé'],
    ['zh-CN', '上一步'],
  ] as const)(
    '%s: "%s" after an answer asks that question again, and the new answer counts',
    (locale, text) => {
      const chat = realConversation(locale);
      chat.send(multiCause);
      chat.send('2');
      expect(chat.state.pending).toBe('usersAffected');
      chat.send(text);
      expect(chat.state.pending).toBe('history');
      expect(chat.state.answers.history).toBeUndefined();
      chat.send('1');
      expect(chat.state.answers.history).toBe('never-worked');
      expect(chat.state.pending).toBe('usersAffected');
    },
  );

  test.each([
    ['en', 'wrong button'],
    ['sv', 'fel knapp'],
    ['fr', 'mauvais bouton'],
    ['zh-CN', '按错了'],
  ] as const)('%s: "%s" after the platform picked the card asks the platform again', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('Profile installation failed');
    chat.send('2');
    expect(chat.state.shown.at(-1)?.entryId).toBe('general/profile-installation-failed');
    chat.send(text);
    expect(chat.state.pending).toBe('platform');
    chat.send('1');
    expect(chat.state.shown.at(-1)?.entryId).toBe('general/profile-installation-failed-1');
    expect(chat.state.answers.platform).toBe('ios');
  });

  test.each(['en', 'sv', 'fr', 'zh-CN'] as const)(
    '%s: with no answer to take back, the question on screen stays and nothing is searched for',
    (locale) => {
      const chat = realConversation(locale);
      chat.send('Profile installation failed');
      const back = { en: 'back', sv: 'tillbaka', fr: 'retour', 'zh-CN': '返回' }[locale];
      const out = chat.send(back);
      expect(chat.state.pending).toBe('platform');
      expect(out.replies.some((r) => r.kind === 'question')).toBe(true);
      expect(chat.state.asked?.platform).toBe(1);
    },
  );
});
