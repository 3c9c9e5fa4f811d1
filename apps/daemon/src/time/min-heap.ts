/** One entry of a MinHeap; keep it to update or remove the entry later. */
export interface HeapNode<T> {
  key: number;
  value: T;
  /** Position in the heap, -1 once removed. */
  index: number;
}

/** A binary min-heap keyed by a number, with O(log n) removal and re-keying of any entry. */
export class MinHeap<T> {
  #nodes: HeapNode<T>[] = [];

  get size(): number {
    return this.#nodes.length;
  }

  peek(): HeapNode<T> | undefined {
    return this.#nodes[0];
  }

  push(key: number, value: T): HeapNode<T> {
    const node: HeapNode<T> = { key, value, index: this.#nodes.length };
    this.#nodes.push(node);
    this.#up(node.index);
    return node;
  }

  pop(): HeapNode<T> | undefined {
    const top = this.#nodes[0];
    if (top) this.remove(top);
    return top;
  }

  remove(node: HeapNode<T>): void {
    const i = node.index;
    if (i < 0 || this.#nodes[i] !== node) return;
    const last = this.#nodes.pop() as HeapNode<T>;
    node.index = -1;
    if (last === node) return;
    this.#nodes[i] = last;
    last.index = i;
    this.#up(i);
    this.#down(last.index);
  }

  /** Changes the key of an entry still in the heap. */
  update(node: HeapNode<T>, key: number): void {
    if (node.index < 0) return;
    node.key = key;
    this.#up(node.index);
    this.#down(node.index);
  }

  #swap(a: number, b: number): void {
    const na = this.#nodes[a] as HeapNode<T>;
    const nb = this.#nodes[b] as HeapNode<T>;
    this.#nodes[a] = nb;
    this.#nodes[b] = na;
    na.index = b;
    nb.index = a;
  }

  #up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.#nodes[parent] as HeapNode<T>).key <= (this.#nodes[i] as HeapNode<T>).key) return;
      this.#swap(i, parent);
      i = parent;
    }
  }

  #down(i: number): void {
    const n = this.#nodes.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < n && (this.#nodes[l] as HeapNode<T>).key < (this.#nodes[smallest] as HeapNode<T>).key) smallest = l;
      if (r < n && (this.#nodes[r] as HeapNode<T>).key < (this.#nodes[smallest] as HeapNode<T>).key) smallest = r;
      if (smallest === i) return;
      this.#swap(i, smallest);
      i = smallest;
    }
  }
}
