/**
 * `work` on every item, at most `limit` at a time; the results in the items' order. The first failure is
 * thrown once the work already started has ended, and no new work starts after it.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  // The first failure in time, not the first lane's: which one it is decides whether the work is retried, and when.
  let failed = false;
  let failure: unknown;
  const lanes = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await work(items[i]!);
      } catch (err) {
        if (!failed) failure = err;
        failed = true;
      }
    }
  });
  await Promise.all(lanes);
  if (failed) throw failure;
  return results;
}
