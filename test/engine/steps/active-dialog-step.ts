import { activeDialogStep } from '../../../src/engine/steps/active-dialog-step';
import { sharedEngine } from '../../support/shared-engine';
import { stateAfter, turnAtStep } from '../../support/turn-at-step';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('the active dialog step', () => {
  it('reads the message as the answer to the open question', () => {
    const turn = turnAtStep('2', stateAfter('why is my milk late'));
    expect(activeDialogStep(turn)).toBe('finished');
    expect(turn.trace.route).toBe('dialog');
    expect(turn.state.dialog?.values.days_since_birth).toBe(2);
    expect(turn.state.dialog?.asking).toBe('nappies_on_track');
  });

  it('answers a different question and suspends the dialog', () => {
    const turn = turnAtStep('what is colostrum', stateAfter('why is my milk late'));
    expect(activeDialogStep(turn)).toBe('finished');
    expect(turn.trace.intent).toBe('milk.colostrum');
    expect(turn.state.dialog).toBeNull();
    expect(turn.state.suspendedDialog?.id).toBe('milk-late');
  });

  it('passes the message on when no dialog is open', () => {
    expect(activeDialogStep(turnAtStep('2'))).toBe('next');
  });
});
