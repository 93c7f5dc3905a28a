import { ActivityHandler, ActivityTypes, DeliveryModes, TurnContext } from 'botbuilder';
import { initialConversationState, type Reply, type Trace } from '../../engine/turn-types';
import { conversationKey, type ConversationStore, type StoredConversation } from './conversation-store';
import type { DirectLineTurns, TurnFailureHandling, WebBot } from '../web/web-bot';
import type { WebConversationStore } from '../web/web-conversation-store';
import { dialNumbers } from './dial-numbers';
import { directLineTurns } from './direct-line-turns';
import { renderActivities } from './render-activities';
import { retryOnConflict } from './retry-on-conflict';
import type { Responder } from '../../engine/responder';

export type { StoredConversation } from './conversation-store';

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

/**
 * Translates between Bot Framework Activities and the engine, and does nothing else: every decision about
 * what to say is the engine's. Each turn reads its conversation once and writes it once (no change hashes,
 * no copies: botbuilder's ConversationState serialised the state four times a turn).
 */
export class LatchBot extends ActivityHandler implements WebBot {
  private readonly idleExpiryMs: number;
  private readonly typingAfterMs: number;
  private readonly now: () => number;
  private readonly dialNumbers: readonly string[];

  constructor(
    private readonly engine: Responder,
    private readonly conversations: ConversationStore,
    private readonly options: LatchBotOptions = {},
  ) {
    super();
    this.idleExpiryMs = options.idleExpiryMs ?? 60 * 60_000;
    this.typingAfterMs = options.typingAfterMs ?? 300;
    this.now = options.now ?? Date.now;
    this.dialNumbers = dialNumbers(engine.contacts);

    this.onMembersAdded(async (context, next) => {
      const someoneElseJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient?.id);
      if (someoneElseJoined) await this.welcome(context);
      await next();
    });
  }

  /**
   * Messages go straight to the engine; everything else (conversation updates) through ActivityHandler, whose
   * chain of async handlers did nothing for a message but cost 4 % of a turn. A turn another instance beat to
   * the save of this conversation is run again on the newer state; its replies go out once its save succeeds
   * (a store in this process alone has no such races: its turns run once, their replies sent as they come).
   */
  override async run(context: TurnContext): Promise<void> {
    const turn = () => (context?.activity?.type === ActivityTypes.Message ? this.answerMessage(context) : super.run(context));
    // With no conflict possible, holding the replies back would only copy each one twice more.
    await (this.conversations.lastWriterWins ? turn() : retryOnConflict(context, turn));
  }

  /** This bot's turns for the web chat, over the web's conversations. */
  directLineTurns(conversations: WebConversationStore, now: () => number, failures: TurnFailureHandling): DirectLineTurns {
    return directLineTurns(this, conversations, now, failures);
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
    await this.conversations.write(this.keyOf(context), { engineState: result.state, lastActiveAt: this.now(), eTag: stored.eTag });
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
    await this.conversations.write(this.keyOf(context), { engineState: welcomed.state, lastActiveAt: this.now(), eTag: stored.eTag });
    await context.sendActivities(renderActivities(welcomed.replies, this.renderOptions(context)));
  }

  private async load(context: TurnContext): Promise<StoredConversation> {
    const stored = await this.conversations.read(this.keyOf(context));
    const isFresh = stored && typeof stored.lastActiveAt === 'number' && this.now() - stored.lastActiveAt <= this.idleExpiryMs;
    // An expired conversation starts again, but is saved over the stored one with the version that was read.
    return isFresh ? stored : { engineState: initialConversationState(), lastActiveAt: this.now(), eTag: stored?.eTag };
  }

  private keyOf(context: TurnContext): string {
    return conversationKey(context.activity.channelId, context.activity.conversation?.id ?? '');
  }

  private renderOptions(context: TurnContext) {
    return { messages: this.engine.knowledgeBase.messages, channelId: context.activity.channelId, recipientId: context.activity.from?.id, dialNumbers: this.dialNumbers };
  }

  private timestampOf(context: TurnContext): string {
    const timestamp = context.activity.timestamp;
    const date = timestamp instanceof Date ? timestamp : timestamp ? new Date(timestamp) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date.toISOString() : new Date(this.now()).toISOString();
  }

  /**
   * A typing indicator only for slow turns, so fast answers are not preceded by a flicker. Never with
   * `expectReplies`: every reply comes back at once in the response, so a typing activity would only sit
   * in front of them.
   */
  private typingIndicator(context: TurnContext): { stop(): Promise<void> } {
    if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return noTyping;
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

const noTyping = { stop: () => Promise.resolve() };
