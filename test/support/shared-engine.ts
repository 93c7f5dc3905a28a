import { buildUnderstanding, engineFrom, loadContent, type Content } from '../../src/app/build-engine';
import { loadConfig } from '../../src/config';
import type { Engine } from '../../src/engine/create-engine';
import { initialConversationState, type TurnResult } from '../../src/engine/turn-types';
import { requireReviewed } from '../../src/knowledge/review-status';
import { readContentSnapshot } from './content-snapshot';

let content: Content | undefined;
let engine: Engine | undefined;

/** The real content/ and dialogs/, loaded (or read from the global setup's snapshot) once per test file. */
export function sharedContent(): Content {
  return (content ??= readContentSnapshot(loadConfig({})) ?? loadContent(loadConfig({})));
}

/** The real engine over the real content/, built once per test file as buildEngine builds it. */
export function sharedEngine(): Engine {
  if (engine) return engine;
  const config = loadConfig({});
  if (config.requireReviewed) requireReviewed(sharedContent().knowledgeBase);
  return (engine = engineFrom(config, sharedContent(), buildUnderstanding(config, sharedContent()).classifier));
}

/** One message as the first of a new conversation, as `latch classify` sees it. */
export function firstTurn(text: string): TurnResult {
  return sharedEngine().respond({ text, timestamp: '2026-11-26T03:00:00.000Z' }, initialConversationState());
}
