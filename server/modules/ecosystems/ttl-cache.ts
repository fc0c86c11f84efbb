let writes = 0;

/**
 * Notes a write made through this process's API (app.ts calls it after every successful write,
 * which is simpler than telling which ones touch the registry): what was computed before it is
 * not used again. Changes made by other
 * processes on the same database show when the entries' time runs out.
 */
export function noteRegistryWrite() {
  writes += 1;
}

/**
 * Values kept for `ttlMs` per key (at most `max` keys, the oldest dropped first) and until this
 * process writes to the registry; callers asking for the same key while it is being computed
 * share the computation.
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { at: number; writes: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs && hit.writes === writes) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { at: now, writes, value });
    // A failure is not kept: the next caller tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** Forgets everything (tests, and writes that must show at once). */
  clear() {
    this.entries.clear();
  }
}
