import type { Activity } from './activity';
import type { ActivityListener, WebConversations } from './web-conversations';

/** What the routes need to know of a conversation; its activities are read through the store. */
export interface WebConversationRecord {
  id: string;
  userId: string;
  locale?: string;
}

/** A page of the history: the activities after a watermark and the watermark after them. */
export interface ActivityPage {
  activities: Partial<Activity>[];
  watermark: number;
}

/**
 * Where the web channel keeps its Direct Line conversations. In memory by default (one process); in Redis
 * when several instances serve one site, so a Web Chat whose requests land on different instances sees one
 * conversation. Every method is async because the shared store is across the network.
 */
export interface WebConversationStore {
  get(id: string): Promise<WebConversationRecord | undefined>;
  /** Undefined when the store is at its ceiling: the caller answers 503. */
  create(id: string, userId: string, locale?: string): Promise<WebConversationRecord | undefined>;
  /**
   * Adds an activity to the history and tells the conversation's subscribers (here and on other instances).
   * An activity without an id gets `{conversationId}|{position}`; returns its id and the watermark after it.
   */
  append(id: string, activity: Partial<Activity>): Promise<{ id: string; watermark: number }>;
  since(id: string, watermark: number): Promise<ActivityPage>;
  /** A message from the person keeps the conversation alive; polling alone does not. */
  touch(id: string): Promise<void>;
  /** Marks a turn as queued or running until the returned function is called (memory: not evicted meanwhile). */
  holdForTurn(id: string): () => void;
  /** Calls `listener` for each activity appended from now on; resolves once subscribed, with the way to stop. */
  subscribe(id: string, listener: ActivityListener): Promise<() => void>;
  /** Forgets idle conversations now (memory); a store with its own expiry does nothing. */
  sweep(): void;
}

/** Direct Line's activity ids: the conversation id, a bar, and the position (Azure writes them the same way). */
export function activityId(conversationId: string, position: number): string {
  return `${conversationId}|${String(position).padStart(7, '0')}`;
}

/** Raised when a conversation named by an adapter call has gone (expired or evicted) mid-turn. */
export class ConversationGoneError extends Error {
  constructor(conversationId: string) {
    super(`web conversation ${conversationId} has expired`);
    this.name = 'ConversationGoneError';
  }
}

/** The default: the in-memory WebConversations of one process, behind the store's interface. */
export function memoryConversationStore(conversations: WebConversations): WebConversationStore {
  const existing = (id: string) => {
    const conversation = conversations.get(id);
    if (!conversation) throw new ConversationGoneError(id);
    return conversation;
  };
  return {
    async get(id) {
      return conversations.get(id);
    },
    async create(id, userId, locale) {
      return conversations.create(id, userId, locale);
    },
    async append(id, activity) {
      const conversation = existing(id);
      const position = conversation.dropped + conversation.activities.length;
      const stored = { ...activity, id: activity.id ?? activityId(id, position) };
      return { id: stored.id, watermark: conversations.append(conversation, stored) + 1 };
    },
    async since(id, watermark) {
      return conversations.since(existing(id), watermark);
    },
    async touch(id) {
      const conversation = conversations.get(id);
      if (conversation) conversations.touch(conversation);
    },
    holdForTurn(id) {
      const conversation = conversations.get(id);
      if (!conversation) return () => undefined;
      conversation.turnsPending++;
      return () => {
        conversation.turnsPending--;
      };
    },
    async subscribe(id, listener) {
      const conversation = existing(id);
      conversation.listeners.add(listener);
      return () => conversation.listeners.delete(listener);
    },
    sweep: () => conversations.sweep(),
  };
}
