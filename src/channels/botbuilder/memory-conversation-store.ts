import { RecentlyUsed } from '../../engine/recently-used';
import type { ConversationStore, StoredConversation } from './conversation-store';

export interface MemoryConversationStoreOptions {
  /** A conversation untouched for longer than this is forgotten. */
  idleMs: number;
  /** At most this many conversations are held; beyond it the least recently used is forgotten first. */
  maximumConversations: number;
  now?: () => number;
}

/**
 * Conversations in memory, bounded two ways: idle expiry (conversations are health data and should not
 * outlive their use) and a maximum count (memory stays flat however many people write in an hour), both
 * kept by the shared RecentlyUsed map: each turn writes its conversation, so the least recently written is
 * forgotten first. A read does not renew a conversation; only its turn's write does.
 *
 * Objects are held as they are, never copied or serialised: the engine never changes a state it was given.
 * Writes are last-writer-wins: two messages of one conversation arriving together lose one state update
 * rather than answering one of them with an error.
 */
export class MemoryConversationStore implements ConversationStore {
  private readonly entries: RecentlyUsed<StoredConversation>;
  private readonly sweeper: NodeJS.Timeout;
  readonly lastWriterWins = true;

  constructor(options: MemoryConversationStoreOptions) {
    if (!(options.maximumConversations >= 1)) throw new Error(`src/channels/botbuilder/memory-conversation-store.ts: maximumConversations must be 1 or more, not ${options.maximumConversations} (server.maximum_conversations in latch.config.yaml)`);
    this.entries = new RecentlyUsed(options.maximumConversations, { idleMs: options.idleMs, now: options.now });
    this.sweeper = setInterval(() => this.sweep(), Math.max(1_000, Math.min(options.idleMs, 60_000)));
    this.sweeper.unref();
  }

  async read(key: string): Promise<StoredConversation | undefined> {
    return this.entries.peek(key);
  }

  async write(key: string, conversation: StoredConversation): Promise<void> {
    this.entries.set(key, conversation);
  }

  /** Forgets every idle conversation now; returns how many were forgotten. */
  sweep(): number {
    return this.entries.sweep();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Conversations forgotten early because the maximum was reached. */
  get evicted(): number {
    return this.entries.evicted;
  }

  dispose(): void {
    clearInterval(this.sweeper);
  }
}
