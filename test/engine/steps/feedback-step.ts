import { feedbackStep } from '../../../src/engine/steps/feedback-step';
import { sharedEngine } from '../../support/shared-engine';
import { stateAfter, turnAtStep } from '../../support/turn-at-step';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('the feedback step', () => {
  it('records "helpful" and offers the held-back follow-ups', () => {
    const previous = stateAfter('how is breast milk made');
    expect(previous.feedbackOpen?.answerId).toBe('milk.how_made');
    const turn = turnAtStep('yes', previous);
    expect(feedbackStep(turn)).toBe('finished');
    expect(turn.trace.feedback).toBe('helpful');
    expect(turn.trace.answerId).toBe('milk.how_made');
    expect(turn.state.offeredChoices).toEqual(previous.feedbackOpen?.followUps);
  });

  it('records "not helpful" on no', () => {
    const turn = turnAtStep('no', stateAfter('how is breast milk made'));
    feedbackStep(turn);
    expect(turn.trace.feedback).toBe('not_helpful');
  });

  it('lets a new question through', () => {
    expect(feedbackStep(turnAtStep('what is colostrum', stateAfter('how is breast milk made')))).toBe('next');
  });
});
