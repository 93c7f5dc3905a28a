import { buildEngine } from '../../src/app/build-engine';
import { loadConfig } from '../../src/config';
import type { Engine } from '../../src/engine/create-engine';
import { initialConversationState } from '../../src/engine/turn-types';
import { checkStep, readTranscripts, transcriptTimestamp } from '../support/transcripts';

const transcripts = readTranscripts();

/**
 * The state frozen all the way down: the engine must never change the state it is given (the server keeps
 * conversations in memory as they are, without copies), and a change to a frozen object throws.
 */
function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFrozen(child);
  }
  return value;
}

let engine: Engine;
beforeAll(() => {
  engine = buildEngine(loadConfig({}));
});

it('finds conversation files', () => {
  expect(transcripts.length).toBeGreaterThan(0);
});

describe.each(transcripts.map(({ file, conversations }) => [file, conversations] as const))('%s', (_file, conversations) => {
  it.each(conversations.map((conversation) => [conversation.name, conversation] as const))('%s', (_name, conversation) => {
    let state = initialConversationState();
    conversation.steps.forEach((step, index) => {
      const turn = engine.respond({ text: step.user, timestamp: transcriptTimestamp }, deepFrozen(state));
      checkStep(engine, step, `step ${index + 1} ("${step.user}")`, state, turn);
      state = turn.state;
    });
  });
});
