import type { TurnOutput } from '../../../../src/core/conversation/turn.ts';
import { realConversation } from '../../../fakes/real-conversation.ts';

/**
 * Asking for a person the way people ask at any point of a conversation: the problem goes to a person
 * with what was said, never into a search for the words of the request.
 */

const escalation = (out: TurnOutput) => out.effects.find((e) => e.kind === 'escalate');

/** Where a conversation can stand when the request comes. */
const states: Record<string, string[]> = {
  'a card on screen': ['Company Portal Temporarily Unavailable on my iPhone'],
  'the platform asked': ['Profile installation failed'],
  'a follow-up question': ['Profile Installation Failed. Connection to the server could not be established.'],
  'the articles do not cover it': ['0x80180014'],
};

describe.each(Object.entries(states))('with %s', (_, before) => {
  test.each([
    ['en', 'create a ticket for this'],
    ['en', 'can a technician look at it'],
    ['en', 'wait, human please'],
    ['sv', 'öppna en ticket'],
    ['sv', 'IT-avdelningen tack'],
    ['fr', 'passer la main à un technicien'],
    ['fr', 'je veux un ticket'],
    ['zh-CN', '让工程师看看'],
    ['zh-CN', '开个工单'],
  ] as const)('%s: "%s" hands the problem to a person with what was said', (locale, text) => {
    const chat = realConversation(locale);
    for (const m of before) chat.send(m);
    const out = chat.send(text);
    expect(escalation(out)).toMatchObject({ answers: { errorText: before[0] } });
    expect(chat.state.stage).toBe('escalated');
  });
});

describe('requests that only mention tickets or support', () => {
  test.each([
    ['support told me to open a ticket'],
    ['the ticket says enrollment failed'],
    ['in this case I need to re-enroll'],
  ])('"%s" is no request for a person', (text) => {
    const chat = realConversation('en');
    expect(escalation(chat.send(text))).toBeUndefined();
  });
});

describe('"yes" to "a person can take it from here", as people type it', () => {
  test.each([
    ['en', 'yse'],
    ['en', 'y'],
    ['en', 'yeah go ahead'],
    ['sv', 'jo'],
    ['sv', 'kör på'],
    ['fr', "d'acc"],
    ['fr', 'vas-y'],
    ['zh-CN', '好'],
    ['zh-CN', '行'],
  ] as const)('%s: "%s" hands the refused code to a person', (locale, text) => {
    const chat = realConversation(locale);
    chat.send('0x80180014');
    expect(chat.state.stage).toBe('no-match');
    expect(escalation(chat.send(text))).toMatchObject({ answers: { errorText: '0x80180014' } });
  });
});
