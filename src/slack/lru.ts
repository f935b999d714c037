/** A small bounded map that forgets the oldest entry first; entries may expire. */
export class BoundedCache<V> {
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #items = new Map<string, { value: V; at: number }>();

  constructor(max: number, ttlMs = Number.POSITIVE_INFINITY) {
    this.#max = max;
    this.#ttlMs = ttlMs;
  }

  get(key: string, now = Date.now()): V | undefined {
    const hit = this.#items.get(key);
    if (!hit) return undefined;
    if (now - hit.at > this.#ttlMs) {
      this.#items.delete(key);
      return undefined;
    }
    return hit.value;
  }

  set(key: string, value: V, now = Date.now()): void {
    this.#items.delete(key);
    this.#items.set(key, { value, at: now });
    while (this.#items.size > this.#max) {
      const oldest = this.#items.keys().next().value;
      if (oldest === undefined) break;
      this.#items.delete(oldest);
    }
  }

  /** Records the key and says whether it was already there (event retries). */
  seen(key: string, now = Date.now()): boolean {
    const known = this.get(key, now) !== undefined;
    if (!known) this.set(key, true as V, now);
    return known;
  }
}
