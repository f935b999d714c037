import { AppError } from '../errors.ts';
/**
 * Key/value documents with optimistic concurrency. botbuilder's `Storage` but for what a write
 * returns (the Teams adapter's botStorage bridges the two), so one implementation (SQLite by default,
 * PostgreSQL for several instances) serves dialog state and cases without the core importing botbuilder.
 *
 * Writing an item whose `eTag` is set and not `*` must fail with {@link ETagConflictError}
 * when the stored item has another eTag; an absent eTag or `*` overwrites. {@link createOnlyETag}
 * is an eTag no stored item ever has: a write with it creates the item, or fails when one exists.
 */
export type StoredItem = { eTag?: string; [key: string]: unknown };
export type StoredItems = Record<string, StoredItem>;
/** The eTag each written key has now, by key. */
export type WrittenETags = Record<string, string>;

export type DocumentStore = {
  read(keys: string[]): Promise<StoredItems>;
  /**
   * Resolves to the new eTags (SQLite and PostgreSQL do; a store that cannot tell resolves to
   * undefined), so a writer who goes on writing the same item needs no read to learn them.
   */
  write(changes: StoredItems): Promise<WrittenETags | undefined>;
  delete(keys: string[]): Promise<void>;
};

/**
 * The eTag for "I read nothing here": the first write of a document, so that of two writers who both
 * found it missing, the second fails instead of overwriting the first. No store hands out this eTag.
 */
export const createOnlyETag = '0';

export class ETagConflictError extends AppError<'etag-conflict'> {
  readonly key: string;
  constructor(key: string) {
    super('etag-conflict', `Storage: eTag conflict writing "${key}"`);
    this.key = key;
  }
}

/**
 * Keys remembered for a while and shared by every instance: signatures of requests already served
 * (replays) and ids of events already answered (platform retries). Entries expire; the store stays
 * bounded by dropping expired entries as it goes.
 */
export type SeenKeys = {
  /** Records `key` for `ttlMs`; true when it was not already recorded (or had expired). */
  firstSeen(key: string, ttlMs: number): Promise<boolean>;
};

/**
 * Forgets conversations nobody wrote to for a while. Only conversation-scoped documents go (state,
 * dialog stack, question-card pointers); cases, their outbox and links, installations, workspace
 * settings and users' language choices stay.
 */
export type ConversationSweep = {
  /**
   * Deletes conversation documents last written before `before`, except those of the conversations
   * in `keep` (their keys as `Requester.conversationKey`); returns how many went. Safe to run on
   * several instances at once.
   */
  sweepConversations(before: Date, keep: readonly string[]): Promise<number>;
};
