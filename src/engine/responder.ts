import type { Engine } from './create-engine';
import type { ConversationState, Turn, TurnResult } from './turn-types';

/**
 * What a channel talks to: the embedded engine (answers at once) or the model engine wrapped around it
 * (answers after the model call). Channels `await respond` and work with either.
 */
export interface Responder {
  respond(turn: Turn, state: ConversationState): TurnResult | Promise<TurnResult>;
  welcome: Engine['welcome'];
  knowledgeBase: Engine['knowledgeBase'];
  contacts: Engine['contacts'];
}
