import type { ConversationStore, StoredConversation } from './conversation-store';

export interface MemoryConversationStoreOptions {
  /** A conversation untouched for longer than this is forgotten. */
  idleMs: number;
  /** At most this many conversations are held; beyond it the least recently used is forgotten first. */
  maximumConversations: number;
  now?: () => number;
}

interface Entry {
  conversation: StoredConversation;
  writtenAt: number;
}

/**
 * Conversations in memory, bounded two ways: idle expiry (conversations are health data and should not
 * outlive their use) and a maximum count (memory stays flat however many people write in an hour).
 *
 * Each turn writes its conversation, so the Map's insertion order is the order of last use: the first entry
 * is always the least recently used, eviction takes it, and the sweep stops at the first entry still fresh.
 * Objects are held as they are, never copied or serialised: the engine never changes a state it was given.
 * Writes are last-writer-wins: two messages of one conversation arriving together lose one state update
 * rather than answering one of them with an error.
 */
export class MemoryConversationStore implements ConversationStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly now: () => number;
  private evictedCount = 0;
  readonly lastWriterWins = true;

  constructor(private readonly options: MemoryConversationStoreOptions) {
    if (!(options.maximumConversations >= 1)) throw new Error(`src/channels/botbuilder/memory-conversation-store.ts: maximumConversations must be 1 or more, not ${options.maximumConversations} (server.maximum_conversations in latch.config.yaml)`);
    this.now = options.now ?? Date.now;
    this.sweeper = setInterval(() => this.sweep(), Math.max(1_000, Math.min(options.idleMs, 60_000)));
    this.sweeper.unref();
  }

  async read(key: string): Promise<StoredConversation | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.writtenAt > this.options.idleMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.conversation;
  }

  async write(key: string, conversation: StoredConversation): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { conversation, writtenAt: this.now() });
    if (this.entries.size > this.options.maximumConversations) {
      this.entries.delete(this.entries.keys().next().value!);
      this.evictedCount++;
    }
  }

  /** Forgets every idle conversation now; returns how many were forgotten. */
  sweep(): number {
    const oldestAllowed = this.now() - this.options.idleMs;
    let forgotten = 0;
    for (const [key, entry] of this.entries) {
      if (entry.writtenAt >= oldestAllowed) break;
      this.entries.delete(key);
      forgotten++;
    }
    return forgotten;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Conversations forgotten early because the maximum was reached. */
  get evicted(): number {
    return this.evictedCount;
  }

  dispose(): void {
    clearInterval(this.sweeper);
  }
}
