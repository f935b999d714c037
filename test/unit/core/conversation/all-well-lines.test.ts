import { realConversation as chat } from '../../../fakes/real-conversation.ts';

/**
 * A line saying all is well now ("all showing compliant now 👍"), in words the conversation's own phrases
 * do not hold, is read by the matcher as no problem: the bot is glad, offers no card and asks for no error
 * message. Real matcher: the decision rests on its reading.
 */
describe('a line saying all is well now', () => {
  test.each([
    ['en', 'all showing compliant now 👍'],
    ['en', 'ok that sorted it, all iPads checked in now, cheers'],
    ['sv', 'Tack, nu är alla iPads registrerade i Intune'],
    ['fr', 'Merci, tous les iPhone sont inscrits maintenant'],
    ['zh-CN', '搞定了，设备都显示合规了，多谢'],
  ] as const)('%s: "%s" is answered politely, with no card, choice or question', (locale, text) => {
    const c = chat(locale);
    const out = c.send(text);
    expect(out.effects).toEqual([{ kind: 'solved' }]);
    expect(out.replies.map((r) => r.kind)).toEqual(['text']);
    expect(c.state.stage).not.toBe('asking');
  });

  test('after a card, it says the card helped', () => {
    const c = chat('en');
    c.send('Company Portal says Device Cap Reached on the new iPad');
    const out = c.send('all showing compliant now 👍');
    expect(out.effects).toEqual([
      expect.objectContaining({ kind: 'feedback', verdict: 'fixed', entryId: expect.stringMatching(/cap/) }),
    ]);
  });
});
