import type { SeenKeys } from '../core/ports/document-store.ts';

/**
 * SeenKeys for one process (tests, or a store without its own): forgets on restart and is not
 * shared, which is why the SQLite and PostgreSQL stores keep their own. Bounded: the oldest entry
 * goes first once `max` is reached.
 */
export function createMemorySeenKeys(max = 50_000, now: () => number = Date.now): SeenKeys {
  const expiries = new Map<string, number>();
  return {
    async firstSeen(key, ttlMs) {
      const at = now();
      const expires = expiries.get(key);
      if (expires !== undefined && expires > at) return false;
      expiries.delete(key);
      expiries.set(key, at + ttlMs);
      while (expiries.size > max) {
        const oldest = expiries.keys().next().value;
        if (oldest === undefined) break;
        expiries.delete(oldest);
      }
      return true;
    },
  };
}

/** The store's own SeenKeys when it has one. */
export function seenKeysOf(store: unknown): SeenKeys | undefined {
  const s = store as Partial<SeenKeys> | null;
  return typeof s?.firstSeen === 'function' ? (s as SeenKeys) : undefined;
}
