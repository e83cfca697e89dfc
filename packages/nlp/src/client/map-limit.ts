/**
 * Maps with at most `concurrency` calls in flight and keeps the order of the items. After a
 * failure no new call starts; the first failure is thrown once the calls in flight are done.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency ${concurrency}`);
  const results = new Array<R>(items.length);
  let failure: { error: unknown } | undefined;
  // One iterator shared by the workers: each takes the next item when it is free.
  const queue = items.entries();
  const worker = async () => {
    for (const [index, item] of queue) {
      if (failure !== undefined) return;
      try {
        results[index] = await fn(item, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
