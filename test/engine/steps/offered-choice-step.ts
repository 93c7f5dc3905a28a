import { offeredChoiceStep } from '../../../src/engine/steps/offered-choice-step';
import { initialConversationState } from '../../../src/engine/turn-types';
import { sharedEngine } from '../../support/shared-engine';
import { turnAtStep } from '../../support/turn-at-step';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const offered = {
  ...initialConversationState(),
  offeredChoices: [
    { label: 'What is colostrum?', intentId: 'milk.colostrum' },
    { label: 'None of these', intentId: null },
  ],
};

describe('the offered choice step', () => {
  it('decides for the option whose number was typed', () => {
    const turn = turnAtStep('1', offered);
    expect(offeredChoiceStep(turn)).toBe('next');
    expect(turn.choseOffer).toBe(true);
    expect(turn.decision).toMatchObject({ route: 'answer', intent: 'milk.colostrum' });
  });

  it('refers on "none of these" by its label', () => {
    const turn = turnAtStep('none of these', offered);
    offeredChoiceStep(turn);
    expect(turn.decision).toMatchObject({ route: 'refer', intent: null });
  });

  it('leaves a message that is no option undecided', () => {
    const turn = turnAtStep('3', offered);
    offeredChoiceStep(turn);
    expect(turn.decision).toBeUndefined();
    expect(turn.choseOffer).toBe(false);
  });
});
