import { TurnBuilder } from '../../src/engine/turn-builder';
import { initialConversationState, type ConversationState, type TurnResult } from '../../src/engine/turn-types';
import { sharedEngine } from './shared-engine';

export const stepTimestamp = '2026-11-26T03:00:00.000Z';

/** A turn built over the real engine's parts, with the message read as the guard step would; for one step's test. */
export function turnAtStep(text: string, previous: ConversationState = initialConversationState()): TurnBuilder {
  const turn = new TurnBuilder(sharedEngine().parts, { text, timestamp: stepTimestamp }, previous);
  turn.readMessage(text);
  return turn;
}

/** The state after the whole pipeline answered these messages one by one, for a step that needs history. */
export function stateAfter(...texts: string[]): TurnResult['state'] {
  let state = initialConversationState();
  for (const text of texts) state = sharedEngine().respond({ text, timestamp: stepTimestamp }, state).state;
  return state;
}
