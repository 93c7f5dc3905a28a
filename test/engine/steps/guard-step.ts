import { guardStep } from '../../../src/engine/steps/guard-step';
import { TurnBuilder } from '../../../src/engine/turn-builder';
import { initialConversationState } from '../../../src/engine/turn-types';
import { sharedEngine } from '../../support/shared-engine';
import { stateAfter, stepTimestamp } from '../../support/turn-at-step';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

function guarded(text: string, previous = initialConversationState()) {
  const turn = new TurnBuilder(sharedEngine().parts, { text, timestamp: stepTimestamp }, previous);
  return { turn, result: guardStep(turn) };
}

describe('the guard step', () => {
  it('finishes an empty message and says why in the trace', () => {
    const { turn, result } = guarded('   ');
    expect(result).toBe('finished');
    expect(turn.trace.reason).toBe('empty message');
  });

  it('finishes an overlong message', () => {
    const { turn, result } = guarded('milk '.repeat(5000));
    expect(result).toBe('finished');
    expect(turn.trace.reason).toBe('message too long');
  });

  it('keeps the offered buttons open after an empty message', () => {
    const previous = stateAfter('how is breast milk made');
    expect(previous.offeredChoices.length + (previous.feedbackOpen ? 1 : 0)).toBeGreaterThan(0);
    const { turn } = guarded('', previous);
    expect(turn.state.offeredChoices).toEqual(previous.offeredChoices);
    expect(turn.state.feedbackOpen).toEqual(previous.feedbackOpen);
  });

  it('reads an ordinary message for the next steps', () => {
    const { turn, result } = guarded('my baby was born 4 days ago');
    expect(result).toBe('next');
    expect(turn.message.facts.days_since_birth).toBe(4);
  });
});
