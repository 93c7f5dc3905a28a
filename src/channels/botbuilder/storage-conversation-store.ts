import type { Storage } from 'botbuilder';
import type { ConversationStore, StoredConversation } from './conversation-store';

/** The property botbuilder's ConversationState kept latch's state under; kept so stored data stays readable. */
const stateProperty = 'latch';

/**
 * Conversations in any botbuilder Storage (Cosmos DB, Azure Blobs, Redis, …), for several instances behind a
 * load balancer. Items have the shape and keys ConversationState gave them, so a store filled by an earlier
 * version of latch keeps its conversations. The store's own expiry, if it has one, applies; LatchBot also
 * treats state idle longer than the server's idle expiry as new.
 */
export class StorageConversationStore implements ConversationStore {
  constructor(private readonly storage: Storage) {}

  async read(key: string): Promise<StoredConversation | undefined> {
    const items = await this.storage.read([key]);
    return (items[key] as { [stateProperty]?: StoredConversation } | undefined)?.[stateProperty];
  }

  async write(key: string, conversation: StoredConversation): Promise<void> {
    // '*' overwrites whatever is there: last writer wins, as with ConversationState.
    await this.storage.write({ [key]: { [stateProperty]: conversation, eTag: '*' } });
  }
}
