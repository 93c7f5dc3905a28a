import { buildEngine } from '../../src/app/build-engine';
import { loadContent, type Content } from '../../src/app/load-content';
import { loadConfig } from '../../src/config';
import type { Engine } from '../../src/engine/create-engine';
import { initialConversationState, type TurnResult } from '../../src/engine/turn-types';
import { readContentSnapshot } from './content-snapshot';

let content: Content | undefined;
let engine: Engine | undefined;

/** The real content/ and dialogs/, loaded (or read from the global setup's snapshot) once per test file. */
export function sharedContent(): Content {
  return (content ??= readContentSnapshot(loadConfig({})) ?? loadContent(loadConfig({})));
}

/** The real engine over the real content/, built once per test file by buildEngine itself (on the shared content). */
export function sharedEngine(): Engine {
  return (engine ??= buildEngine(loadConfig({}), { content: sharedContent() }));
}

/** One message as the first of a new conversation, as `latch classify` sees it. */
export function firstTurn(text: string): TurnResult {
  return sharedEngine().respond({ text, timestamp: '2026-11-26T03:00:00.000Z' }, initialConversationState());
}
