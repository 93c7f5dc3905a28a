import { resumeStep } from '../../../src/engine/steps/resume-step';
import { sharedEngine } from '../../support/shared-engine';
import { stateAfter, turnAtStep } from '../../support/turn-at-step';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const suspended = () => stateAfter('why is my milk late', 'what is colostrum');

describe('the resume step', () => {
  it('goes back to the suspended dialog on yes', () => {
    expect(suspended().suspendedDialog?.id).toBe('milk-late');
    const turn = turnAtStep('yes', suspended());
    expect(resumeStep(turn)).toBe('finished');
    expect(turn.trace.route).toBe('dialog');
    expect(turn.state.dialog?.id).toBe('milk-late');
  });

  it('lets the dialog go on no', () => {
    const turn = turnAtStep('no', suspended());
    expect(resumeStep(turn)).toBe('finished');
    expect(turn.trace.reason).toBe('did not go back to the dialog');
    expect(turn.state.suspendedDialog).toBeNull();
  });

  it('drops the offer and passes on a new question', () => {
    const turn = turnAtStep('does breast size matter for supply', suspended());
    expect(resumeStep(turn)).toBe('next');
    expect(turn.state.suspendedDialog).toBeNull();
  });
});
