import { understandAndDecideStep } from '../../../src/engine/steps/understand-and-decide-step';
import { initialConversationState } from '../../../src/engine/turn-types';
import { sharedEngine } from '../../support/shared-engine';
import { turnAtStep } from '../../support/turn-at-step';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('the understand and decide step', () => {
  it('decides to answer a clear question and traces the intent', () => {
    const turn = turnAtStep('is colostrum enough for my baby');
    expect(understandAndDecideStep(turn)).toBe('next');
    expect(turn.decision?.route).toBe('answer');
    expect(turn.trace.intent).toBe('milk.colostrum');
    expect(turn.trace.confidence).toBeGreaterThan(0);
  });

  it('keeps a pressed button’s decision and traces it as certain', () => {
    const turn = turnAtStep('1');
    turn.decision = { route: 'answer', intent: 'milk.colostrum', options: [], reason: 'chose an offered option' };
    turn.choseOffer = true;
    understandAndDecideStep(turn);
    expect(turn.trace).toMatchObject({ route: 'answer', intent: 'milk.colostrum', confidence: 1 });
  });

  it('refers instead of asking "did you mean" twice in a row', () => {
    const turn = turnAtStep('milk', { ...initialConversationState(), clarifying: true });
    understandAndDecideStep(turn);
    expect(turn.decision?.route).not.toBe('clarify');
    expect(turn.state.clarifying).toBe(false);
  });
});
