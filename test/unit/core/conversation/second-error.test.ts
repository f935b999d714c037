import type { TurnOutput } from '../../../../src/core/conversation/turn.ts';
import { realConversation } from '../../../fakes/real-conversation.ts';

/** A second error typed while the first card is still open: the first is not forgotten. */

const multiCause = 'Profile Installation Failed. Connection to the server could not be established.';
const multiCauseId = 'ios/profile-installation-failed-connection-to-the-server-could-not-be-established';
const buttons = (out: TurnOutput) =>
  out.replies.flatMap((r) => (r.kind === 'text' ? (r.actions ?? []) : [])).map((a) => a.payload);

describe('a second error during the first one', () => {
  test.each([
    ['en', 'wait, there is also XPC_TYPE_ERROR Connection invalid on another one'],
    ['sv', 'en annan iPad visar XPC_TYPE_ERROR Connection invalid'],
    ['fr', 'un autre iPad affiche XPC_TYPE_ERROR Connection invalid'],
    ['zh-CN', '另一台 iPad 显示 XPC_TYPE_ERROR Connection invalid'],
  ] as const)('%s: the new card comes, the first one is a press or "the other one" away', (locale, text) => {
    const chat = realConversation(locale);
    chat.send(multiCause);
    expect(chat.state.pending).toBe('history');
    const out = chat.send(text);
    expect(chat.state.shown.at(-1)?.entryId).toBe('ios/xpc_type_error-connection-invalid');
    expect(buttons(out)).toContainEqual({ type: 'choose-entry', entryId: multiCauseId });
    const other = { en: 'the other one', sv: 'det andra', fr: "l'autre", 'zh-CN': '另一个' }[locale];
    chat.send(other);
    expect(chat.state.shown.at(-1)?.entryId).toBe(multiCauseId);
  });

  test('after a card merely shown, the next error comes alone (a helpdesk looks up one after another)', () => {
    const chat = realConversation('en');
    chat.send('0x80CF0437');
    const out = chat.send('0x80043001');
    expect(buttons(out)).not.toContainEqual(expect.objectContaining({ type: 'choose-entry' }));
  });

  test('the same error for another platform is no earlier problem', () => {
    const chat = realConversation('en');
    chat.send('iPhone: Device Cap Reached');
    const out = chat.send('Device cap reached');
    expect(buttons(out)).not.toContainEqual(
      expect.objectContaining({ type: 'choose-entry', entryId: 'ios/device-cap-reached' }),
    );
  });
});
