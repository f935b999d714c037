/**
 * Which stored keys belong to one conversation, so the retention sweep deletes those and nothing else.
 * - Slack: `slack/conv/<team>/<channel>[/thread/<ts>|/user/<id>]` and its `…/question-card`.
 * - Bot Framework (Teams): botbuilder's ConversationState `<channel>/conversations/<id>/` and the
 *   question-card pointer `<channel>/<id>/question-card`.
 * Everything else is kept: `escalation/…` (cases, outbox, links), `slack/installation/…`,
 * `slack/workspace/…`, and users' language choices (`slack/user/…`, `<channel>/users/<id>/`).
 */
export const conversationKeyPatterns: readonly string[] = [
  'slack/conv/%',
  '%/conversations/%',
  '%/question-card',
];

/** Never swept whatever the patterns above match (an id could contain `/conversations/`). */
export const neverSweptPatterns: readonly string[] = [
  'escalation/%',
  'slack/installation/%',
  'slack/workspace/%',
];

/**
 * Key prefixes of a conversation's own documents, from its key as the turn path names it (`slack/conv/…`
 * for Slack, `<channel>/<conversation id>` for Bot Framework).
 */
export function conversationPrefixes(conversationKey: string): string[] {
  const slash = conversationKey.indexOf('/');
  if (conversationKey.startsWith('slack/conv/') || slash < 0) return [conversationKey];
  const channel = conversationKey.slice(0, slash);
  const id = conversationKey.slice(slash + 1);
  return [conversationKey, `${channel}/conversations/${id}`];
}

/**
 * Rows deleted per statement, so a sweep never holds the database for long. On PostgreSQL a batch locks
 * only the rows it deletes. On SQLite it holds the file's write lock and, its calls being synchronous,
 * the whole process: 500 scattered rows took 30 ms of CPU there (up to 190 ms on a busy machine), 100
 * take 4 ms (`npm run bench -- --retention`).
 */
export const sweepBatch = { postgres: 500, sqlite: 100 } as const;
