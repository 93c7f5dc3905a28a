import type { Storage, StoreItems } from 'botbuilder';

interface Entry {
  json: string;
  touchedAt: number;
}

/**
 * botbuilder's MemoryStorage, except that an item untouched for `idleMs` is gone: conversations are health
 * data and should not outlive their use, and memory should not grow with every conversation ever held.
 *
 * Writes are last-writer-wins (no eTag conflicts): two messages of one conversation arriving together
 * lose one state update rather than answering one of them with an error.
 */
export class ExpiringMemoryStorage implements Storage {
  private readonly entries = new Map<string, Entry>();
  private nextETag = 1;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), Math.max(1_000, Math.min(idleMs, 60_000)));
    this.sweeper.unref();
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const entry = this.liveEntry(key);
      if (entry) items[key] = JSON.parse(entry.json);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const touchedAt = this.now();
    for (const [key, value] of Object.entries(changes)) {
      this.entries.set(key, { json: JSON.stringify({ ...value, eTag: String(this.nextETag++) }), touchedAt });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  /** Forgets every idle item now; returns how many were forgotten. */
  sweep(): number {
    let forgotten = 0;
    for (const key of [...this.entries.keys()]) if (!this.liveEntry(key)) forgotten++;
    return forgotten;
  }

  get size(): number {
    return this.entries.size;
  }

  dispose(): void {
    clearInterval(this.sweeper);
  }

  private liveEntry(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.touchedAt > this.idleMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
