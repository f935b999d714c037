import { realConversation } from '../../../fakes/real-conversation.ts';

/** Typing while cards are offered: the offered cards stay unless the text is something of its own. */

describe('a word that picks nothing while cards are offered', () => {
  test.each([
    ['en', 'both'],
    ['en', 'hmm which one'],
    ['sv', 'båda'],
    ['fr', 'les deux'],
    ['zh-CN', '两个都是'],
  ] as const)('%s: "%s" keeps the offered cards and the message they were found for', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('Profile installation failed');
    chat.send('skip');
    expect(chat.state.stage).toBe('choosing-entry');
    const offered = chat.state.candidates.map((c) => c.entryId);
    chat.send(text);
    expect(chat.state.stage).toBe('choosing-entry');
    expect(chat.state.candidates.map((c) => c.entryId)).toEqual(offered);
    expect(chat.state.answers.errorText).toBe('Profile installation failed');
  });

  test('a new error code typed instead is a new problem', () => {
    const chat = realConversation('en');
    chat.send('Profile installation failed');
    chat.send('skip');
    chat.send('0x80CF0437');
    expect(chat.state.shown.at(-1)?.entryId).toBe('general/error-code-0x80cf0437');
  });
});
