import { buildEngine } from '../../src/app/build-engine';
import { buildRuleTriage } from '../../src/app/build-rule-triage';
import { buildUnderstanding, type Understanding } from '../../src/app/build-understanding';
import { loadContent, type Content } from '../../src/app/load-content';
import { loadConfig } from '../../src/config';
import type { Engine } from '../../src/engine/create-engine';
import { initialConversationState, type TurnResult } from '../../src/engine/turn-types';
import { loadEnglishWords } from '../../src/nlu/english-words';
import { PackedWordSet } from '../../src/nlu/packed-word-set';
import type { RuleTriage } from '../../src/safety/triage';
import { readContentSnapshot } from './content-snapshot';
import { workerMemo } from './worker-memo';

let content: Content | undefined;
let engine: Engine | undefined;
let englishWords: PackedWordSet | undefined;
let ruleTriage: RuleTriage | undefined;
let understanding: Understanding | undefined;

/** The real content/ and dialogs/, loaded (or read from the global setup's snapshot) once per test file. */
export function sharedContent(): Content {
  return (content ??= readContentSnapshot(loadConfig({})) ?? loadContent(loadConfig({})));
}

/**
 * The compiled model of the shared content, from the cache the global setup filled, loaded once per test file:
 * the shared engine's, and the one latch kb check and the near-duplicate tests read (each loaded its own, some
 * 0.5 s of CPU: the model parsed, its feature tables made and the content's files hashed for its key).
 */
export function sharedUnderstanding(): Understanding {
  return (understanding ??= buildUnderstanding(loadConfig({}), sharedContent()));
}

/** The real engine over the real content/, built once per test file by buildEngine itself (on the shared content and model). */
export function sharedEngine(): Engine {
  return (engine ??= buildEngine(loadConfig({}), { content: sharedContent(), understanding: sharedUnderstanding() }));
}

/**
 * WordNet's English words as loadEnglishWords reads them (buildRuleTriage's default), read from its files once
 * per jest worker (some 60 ms of CPU in each of some fifteen files) and kept as the one string they are packed in.
 */
export function sharedEnglishWords(): PackedWordSet {
  return (englishWords ??= new PackedWordSet(workerMemo('WordNet English words', () => loadEnglishWords().joined)));
}

/**
 * The rule triage over the shared content and WordNet's words (buildRuleTriage's default words, read once),
 * built once per test file: each of the some thirty modules of the kinds/ and triage/ folders built its own,
 * a spelling corrector over the concepts' words and the rules compiled again (some 30 ms of CPU each). What a
 * triage keeps between messages is only what it has read already, the same for any later message.
 */
export function sharedRuleTriage(): RuleTriage {
  return (ruleTriage ??= buildRuleTriage(sharedContent(), sharedEnglishWords()));
}

/** One message as the first of a new conversation, as `latch classify` sees it. */
export function firstTurn(text: string): TurnResult {
  return sharedEngine().respond({ text, timestamp: '2026-11-26T03:00:00.000Z' }, initialConversationState());
}

/** A first message's escalation as a reader sees it: why the engine chose it, its level, and the replies' text joined. */
export function firstReply(text: string): { reason: string | undefined; level: string | undefined; text: string } {
  const { trace, replies } = firstTurn(text);
  return { reason: trace.reason, level: trace.redFlag?.level, text: replies.map((reply) => reply.text).join(' ') };
}
