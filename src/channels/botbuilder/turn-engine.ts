import type { ConversationState, Reply, Turn, TurnResult } from '../../engine/turn-types';
import type { SystemMessages } from '../../knowledge/content-schema';

/**
 * What a channel needs from an engine. `respond` may return a promise (the model engine does), so channels
 * always await it; `knowledgeBase.messages` gives the bot's own sentences, such as the error message.
 */
export interface TurnEngine {
  respond(turn: Turn, state: ConversationState): TurnResult | Promise<TurnResult>;
  welcome(state: ConversationState): { replies: Reply[]; state: ConversationState } | Promise<{ replies: Reply[]; state: ConversationState }>;
  knowledgeBase: { messages: SystemMessages };
}
