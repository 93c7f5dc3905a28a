import { ConversationState, calculateChangeHash, type StoreItem, type TurnContext } from 'botbuilder';

interface CachedState {
  state: StoreItem;
  hash: string;
}

/**
 * ConversationState that saves with the eTag it read, where botbuilder's own always saves with "*"
 * (last writer wins). With a store that honours eTags (RedisStorage, Cosmos DB, Blobs), a turn that another
 * instance finished first fails to save instead of overwriting it, and `retryOnConflict` runs it again on the
 * newer state. With a store that ignores eTags it behaves exactly like ConversationState.
 */
export class OptimisticConversationState extends ConversationState {
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    // BotState keeps the turn's cache under a private symbol; reading it keeps the change check identical.
    const stateKey = (this as unknown as { stateKey: symbol }).stateKey;
    const cached = context.turnState.get(stateKey) as CachedState | undefined;
    if (!force && !(cached && cached.hash !== calculateChangeHash(cached.state))) return;
    const entry = cached ?? { state: {}, hash: '' };
    const key = await this.storageKey(context);
    // A conversation read as new is written only if it is still new, where the store can say so.
    const createOnly = (this.storage as { createOnlyETag?: unknown }).createOnlyETag;
    if (entry.state.eTag === undefined && typeof createOnly === 'string') entry.state.eTag = createOnly;
    // entry.state.eTag is what was read (undefined for a conversation never saved); the store updates it on success.
    await this.storage.write({ [key]: entry.state });
    entry.hash = calculateChangeHash(entry.state);
    context.turnState.set(stateKey, entry);
  }
}
