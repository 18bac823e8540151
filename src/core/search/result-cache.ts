/**
 * A bounded cache of search results that any write makes stale. Each result is stored under the
 * write generation read before it was computed; a reader asks for the current generation first
 * (one tiny query) and gets only results of that generation. The generation is the highest number a
 * committed write to what the search shows has drawn (catalogue migration 012), so a reader that sees
 * the new generation also sees the new data. Least recently used results go first when full, and a
 * result older than `maxAgeMs` is computed again: two writers that commit in the other order than they
 * drew their numbers can leave one stale result, and the age limit bounds how long it stays.
 *
 * Readers that arrive while the generation is being read share that one read (under load, one query
 * serves many requests); a reader arriving after a write committed either starts its own read or joins
 * one that began at most a round trip earlier, so it is at most that round trip behind.
 *
 * Only public results belong here: callers cache a search only for anonymous visitors.
 */
export interface ResultCache<T> {
  /** The cached result, or the result of `compute` (then cached). */
  get(key: string, compute: () => Promise<T>): Promise<T>;
  readonly size: number;
  clear(): void;
}

export function createResultCache<T>(options: {
  maxEntries: number;
  /** The current write generation (read on every get). */
  generation: () => Promise<string>;
  /** How long a result may be served at most. */
  maxAgeMs: number;
  /** The clock (milliseconds); tests pass their own. */
  now?: () => number;
}): ResultCache<T> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: T; at: number }>();
  let generation: string | null = null;
  let reading: Promise<string> | null = null;
  const readGeneration = (): Promise<string> => {
    reading ??= options.generation().finally(() => {
      reading = null;
    });
    return reading;
  };
  return {
    async get(key, compute) {
      const current = await readGeneration();
      if (current !== generation) {
        entries.clear();
        generation = current;
      }
      const hit = entries.get(key);
      if (hit !== undefined && now() - hit.at <= options.maxAgeMs) {
        // Map keeps insertion order: re-inserting makes this the most recently used.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      entries.delete(key);
      const at = now();
      const value = await compute();
      if (generation !== current) return value;
      entries.set(key, { value, at });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      return value;
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
