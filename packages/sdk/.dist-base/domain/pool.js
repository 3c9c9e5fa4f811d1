/**
 * Runs `fn` over the items with at most `limit` running at once and waits for every one,
 * never stopping at the first failure.
 */
export async function mapSettled(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { ok: true, value: await fn(items[index]) };
      } catch (error) {
        results[index] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
//# sourceMappingURL=pool.js.map
