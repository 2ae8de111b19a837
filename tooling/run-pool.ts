/** How many pages the build reads, renders or writes at once. */
const CONCURRENCY = 8;

/**
 * Runs `worker` on every item, `CONCURRENCY` at a time, each lane taking the next item when it is free: the
 * build's file work overlaps without holding every page in memory at once.
 */
export async function runPool<T>(
  items: readonly T[],
  worker: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from(
    { length: Math.min(CONCURRENCY, items.length) },
    async () => {
      while (next < items.length) {
        const item = items[next] as T; // `next < length` holds: the index is in bounds
        next += 1;
        await worker(item);
      }
    },
  );
  await Promise.all(lanes);
}
