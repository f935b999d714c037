import { realConversation } from '../../../fakes/real-conversation.ts';

/** A number typed where no numbered choice is on screen. */

describe('a bare number with nothing to pick', () => {
  test.each([
    ['en', '1'],
    ['sv', '2'],
    ['fr', '3.'],
    ['zh-CN', '1'],
  ] as const)('%s: "%s" after a card keeps the card and its problem', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('0x80CF0437');
    const out = chat.send(text);
    expect(chat.state.stage).toBe('showing-resolution');
    expect(chat.state.shown.at(-1)?.entryId).toBe('general/error-code-0x80cf0437');
    expect(chat.state.answers.errorText).toBe('0x80CF0437');
    expect(out.replies.some((r) => r.kind === 'question')).toBe(false);
  });

  test('after "the articles do not cover it" the refused code stays for the person offered', () => {
    const chat = realConversation('en');
    chat.send('0x80180014');
    chat.send('1');
    expect(chat.state.stage).toBe('no-match');
    expect(chat.send('talk to a person').effects).toContainEqual(
      expect.objectContaining({
        kind: 'escalate',
        answers: expect.objectContaining({ errorText: '0x80180014' }),
      }),
    );
  });
});
