import type { BotStorage } from './bot-storage';
import type { ConversationStore } from './conversation-store';
import { MemoryConversationStore } from './memory-conversation-store';
import { StorageConversationStore } from './storage-conversation-store';

/** Where the bot keeps conversations: a durable botbuilder Storage when given, else bounded memory. */
export function botConversationStore(storage: BotStorage | undefined, limits: { idleMs: number; maximumConversations: number }): ConversationStore {
  return storage ? new StorageConversationStore(storage) : new MemoryConversationStore(limits);
}
