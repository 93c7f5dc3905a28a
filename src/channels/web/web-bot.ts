import type { Activity } from './activity';
import type { WebConversationStore } from './web-conversation-store';

/** Turns of the web chat's conversations: what the bot sends is appended to the conversation's history. */
export interface DirectLineTurns {
  /** Stamps an activity with its id and timestamp and adds it to the history; returns its id. */
  record(conversationId: string, activity: Partial<Activity>): Promise<string>;
  /** Runs one turn of the bot for an activity from the browser. */
  run(activity: Partial<Activity>): Promise<void>;
}

/** What the person is sent, and who hears of it, when a turn fails outside the engine (storage, sending). */
export interface TurnFailureHandling {
  message: string;
  report?(error: unknown, where: { channelId?: string; conversationId?: string }): void;
  /** The message itself could not be sent. */
  reportUnsent?(error: unknown): void;
}

/**
 * The bot as the web channel needs it: the same bot that serves Teams (LatchBot, or the server's BotChannel
 * around it, whose failure handling then wins over `failures`), run in-process over the web's conversations.
 */
export interface WebBot {
  directLineTurns(conversations: WebConversationStore, now: () => number, failures: TurnFailureHandling): DirectLineTurns;
}
