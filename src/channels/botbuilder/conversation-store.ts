import type { ConversationState } from '../../engine/turn-types';

/** What is kept per conversation: the engine's state, whole and opaque, and when it was last used. */
export interface StoredConversation {
  engineState: ConversationState;
  lastActiveAt: number;
  /**
   * The version read from a shared store, written back with the next save: if another instance saved in
   * between, the save fails (an eTag conflict) and the turn is run again on the newer state.
   */
  eTag?: string;
}

/**
 * Where LatchBot keeps conversations: read once and written once a turn. The engine treats the state it is
 * given as read-only and returns a new one, so a store in memory may hold the objects themselves; a durable
 * store serialises them (`StorageConversationStore`).
 */
export interface ConversationStore {
  read(key: string): Promise<StoredConversation | undefined>;
  write(key: string, conversation: StoredConversation): Promise<void>;
  /** Conversations held, where the store can tell (memory); for /metrics and the memory benchmark. */
  readonly size?: number;
  /**
   * True when a save never fails for a newer save in between (one process, last writer wins): there is then
   * no conflict to run a turn again for. Absent means it may conflict.
   */
  readonly lastWriterWins?: boolean;
  /** Stops timers; called when the server closes. */
  dispose?(): void;
}

/** The key botbuilder's ConversationState uses, so state written by earlier versions is still found. */
export function conversationKey(channelId: string, conversationId: string): string {
  // With the trailing slash of ConversationState's empty namespace.
  return `${channelId}/conversations/${conversationId}/`;
}
