/** The outcome of one item of mapSettled. */
export type Settled<R> =
  | {
      ok: true;
      value: R;
    }
  | {
      ok: false;
      error: unknown;
    };
/**
 * Runs `fn` over the items with at most `limit` running at once and waits for every one,
 * never stopping at the first failure.
 */
export declare function mapSettled<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<Settled<R>[]>;
//# sourceMappingURL=pool.d.ts.map
