import type { Storage } from 'botbuilder';
import type { ConversationStore, StoredConversation } from './conversation-store';

/** The property botbuilder's ConversationState kept latch's state under; kept so stored data stays readable. */
const stateProperty = 'latch';

/**
 * Conversations in any botbuilder Storage (Redis, Cosmos DB, Azure Blobs, …), for several instances behind a
 * load balancer. Items have the shape and keys ConversationState gave them, so a store filled by an earlier
 * version of latch keeps its conversations. Each save carries the eTag its turn read, so a store that honours
 * eTags refuses a save another instance got in before (LatchBot then runs the turn again); a conversation read
 * as new is saved only while it is still new, where the store can say so (`createOnlyETag`).
 */
export class StorageConversationStore implements ConversationStore {
  constructor(private readonly storage: Storage) {}

  async read(key: string): Promise<StoredConversation | undefined> {
    const items = await this.storage.read([key]);
    const item = items[key] as { [stateProperty]?: StoredConversation; eTag?: string } | undefined;
    const stored = item?.[stateProperty];
    return stored ? { engineState: stored.engineState, lastActiveAt: stored.lastActiveAt, eTag: item?.eTag } : undefined;
  }

  async write(key: string, conversation: StoredConversation): Promise<void> {
    const createOnly = (this.storage as { createOnlyETag?: unknown }).createOnlyETag;
    const eTag = conversation.eTag ?? (typeof createOnly === 'string' ? createOnly : '*');
    await this.storage.write({ [key]: { [stateProperty]: { engineState: conversation.engineState, lastActiveAt: conversation.lastActiveAt }, eTag } });
  }
}
