import { shortReference } from '../text/reference.ts';
import type { ConversationState } from './turn.ts';

/**
 * A message the user already sent was changed: edited (Teams `messageUpdate`, Slack `message_changed`)
 * or deleted. The channel adapters only describe what happened; whether it counts is decided here.
 */
export type MessageChange =
  | { kind: 'edited'; messageId: string; text: string; byBot?: boolean }
  | { kind: 'deleted'; messageId: string };

export type EditVerdict =
  | { run: true }
  | { run: false; reason: 'deleted' | 'by-bot' | 'empty' | 'not-latest' | 'unchanged' };

/** Compares texts without keeping them twice in the state. */
export function textDigest(text: string): string {
  return `${text.length}:${shortReference(text)}`;
}

/**
 * An edit is answered as a new turn only when it changes the text of the user's latest message: a
 * corrected error code gets its answer, while an edit of an older message (the conversation has moved
 * on), an edit that keeps the text (Slack adds a link preview), the bot's own edits and deletions change
 * nothing.
 */
export function judgeMessageChange(change: MessageChange, state: ConversationState | undefined): EditVerdict {
  if (change.kind === 'deleted') return { run: false, reason: 'deleted' };
  if (change.byBot) return { run: false, reason: 'by-bot' };
  if (!change.text.trim()) return { run: false, reason: 'empty' };
  const last = state?.lastMessage;
  if (!last || last.id !== change.messageId) return { run: false, reason: 'not-latest' };
  if (last.digest === textDigest(change.text)) return { run: false, reason: 'unchanged' };
  return { run: true };
}
