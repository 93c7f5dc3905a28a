import { commandsStep } from '../../../src/engine/steps/commands-step';
import { sharedEngine } from '../../support/shared-engine';
import { stateAfter, turnAtStep } from '../../support/turn-at-step';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('the commands step', () => {
  it('forgets every fact on "forget what i told you"', () => {
    const turn = turnAtStep('forget what i told you', stateAfter('my baby was born 4 days ago'));
    expect(commandsStep(turn)).toBe('finished');
    expect(turn.state.facts).toEqual({});
    expect(turn.trace.reason).toBe('forgot what the person told');
  });

  it('asks a dialog from its first question again on "start over"', () => {
    const turn = turnAtStep('start over', stateAfter('why is my milk late', '2'));
    expect(commandsStep(turn)).toBe('finished');
    expect(turn.trace.route).toBe('dialog');
    expect(turn.state.dialog?.asking).toBe('days_since_birth');
  });

  it('cancels an open dialog', () => {
    const turn = turnAtStep('cancel', stateAfter('why is my milk late'));
    expect(commandsStep(turn)).toBe('finished');
    expect(turn.state.dialog).toBeNull();
    expect(turn.trace.reason).toBe('cancelled the dialog');
  });

  it('lets "cancel" through when nothing is open, and any question', () => {
    expect(commandsStep(turnAtStep('cancel'))).toBe('next');
    expect(commandsStep(turnAtStep('how do i stop feeding at night'))).toBe('next');
  });
});
