import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { ConversationGoneError, type WebConversationStore } from '../web/web-conversation-store';

/**
 * An in-process Bot Framework adapter: what the bot sends is appended to the conversation's history, where
 * the Direct Line routes hand it to the browser on its next poll or over its stream. The same ActivityHandler
 * that serves Teams through CloudAdapter runs here unchanged, with no loopback HTTP and no credentials.
 */
export class DirectLineAdapter extends BotAdapter {
  constructor(
    private readonly conversations: WebConversationStore,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  /** Runs one turn of `logic` (usually `context => bot.run(context)`) for an activity from the browser. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** Stamps an activity with its id and timestamp and adds it to the history; returns its id. */
  async record(conversationId: string, activity: Partial<Activity>): Promise<string> {
    const { id } = await this.conversations.append(conversationId, { ...activity, id: undefined, timestamp: new Date(this.now()) });
    return id;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = this.conversationIdOf(context);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      // 'delay' and 'invokeResponse' are instructions to an adapter, not messages for the person.
      if (activity.type === 'delay' || activity.type === 'invokeResponse') {
        responses.push({ id: '' });
        continue;
      }
      responses.push({ id: await this.record(conversationId, activity) });
    }
    return responses;
  }

  /** Direct Line delivers an update as the activity again with the same id; Web Chat replaces it in place. */
  async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<void> {
    await this.conversations.append(this.conversationIdOf(context), { ...activity, timestamp: new Date(this.now()) });
  }

  /** Web Chat has no way to remove a delivered message, so there is nothing to do. */
  async deleteActivity(): Promise<void> {}

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  private conversationIdOf(context: TurnContext): string {
    const conversationId = context.activity.conversation?.id;
    if (conversationId === undefined) throw new ConversationGoneError('(none)');
    return conversationId;
  }
}
