import { buildEngine } from '../../src/app/build-engine';
import { loadContent, type Content } from '../../src/app/load-content';
import { loadConfig } from '../../src/config';
import type { Engine } from '../../src/engine/create-engine';
import { initialConversationState, type TurnResult } from '../../src/engine/turn-types';
import { loadEnglishWords } from '../../src/nlu/english-words';
import { PackedWordSet } from '../../src/nlu/packed-word-set';
import { readContentSnapshot } from './content-snapshot';
import { workerMemo } from './worker-memo';

let content: Content | undefined;
let engine: Engine | undefined;
let englishWords: PackedWordSet | undefined;

/** The real content/ and dialogs/, loaded (or read from the global setup's snapshot) once per test file. */
export function sharedContent(): Content {
  return (content ??= readContentSnapshot(loadConfig({})) ?? loadContent(loadConfig({})));
}

/** The real engine over the real content/, built once per test file by buildEngine itself (on the shared content). */
export function sharedEngine(): Engine {
  return (engine ??= buildEngine(loadConfig({}), { content: sharedContent() }));
}

/**
 * WordNet's English words as loadEnglishWords reads them (buildRuleTriage's default), read from its files once
 * per jest worker (some 60 ms of CPU in each of some fifteen files) and kept as the one string they are packed in.
 */
export function sharedEnglishWords(): PackedWordSet {
  return (englishWords ??= new PackedWordSet(workerMemo('WordNet English words', () => loadEnglishWords().joined)));
}

/** One message as the first of a new conversation, as `latch classify` sees it. */
export function firstTurn(text: string): TurnResult {
  return sharedEngine().respond({ text, timestamp: '2026-11-26T03:00:00.000Z' }, initialConversationState());
}
