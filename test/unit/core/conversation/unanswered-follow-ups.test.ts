import type { TurnOutput } from '../../../../src/core/conversation/turn.ts';
import { realConversation, translator } from '../../../fakes/real-conversation.ts';

/** The follow-up questions of a card with several causes, left unanswered: no claim that answers ordered it. */

const multiCause = 'Profile Installation Failed. Connection to the server could not be established.';
const card = (out: TurnOutput) => out.replies.find((r) => r.kind === 'resolution');

describe('no answer to order the causes by', () => {
  test.each([
    ['en', 'too many questions'],
    ['sv', 'för många frågor'],
    ['fr', 'trop de questions'],
    ['zh-CN', '问题太多了'],
  ] as const)(
    '%s: "%s" shows the card in the article\'s order, not "ordered by your answers"',
    (locale, text) => {
      const t = translator.forLocale(locale);
      const chat = realConversation(locale);
      chat.send(multiCause);
      const out = chat.send(text);
      expect(card(out)).toMatchObject({ why: t('common:why.articleOrder') });
      expect(chat.state.stage).toBe('showing-resolution');
      expect(chat.state.shown).toHaveLength(1);
    },
  );

  test('"skip" to every question: the same', () => {
    const chat = realConversation('en');
    chat.send(multiCause);
    let last = chat.send('skip');
    while (chat.state.stage === 'asking') last = chat.send('skip');
    expect(card(last)).toMatchObject({ why: translator.forLocale('en')('common:why.articleOrder') });
  });

  test('one answer known: the causes are ordered by it', () => {
    const chat = realConversation('en');
    chat.send(multiCause);
    let last = chat.send('3');
    while (chat.state.stage === 'asking') last = chat.send('skip');
    expect(card(last)).toMatchObject({ why: translator.forLocale('en')('common:why.ranked') });
  });
});
