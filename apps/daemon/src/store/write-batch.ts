// Group commit for one kind of database write: writes that arrive while the previous statement
// of their kind is in flight go together in the next one, so a burst of leases costs a handful
// of round trips, not one each (the journal shares its fsyncs the same way). Each write's
// promise settles when the statement holding it has committed or failed.

type Pending<T> = { item: T; resolve: () => void; reject: (error: Error) => void };

export class WriteBatch<T> {
  readonly #write: (items: T[]) => Promise<void>;
  readonly #alone: (error: unknown) => boolean;
  #queue: Pending<T>[] = [];
  #flushing = false;

  /**
   * `write` stores every item in one statement. When it fails for a reason `alone` accepts
   * (a statement error rather than an outage or a fence), each item is tried on its own so one
   * bad write does not fail the others.
   */
  constructor(write: (items: T[]) => Promise<void>, alone: (error: unknown) => boolean) {
    this.#write = write;
    this.#alone = alone;
  }

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (!this.#flushing) void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    this.#flushing = true;
    // Writes issued in the same turn of the event loop join the first statement.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      await this.#run(batch);
    }
    this.#flushing = false;
  }

  async #run(batch: Pending<T>[]): Promise<void> {
    try {
      await this.#write(batch.map((p) => p.item));
      for (const p of batch) p.resolve();
    } catch (error) {
      if (batch.length === 1 || !this.#alone(error)) {
        for (const p of batch) p.reject(error as Error);
        return;
      }
      for (const p of batch) await this.#run([p]);
    }
  }
}
