/**
 * Runs work for one key one piece after another, and work for different keys side by side: two
 * quick messages of one conversation, or two writers of one stored document, never interleave.
 * A failed piece does not block the ones queued behind it; an idle key holds no memory.
 */
export type KeyedQueue = {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Resolves once no work is queued or running for any key (tests and graceful shutdown). */
  idle(): Promise<void>;
};

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous.then(work);
      const tail = next.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return next;
    },
    async idle() {
      while (tails.size > 0) await Promise.all([...tails.values()]);
    },
  };
}
