export interface RecentlyUsedOptions<V> {
  /** An entry not used (set or `get`) for longer than this is forgotten: on reading it, and by `sweep`. */
  idleMs?: number;
  now?: () => number;
  /**
   * Entries that must not be forgotten to make room (a web conversation mid-turn): the oldest other entry
   * goes instead. Idle expiry forgets them all the same.
   */
  isPinned?: (value: V) => boolean;
}

interface Entry<V> {
  value: V;
  usedAt: number;
}

/**
 * A map that holds at most `capacity` entries and forgets the least recently used first, and optionally
 * forgets entries idle for longer than `idleMs`. A Map keeps keys in insertion order and every use moves its
 * key to the end with the time of that use, so the first key is always the oldest: eviction takes it, and a
 * sweep stops at the first entry still fresh. Values are held as they are, never copied.
 */
export class RecentlyUsed<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly now: () => number;
  private readonly idleMs: number;
  private evictedCount = 0;

  constructor(
    private readonly capacity: number,
    private readonly options: RecentlyUsedOptions<V> = {},
  ) {
    if (!(capacity >= 1)) throw new Error(`src/engine/recently-used.ts: capacity must be 1 or more, not ${capacity}`);
    this.now = options.now ?? Date.now;
    this.idleMs = options.idleMs ?? Number.POSITIVE_INFINITY;
  }

  /** The value, counted as a use: it becomes the most recent and its idle time starts again. */
  get(key: string): V | undefined {
    const entry = this.fresh(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    entry.usedAt = this.now();
    this.entries.set(key, entry);
    return entry.value;
  }

  /** The value without counting a use (a poll that must not keep a conversation alive). */
  peek(key: string): V | undefined {
    return this.fresh(key)?.value;
  }

  /**
   * Sets the value as the most recent; beyond the capacity the least recently used entry that is not pinned
   * is forgotten (when every other entry is pinned, the map holds one more until one is released).
   */
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, usedAt: this.now() });
    if (this.entries.size > this.capacity) this.evictOldest(key);
  }

  /**
   * Whether a new key can be set without going past the capacity: idle entries are forgotten first, then
   * the least recently used unpinned one. False when every entry is pinned.
   */
  makeRoom(): boolean {
    if (this.entries.size < this.capacity) return true;
    this.sweep();
    while (this.entries.size >= this.capacity) if (!this.evictOldest()) return false;
    return true;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every entry idle for longer than `idleMs`; returns how many. */
  sweep(): number {
    const oldestAllowed = this.now() - this.idleMs;
    let forgotten = 0;
    for (const [key, entry] of this.entries) {
      if (entry.usedAt >= oldestAllowed) break;
      this.entries.delete(key);
      forgotten++;
    }
    return forgotten;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Entries forgotten early, to keep within the capacity. */
  get evicted(): number {
    return this.evictedCount;
  }

  private fresh(key: string): Entry<V> | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.now() - entry.usedAt > this.idleMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private evictOldest(except?: string): boolean {
    const { isPinned } = this.options;
    for (const [key, entry] of this.entries) {
      if (key === except || isPinned?.(entry.value)) continue;
      this.entries.delete(key);
      this.evictedCount++;
      return true;
    }
    return false;
  }
}
