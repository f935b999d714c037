import type { TurnOutput } from '../../../../src/core/conversation/turn.ts';
import { realConversation } from '../../../fakes/real-conversation.ts';

/** Asking for another language in the middle of a conversation: what is on screen comes again in it. */

const cardOf = (out: TurnOutput) => out.replies.find((r) => r.kind === 'resolution');

describe("the language asked for in one's own words", () => {
  test.each([
    ['en', 'can we do this in swedish', 'sv'],
    ['en', 'answer me in chinese', 'zh-CN'],
    ['sv', 'kan vi ta det på engelska', 'en'],
    ['sv', 'fortsätt på franska', 'fr'],
    ['fr', 'on peut continuer en anglais ?', 'en'],
    ['fr', 'parle-moi en suédois', 'sv'],
    ['zh-CN', '请用英文回答', 'en'],
    ['zh-CN', '继续用法语', 'fr'],
  ] as const)('%s: "%s" switches to %s and asks the waiting question again in it', (locale, text, to) => {
    const chat = realConversation(locale);
    chat.send('Profile installation failed');
    expect(chat.state.pending).toBe('platform');
    const out = chat.send(text);
    expect(out.locale).toBe(to);
    expect(out.effects).toContainEqual({ kind: 'locale-chosen', locale: to });
    expect(out.replies.some((r) => r.kind === 'question')).toBe(true);
    expect(chat.state.pending).toBe('platform');
  });
});

describe('the card on screen, again in the language chosen', () => {
  test.each([
    ['sv', 'in english', 'en'],
    ['en', 'på svenska', 'sv'],
    ['zh-CN', 'en français', 'fr'],
    ['fr', '用中文', 'zh-CN'],
  ] as const)(
    '%s → %s: the card is shown again in the new language, its verdict still open',
    (locale, text, to) => {
      const chat = realConversation(locale);
      chat.send('iPhone: Device Cap Reached');
      expect(chat.state.shown.map((s) => s.entryId)).toEqual(['ios/device-cap-reached']);
      const out = chat.send(text);
      expect(out.locale).toBe(to);
      expect(cardOf(out)).toMatchObject({ entryId: 'ios/device-cap-reached' });
      expect(chat.state.stage).toBe('showing-resolution');
      expect(chat.state.shown).toHaveLength(1);
    },
  );

  test('a card whose article is in English only is not shown again after a switch to French', () => {
    const chat = realConversation('en');
    chat.send('0x80CF0437');
    expect(cardOf(chat.send('en français'))).toBeUndefined();
  });

  test('offered cards are offered again in the new language', () => {
    const chat = realConversation('en');
    chat.send('Profile installation failed');
    chat.send('skip');
    expect(chat.state.stage).toBe('choosing-entry');
    const out = chat.send('på svenska');
    expect(out.replies.some((r) => r.kind === 'choose-entry')).toBe(true);
    expect(chat.state.stage).toBe('choosing-entry');
  });
});
