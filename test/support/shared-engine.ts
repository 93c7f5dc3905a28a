import { buildEngine } from '../../src/app/build-engine';
import { loadConfig } from '../../src/config';
import type { Engine } from '../../src/engine/create-engine';
import { initialConversationState, type TurnResult } from '../../src/engine/turn-types';

let engine: Engine | undefined;

/** The real engine over the real content/, trained once per test file. */
export function sharedEngine(): Engine {
  return (engine ??= buildEngine(loadConfig({})));
}

/** One message as the first of a new conversation, as `latch classify` sees it. */
export function firstTurn(text: string): TurnResult {
  return sharedEngine().respond({ text, timestamp: '2026-11-26T03:00:00.000Z' }, initialConversationState());
}
