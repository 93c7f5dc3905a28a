import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { WebConversation, WebConversations } from './web-conversations';

/** Direct Line's activity ids: the conversation id, a bar, and the position (Azure writes them the same way). */
function activityId(conversationId: string, position: number): string {
  return `${conversationId}|${String(position).padStart(7, '0')}`;
}

/**
 * An in-process Bot Framework adapter: what the bot sends is appended to the conversation's history, where
 * the Direct Line routes hand it to the browser on its next poll. The same ActivityHandler that serves Teams
 * through CloudAdapter runs here unchanged, with no loopback HTTP and no credentials.
 */
export class DirectLineAdapter extends BotAdapter {
  constructor(
    private readonly conversations: WebConversations,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  /** Runs one turn of `logic` (usually `context => bot.run(context)`) for an activity from the browser. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** Stamps an activity with its id and timestamp and adds it to the history; returns its id. */
  record(conversation: WebConversation, activity: Partial<Activity>): string {
    const position = conversation.dropped + conversation.activities.length;
    const id = activityId(conversation.id, position);
    this.conversations.append(conversation, { ...activity, id, timestamp: new Date(this.now()) });
    return id;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversation = this.conversationOf(context.activity.conversation?.id);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      // 'delay' and 'invokeResponse' are instructions to an adapter, not messages for the person.
      if (activity.type === 'delay' || activity.type === 'invokeResponse') {
        responses.push({ id: '' });
        continue;
      }
      responses.push({ id: this.record(conversation, activity) });
    }
    return responses;
  }

  /** Direct Line delivers an update as the activity again with the same id; Web Chat replaces it in place. */
  async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const conversation = this.conversationOf(context.activity.conversation?.id);
    this.conversations.append(conversation, { ...activity, timestamp: new Date(this.now()) });
  }

  /** Web Chat has no way to remove a delivered message, so there is nothing to do. */
  async deleteActivity(): Promise<void> {}

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  private conversationOf(conversationId: string | undefined): WebConversation {
    const conversation = conversationId === undefined ? undefined : this.conversations.get(conversationId);
    if (!conversation) throw new Error(`web conversation ${conversationId ?? '(none)'} has expired`);
    return conversation;
  }
}
