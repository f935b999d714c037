import type {
  ConversationEngine,
  ConversationState,
  TurnInput,
  TurnOutput,
} from '../../src/core/conversation/turn.ts';
import type { Locale } from '../../src/core/knowledge/entry.ts';

/** Drives one conversation turn by turn, keeping the state as an adapter would (JSON round trip). */
export function driveConversation(with_: ConversationEngine, clientLocale: Locale = 'en') {
  let state: ConversationState = with_.initialState(clientLocale);
  return {
    /** `userId`: who sends the turn (in a shared thread, not always who asked). */
    send(input: TurnInput | string, userId?: string): TurnOutput {
      const out = with_.handle(state, typeof input === 'string' ? { kind: 'text', text: input } : input, {
        clientLocale,
        now: '2026-11-22T02:00:00.000Z',
        ...(userId ? { userId } : {}),
      });
      state = JSON.parse(JSON.stringify(out.state)) as ConversationState;
      return out;
    },
    get state() {
      return state;
    },
  };
}
