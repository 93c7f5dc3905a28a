import { triageStep } from '../../../src/engine/steps/triage-step';
import { sharedEngine } from '../../support/shared-engine';
import { stateAfter, turnAtStep } from '../../support/turn-at-step';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('the triage step', () => {
  it('escalates a red flag and finishes the turn with a handoff', () => {
    const turn = turnAtStep('my baby is floppy and wont wake up');
    expect(triageStep(turn)).toBe('finished');
    expect(turn.trace.route).toBe('red_flag');
    expect(turn.trace.redFlag?.level).toBe('emergency');
    expect(turn.replies.some((reply) => reply.kind === 'handoff')).toBe(true);
  });

  it('closes an open dialog when it escalates', () => {
    const turn = turnAtStep('my baby is floppy and wont wake up', stateAfter('why is my milk late'));
    triageStep(turn);
    expect(turn.state.dialog).toBeNull();
  });

  it('passes an ordinary question on', () => {
    const turn = turnAtStep('is colostrum enough for my baby');
    expect(triageStep(turn)).toBe('next');
    expect(turn.replies.some((reply) => reply.kind === 'handoff')).toBe(false);
  });
});
