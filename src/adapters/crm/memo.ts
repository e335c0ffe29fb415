/** Memoises a promise in `cache` under `key`, forgetting it if it fails so the next call tries again. */
export function once<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let p = cache.get(key);
  if (!p) {
    p = make();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

/** An entry of `remember`'s cache: the answer, and until when (ms since the epoch) it is trusted. */
export interface Remembered<V> {
  value: Promise<V>;
  until: number;
}

/**
 * Like `once`, for answers that go stale: the answer is trusted for `keepMs(answer)` ms from when it arrives (by
 * `now`), then asked for again. A failure is forgotten at once; a request under way is shared.
 */
export function remember<K, V>(cache: Map<K, Remembered<V>>, key: K, make: () => Promise<V>, keepMs: (value: V) => number, now: () => number): Promise<V> {
  const held = cache.get(key);
  if (held && held.until > now()) return held.value;
  const entry: Remembered<V> = { value: make(), until: Number.POSITIVE_INFINITY };
  cache.set(key, entry);
  entry.value.then(
    (value) => {
      entry.until = now() + keepMs(value);
    },
    () => {
      if (cache.get(key) === entry) cache.delete(key);
    },
  );
  return entry.value;
}
