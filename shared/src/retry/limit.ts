/**
 * The one bounded-concurrency helper: run `fn` over `items` with at most
 * `limit` calls in flight, in order of the items.
 *
 * On the first failure no new item starts; the calls already running are
 * awaited (so nothing keeps working, or fails unobserved, after we return),
 * then the first error is rethrown. Callers that want every item tried
 * despite failures catch inside `fn` (distribute.ts and ami-distribute.ts do,
 * recording the failure per destination or region).
 *
 * A limit below 1 (or NaN) is treated as 1: a bad limit must never
 * mean "do nothing and report success".
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  const width = Number.isNaN(limit) ? 1 : Math.max(1, Math.floor(limit));
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        await fn(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  if (failure !== undefined) throw failure.error;
}
