import type { Activity } from './activity';

export interface WebConversation {
  id: string;
  userId: string;
  locale?: string;
  /** Every activity of the conversation in order: the user's echoed messages and the bot's replies. */
  activities: Partial<Activity>[];
  /** How many activities were dropped from the front to bound memory; watermarks keep counting from 0. */
  dropped: number;
  lastMessageAt: number;
  /** Turns run one after another, so two quick messages cannot race on the bot's state. */
  queue: Promise<void>;
  /** Open streams (WebSockets) of this conversation, told of each activity as it is added. */
  listeners: Set<ActivityListener>;
  /** Turns queued or running; a conversation with one, or with an open stream, is never evicted. */
  turnsPending: number;
}

/** Told of one new activity and the watermark after it. */
export type ActivityListener = (activity: Partial<Activity>, watermark: number) => void;

export interface WebConversationLimits {
  idleSeconds: number;
  maximumConversations: number;
  maximumActivitiesEach: number;
}

/**
 * The web channel's conversations, in memory. They are health data, so an idle one is forgotten after
 * `idleSeconds` (polling alone does not keep it alive), and there is a ceiling on how many exist at once.
 * The map is kept in order of last message, oldest first, so the least recently used is found at once.
 */
export class WebConversations {
  private readonly conversations = new Map<string, WebConversation>();

  constructor(
    private readonly limits: WebConversationLimits,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.conversations.size;
  }

  get(id: string): WebConversation | undefined {
    const conversation = this.conversations.get(id);
    if (conversation && this.isIdle(conversation)) {
      this.conversations.delete(id);
      return undefined;
    }
    return conversation;
  }

  /**
   * At the ceiling, the conversation with the oldest last message, no turn in progress and no open stream
   * makes room: a parent starting a chat now needs it more than one who stopped writing a while ago.
   * Undefined (the caller answers 503) only when every conversation is mid-turn or streaming.
   */
  create(id: string, userId: string, locale?: string): WebConversation | undefined {
    if (this.conversations.size >= this.limits.maximumConversations) {
      this.sweep();
      if (this.conversations.size >= this.limits.maximumConversations && !this.evictLeastRecentlyUsed()) return undefined;
    }
    const conversation: WebConversation = { id, userId, locale, activities: [], dropped: 0, lastMessageAt: this.now(), queue: Promise.resolve(), listeners: new Set(), turnsPending: 0 };
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Appends and returns the activity's position, which becomes its id and the watermark after it. */
  append(conversation: WebConversation, activity: Partial<Activity>): number {
    conversation.activities.push(activity);
    const excess = conversation.activities.length - this.limits.maximumActivitiesEach;
    if (excess > 0) {
      conversation.activities.splice(0, excess);
      conversation.dropped += excess;
    }
    const position = conversation.dropped + conversation.activities.length - 1;
    for (const listener of conversation.listeners) listener(activity, position + 1);
    return position;
  }

  /** Activities after `watermark` (the count already seen) and the new watermark. */
  since(conversation: WebConversation, watermark: number): { activities: Partial<Activity>[]; watermark: number } {
    const start = Math.max(0, watermark - conversation.dropped);
    return { activities: conversation.activities.slice(start), watermark: conversation.dropped + conversation.activities.length };
  }

  touch(conversation: WebConversation): void {
    conversation.lastMessageAt = this.now();
    // Moved to the end: the map stays in order of last message.
    if (this.conversations.get(conversation.id) === conversation) {
      this.conversations.delete(conversation.id);
      this.conversations.set(conversation.id, conversation);
    }
  }

  private evictLeastRecentlyUsed(): boolean {
    for (const [id, conversation] of this.conversations) {
      if (conversation.turnsPending > 0 || conversation.listeners.size > 0) continue;
      this.conversations.delete(id);
      return true;
    }
    return false;
  }

  sweep(): void {
    for (const [id, conversation] of this.conversations) if (this.isIdle(conversation)) this.conversations.delete(id);
  }

  private isIdle(conversation: WebConversation): boolean {
    return this.now() - conversation.lastMessageAt > this.limits.idleSeconds * 1000;
  }
}
