// A bounded memo for pure functions keyed by a string: cleared whole when full, so memory never grows past it.
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly entries: number) {}

  /** The value remembered for `key`, or `compute()`'s, remembered from now on. */
  get(key: string, compute: () => V): V {
    if (this.values.has(key)) return this.values.get(key) as V;
    const value = compute();
    if (this.values.size >= this.entries) this.values.clear();
    this.values.set(key, value);
    return value;
  }
}
