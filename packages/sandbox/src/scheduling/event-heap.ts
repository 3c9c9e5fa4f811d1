/** One scheduled entry; `index` is its slot in the heap, -1 once popped or removed. */
export interface HeapEntry<T> {
  readonly at: number;
  readonly seq: number;
  readonly value: T;
  index: number;
}

/**
 * A binary min-heap ordered by time, then by insertion order, so events due at the same
 * instant fire in the order they were scheduled. Entries know their slot, which makes
 * cancelling O(log n) instead of leaving stale entries behind.
 */
export class EventHeap<T> {
  #items: HeapEntry<T>[] = [];
  #seq = 0;

  get size(): number {
    return this.#items.length;
  }

  push(at: number, value: T): HeapEntry<T> {
    const entry: HeapEntry<T> = { at, seq: this.#seq++, value, index: this.#items.length };
    this.#items.push(entry);
    this.#up(entry.index);
    return entry;
  }

  peek(): HeapEntry<T> | undefined {
    return this.#items[0];
  }

  pop(): HeapEntry<T> | undefined {
    const top = this.#items[0];
    if (top) this.remove(top);
    return top;
  }

  /** Takes an entry out wherever it is; false when it was no longer in the heap. */
  remove(entry: HeapEntry<T>): boolean {
    const i = entry.index;
    if (i < 0 || this.#items[i] !== entry) return false;
    const last = this.#items.pop() as HeapEntry<T>;
    entry.index = -1;
    if (last !== entry) {
      this.#items[i] = last;
      last.index = i;
      this.#down(i);
      this.#up(last.index);
    }
    return true;
  }

  clear(): void {
    for (const entry of this.#items) entry.index = -1;
    this.#items = [];
  }

  #less(a: HeapEntry<T>, b: HeapEntry<T>): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  #swap(i: number, j: number): void {
    const items = this.#items;
    const a = items[i] as HeapEntry<T>;
    const b = items[j] as HeapEntry<T>;
    items[i] = b;
    items[j] = a;
    b.index = i;
    a.index = j;
  }

  #up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#less(this.#items[i] as HeapEntry<T>, this.#items[parent] as HeapEntry<T>)) return;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #down(i: number): void {
    const n = this.#items.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && this.#less(this.#items[left] as HeapEntry<T>, this.#items[smallest] as HeapEntry<T>))
        smallest = left;
      if (right < n && this.#less(this.#items[right] as HeapEntry<T>, this.#items[smallest] as HeapEntry<T>))
        smallest = right;
      if (smallest === i) return;
      this.#swap(i, smallest);
      i = smallest;
    }
  }
}
