import type { Locale } from '../knowledge/entry.ts';
import type { ConversationState } from './turn.ts';

/** A conversation that has not started: nothing known but the language. */
export function initialConversationState(locale: Locale): ConversationState {
  return {
    version: 1,
    stage: 'idle',
    locale,
    localeExplicit: false,
    answers: {},
    errorRetries: 0,
    candidates: [],
    shown: [],
    transcript: [],
  };
}
