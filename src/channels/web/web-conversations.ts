import { RecentlyUsed } from '../../engine/recently-used';
import type { Activity } from './activity';

export interface WebConversation {
  id: string;
  userId: string;
  locale?: string;
  /** Every activity of the conversation in order: the user's echoed messages and the bot's replies. */
  activities: Partial<Activity>[];
  /** How many activities were dropped from the front to bound memory; watermarks keep counting from 0. */
  dropped: number;
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

/** A conversation with a turn queued or running, or an open stream, is never evicted to make room. */
const isBusy = (conversation: WebConversation) => conversation.turnsPending > 0 || conversation.listeners.size > 0;

/**
 * The web channel's conversations, in memory, in the shared RecentlyUsed map. They are health data, so an
 * idle one is forgotten after `idleSeconds` without a message (polling alone does not keep it alive), and
 * there is a ceiling on how many exist at once, the least recently used making room first.
 */
export class WebConversations {
  private readonly conversations: RecentlyUsed<WebConversation>;
  private readonly maximumActivitiesEach: number;

  constructor(limits: WebConversationLimits, now: () => number = Date.now) {
    this.maximumActivitiesEach = limits.maximumActivitiesEach;
    this.conversations = new RecentlyUsed(limits.maximumConversations, { idleMs: limits.idleSeconds * 1000, now, isPinned: isBusy });
  }

  get size(): number {
    return this.conversations.size;
  }

  /** The conversation, unless it is idle (then it is forgotten); reading it does not keep it alive. */
  get(id: string): WebConversation | undefined {
    return this.conversations.peek(id);
  }

  /**
   * At the ceiling, the conversation with the oldest last message, no turn in progress and no open stream
   * makes room: a parent starting a chat now needs it more than one who stopped writing a while ago.
   * Undefined (the caller answers 503) only when every conversation is mid-turn or streaming.
   */
  create(id: string, userId: string, locale?: string): WebConversation | undefined {
    if (!this.conversations.makeRoom()) return undefined;
    const conversation: WebConversation = { id, userId, locale, activities: [], dropped: 0, queue: Promise.resolve(), listeners: new Set(), turnsPending: 0 };
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Appends and returns the activity's position, which becomes its id and the watermark after it. */
  append(conversation: WebConversation, activity: Partial<Activity>): number {
    conversation.activities.push(activity);
    const excess = conversation.activities.length - this.maximumActivitiesEach;
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

  /** A message from the person: the conversation is the most recent again, and its idle time starts over. */
  touch(conversation: WebConversation): void {
    if (this.conversations.peek(conversation.id) === conversation) this.conversations.get(conversation.id);
  }

  sweep(): void {
    this.conversations.sweep();
  }
}
