import type { Locale } from '../knowledge/entry.ts';
import type { ConversationState, SpeakerLanguage } from './turn.ts';

/**
 * People other than the conversation's owner whose language a shared thread keeps: beyond this, the one
 * heard from longest ago is forgotten (and answered in their client's language again).
 */
const maxSpeakers = 20;

/**
 * The language record of whoever sends this turn. In a shared thread (a Slack channel thread, a Teams
 * group chat or channel) each person is answered in their own language: the conversation's own fields
 * (`locale`, `localeExplicit`, `localeFromText`) belong to its owner, the first person who wrote, and
 * everyone else has a record in `speakers` once they chose or wrote in a language (until then their
 * client's language stands). In a one-to-one chat there is only the owner. For the owner the state itself
 * is returned; another person's record is a copy that `keepSpeakerLanguage` stores after the turn.
 */
export function speakerLanguage(
  state: ConversationState,
  userId: string | undefined,
  clientLocale: Locale,
): SpeakerLanguage {
  if (!userId) return state;
  state.ownerId ??= userId;
  if (userId === state.ownerId) return state;
  return { ...(state.speakers?.[userId] ?? { locale: clientLocale, localeExplicit: false }) };
}

/** Stores another person's language after their turn, only when chosen or written (see speakerLanguage). */
export function keepSpeakerLanguage(
  state: ConversationState,
  userId: string | undefined,
  lang: SpeakerLanguage,
): void {
  if (lang === state || !userId) return;
  const speakers = { ...state.speakers };
  // Re-inserted last, so the one heard from longest ago is the first to go.
  delete speakers[userId];
  if (lang.localeExplicit) speakers[userId] = lang;
  const ids = Object.keys(speakers);
  for (const id of ids.slice(0, Math.max(0, ids.length - maxSpeakers))) delete speakers[id];
  if (ids.length > 0) state.speakers = speakers;
  else delete state.speakers;
}

/** What a conversation keeps of one person's language, without changing it; undefined when nothing. */
export function knownLanguage(
  state: ConversationState | undefined,
  userId: string | undefined,
): SpeakerLanguage | undefined {
  if (!state) return undefined;
  return !userId || !state.ownerId || userId === state.ownerId ? state : state.speakers?.[userId];
}

/**
 * The language a person chose or wrote in this conversation, if any (a channel renders what it answers
 * outside the engine, a stale button or a form, in it); undefined when their client's language stands.
 */
export function chosenLanguage(
  state: ConversationState | undefined,
  userId: string | undefined,
): Locale | undefined {
  const own = knownLanguage(state, userId);
  return own?.localeExplicit ? own.locale : undefined;
}
