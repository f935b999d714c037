import { initialConversationState } from '../../src/core/conversation/initial-state.ts';
import type { ConversationEngine, ConversationState } from '../../src/core/conversation/turn.ts';
import type { Locale } from '../../src/core/knowledge/entry.ts';

/**
 * A tiny engine with the real contract: greets, asks for the platform after an error text, answers
 * a submitted choice, switches language on "lang xx", escalates on "human". Enough to test the
 * channel plumbing without the knowledge base.
 */
export function createFakeEngine(): ConversationEngine {
  const initialState = initialConversationState;
  return {
    initialState,
    handle(state, input, info) {
      const s: ConversationState = {
        ...state,
        locale: state.localeExplicit ? state.locale : info.clientLocale,
      };
      const say = (text: string) => ({ state: s, replies: [{ kind: 'text' as const, text }], effects: [] });
      if (input.kind === 'start') return say(`hello [${s.locale}]`);
      if (input.kind === 'action') {
        if (input.payload.type === 'answer') {
          return say(`answer ${input.payload.question}=${input.payload.value} [${s.locale}]`);
        }
        return say(`action ${input.payload.type}`);
      }
      if (input.kind === 'form') return say('form');
      const lang = /^lang (en|sv|fr|zh-CN)$/.exec(input.text);
      if (lang) {
        const locale = lang[1] as Locale;
        return {
          state: { ...s, locale, localeExplicit: true },
          replies: [{ kind: 'text', text: `now ${locale}` }],
          effects: [{ kind: 'locale-chosen', locale }],
        };
      }
      if (input.text === 'human') {
        return {
          state: { ...s, stage: 'escalated' },
          replies: [{ kind: 'text', text: 'handing over' }],
          effects: [
            {
              kind: 'escalate',
              trigger: 'asked-in-words',
              answers: s.answers,
              shown: s.shown,
              transcript: s.transcript,
              locale: s.locale,
            },
          ],
        };
      }
      const next: ConversationState = {
        ...s,
        stage: 'asking',
        pending: 'platform',
        answers: { ...s.answers, errorText: s.answers.errorText ?? input.text },
      };
      return {
        state: next,
        replies: [
          { kind: 'text', text: `error=${next.answers.errorText} len=${input.text.length} [${s.locale}]` },
        ],
        effects: [],
      };
    },
  };
}
