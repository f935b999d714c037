import { realConversation } from '../../../fakes/real-conversation.ts';

/**
 * What people write once a card is on screen, in their own words: the card's problem is kept and
 * judged, never dropped for a new search that asks for the error message all over again.
 */

const verdictOf = (out: { effects: readonly { kind: string }[] }) =>
  out.effects.find((e) => e.kind === 'feedback') as { verdict?: string } | undefined;

describe('"still broken" in one\'s own words after a card', () => {
  test.each([
    ['en', 'same problem'],
    ['en', "didn't fix it"],
    ['en', 'nothing changed'],
    ['en', 'it still does not enroll'],
    ['sv', 'samma problem'],
    ['sv', 'fortfarande trasigt'],
    ['sv', 'det går fortfarande inte att registrera'],
    ['fr', 'toujours cassé'],
    ['fr', 'même problème'],
    ['fr', 'l’inscription échoue encore'],
    ['zh-CN', '还是失败'],
    ['zh-CN', '问题依旧'],
    ['zh-CN', '还是注册不了'],
  ] as const)('%s: "%s" says the card did not help; the card and its platform stay', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    const out = chat.send(text);
    expect(verdictOf(out)).toMatchObject({ verdict: 'not-fixed' });
    expect(chat.state.shown.map((s) => s.entryId)).toEqual(['general/error-code-0x80cf0437']);
    expect(chat.state.answers.platform).toBe('windows');
    expect(chat.state.pending).not.toBe('errorText');
  });

  test('while the follow-up questions wait, a complaint is the verdict on the card too', () => {
    const chat = realConversation('en');
    chat.send('Profile Installation Failed. Connection to the server could not be established.');
    expect(chat.state.pending).toBe('history');
    const out = chat.send('enrollment still broken');
    expect(verdictOf(out)).toMatchObject({ verdict: 'not-fixed' });
    expect(chat.state.stage).toBe('choosing-entry');
  });

  test('a complaint about another platform than the card is not its verdict', () => {
    const chat = realConversation('en');
    chat.send('0x80CF0437');
    const out = chat.send('my iphone wont enroll');
    expect(verdictOf(out)).toBeUndefined();
  });
});

describe('what is no complaint about the card', () => {
  test.each([
    ['en', 'all users'],
    ['fr', 'tous les utilisateurs'],
  ] as const)(
    '%s: "%s" typed to another question than it answers leaves the card unjudged',
    (locale, text) => {
      const chat = realConversation(locale);
      chat.send('Profile Installation Failed. Connection to the server could not be established.');
      chat.send('skip');
      chat.send('skip');
      expect(chat.state.pending).toBe('devicesAffected');
      const out = chat.send(text);
      expect(verdictOf(out)).toBeUndefined();
      expect(chat.state.stage).toBe('asking');
    },
  );
});
