import { ETagConflictError } from '../ports/document-store.ts';

/** True for a lost compare-and-set, whichever store reported it (ours, or botbuilder's own stores). */
export function isETagConflict(error: unknown): boolean {
  return (
    error instanceof ETagConflictError ||
    (error as { code?: unknown } | null)?.code === 'etag-conflict' ||
    (error instanceof Error && /etag/i.test(error.message) && /conflict/i.test(error.message))
  );
}

/**
 * The read-modify-write loop for optimistic concurrency: `attempt` reads, changes and writes with the
 * eTag it read; when another writer got there first it runs again on fresh data. After `attempts`
 * lost races it gives up with what `exhausted` returns. Any other error ends the loop at once.
 */
export async function retryOnConflict<T>(
  attempts: number,
  attempt: (n: number) => Promise<T>,
  exhausted: (last: unknown) => Error,
): Promise<T> {
  let last: unknown;
  for (let n = 1; n <= attempts; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!isETagConflict(error)) throw error;
      last = error;
    }
  }
  throw exhausted(last);
}
