import { ActivityHandler, ActivityTypes, TurnContext, type ConversationState as BotConversationState, type StatePropertyAccessor } from 'botbuilder';
import { initialConversationState, type ConversationState, type Reply, type Trace } from '../../engine/turn-types';
import { dialNumbers } from './dial-numbers';
import { renderActivities } from './render-activities';
import type { TurnEngine } from './turn-engine';

/** What is kept per conversation: the engine's state, whole and opaque, and when it was last used. */
export interface StoredConversation {
  engineState: ConversationState;
  lastActiveAt: number;
}

/** What happened in one turn, for metrics and logs; `text` only when the operator logs message text. */
export interface TurnEvent {
  channelId: string;
  conversationId: string;
  trace: Trace;
  replyKinds: Reply['kind'][];
  durationMs: number;
  text?: string;
}

export interface TurnObserver {
  turnCompleted?(event: TurnEvent): void;
  turnFailed?(error: unknown, details: { channelId: string; conversationId: string; durationMs: number }): void;
}

export interface LatchBotOptions {
  /** Conversation state idle longer than this starts afresh, whatever the store keeps. */
  idleExpiryMs?: number;
  /** Send a typing indicator when the engine takes longer than this. */
  typingAfterMs?: number;
  observer?: TurnObserver;
  /** Pass the raw message text to the observer (for operator-enabled logging). */
  includeText?: boolean;
  now?: () => number;
}

const stateProperty = 'latch';

/**
 * Translates between Bot Framework Activities and the engine, and does nothing else: every decision about
 * what to say is the engine's. Conversation state is saved after each turn through botbuilder's Storage.
 */
export class LatchBot extends ActivityHandler {
  private readonly conversation: StatePropertyAccessor<StoredConversation>;
  private readonly idleExpiryMs: number;
  private readonly typingAfterMs: number;
  private readonly now: () => number;
  private readonly dialNumbers: readonly string[];

  constructor(
    private readonly engine: TurnEngine,
    private readonly conversationState: BotConversationState,
    private readonly options: LatchBotOptions = {},
  ) {
    super();
    this.conversation = conversationState.createProperty<StoredConversation>(stateProperty);
    this.idleExpiryMs = options.idleExpiryMs ?? 60 * 60_000;
    this.typingAfterMs = options.typingAfterMs ?? 300;
    this.now = options.now ?? Date.now;
    this.dialNumbers = dialNumbers(engine.contacts);

    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const someoneElseJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient?.id);
      if (someoneElseJoined) await this.welcome(context);
      await next();
    });
  }

  async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const started = performance.now();
    const channelId = context.activity.channelId;
    const conversationId = context.activity.conversation?.id ?? '';
    const stored = await this.load(context);
    // In group chats Teams puts "<at>latch</at>" in the text; the engine should see only the question.
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const typing = this.typingIndicator(context);
    let result;
    try {
      result = await this.engine.respond({ text, timestamp: this.timestampOf(context) }, stored.engineState);
    } catch (error) {
      // The stored state is left as it was, so the next message carries on the same conversation.
      await typing.stop();
      this.options.observer?.turnFailed?.(error, { channelId, conversationId, durationMs: performance.now() - started });
      await context.sendActivity({ type: ActivityTypes.Message, text: this.engine.knowledgeBase.messages.error });
      return;
    }
    await typing.stop();
    await this.conversation.set(context, { engineState: result.state, lastActiveAt: this.now() });
    await context.sendActivities(renderActivities(result.replies, this.renderOptions(context)));
    this.options.observer?.turnCompleted?.({
      channelId,
      conversationId,
      trace: result.trace,
      replyKinds: result.replies.map((reply) => reply.kind),
      durationMs: performance.now() - started,
      ...(this.options.includeText ? { text } : {}),
    });
  }

  private async welcome(context: TurnContext): Promise<void> {
    const stored = await this.load(context);
    const welcomed = await this.engine.welcome(stored.engineState);
    await this.conversation.set(context, { engineState: welcomed.state, lastActiveAt: this.now() });
    await context.sendActivities(renderActivities(welcomed.replies, this.renderOptions(context)));
  }

  private async load(context: TurnContext): Promise<StoredConversation> {
    const stored = await this.conversation.get(context);
    const isFresh = stored && typeof stored.lastActiveAt === 'number' && this.now() - stored.lastActiveAt <= this.idleExpiryMs;
    return isFresh ? stored : { engineState: initialConversationState(), lastActiveAt: this.now() };
  }

  private renderOptions(context: TurnContext) {
    return { messages: this.engine.knowledgeBase.messages, channelId: context.activity.channelId, recipientId: context.activity.from?.id, dialNumbers: this.dialNumbers };
  }

  private timestampOf(context: TurnContext): string {
    const timestamp = context.activity.timestamp;
    const date = timestamp instanceof Date ? timestamp : timestamp ? new Date(timestamp) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date.toISOString() : new Date(this.now()).toISOString();
  }

  /** A typing indicator only for slow turns, so fast answers are not preceded by a flicker. */
  private typingIndicator(context: TurnContext): { stop(): Promise<void> } {
    let sending: Promise<unknown> | undefined;
    const timer = setTimeout(() => {
      sending = context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
    }, this.typingAfterMs);
    return {
      async stop() {
        clearTimeout(timer);
        await sending;
      },
    };
  }
}
