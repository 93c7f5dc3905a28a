import type { EngineOptions } from '../../../src/engine/engine-options';
import { triageStep } from '../../../src/engine/steps/triage-step';
import { TurnBuilder } from '../../../src/engine/turn-builder';
import { initialConversationState } from '../../../src/engine/turn-types';
import type { RedFlag } from '../../../src/safety/triage';
import { sharedEngine } from '../../support/shared-engine';
import { stateAfter, stepTimestamp, turnAtStep } from '../../support/turn-at-step';

/**
 * A turn over the real engine's parts with the rules' and the net's verdicts given (its check, and its raise of
 * a rule's level), and how often the net was asked.
 */
function turnWith(ruled: RedFlag | undefined, checked: RedFlag | undefined, raise?: (ruled: RedFlag) => RedFlag | undefined): { turn: TurnBuilder; checks: () => number; raises: () => number } {
  const { parts } = sharedEngine();
  let asked = 0;
  let raiseAsked = 0;
  const options: EngineOptions = {
    ...parts.options,
    triage: () => ruled && { ...ruled },
    safetyCheck: () => {
      asked++;
      return checked && { ...checked };
    },
    levelRaise: (_text, found) => {
      raiseAsked++;
      return raise?.(found);
    },
  };
  const text = 'driving home today I had this strong urge to swerve into the wall, just empty';
  const turn = new TurnBuilder({ ...parts, options }, { text, timestamp: stepTimestamp }, initialConversationState());
  turn.readMessage(text);
  return { turn, checks: () => asked, raises: () => raiseAsked };
}

const lowMood: RedFlag = { ruleId: 'mother.low_mood', level: 'soon', message: 'soon', means: 'Low mood.', row: 'mother-low-mood' };
const crisisCheck: RedFlag = { ruleId: 'check.mother-mental-health', level: 'emergency', message: 'crisis', means: '', certain: false, row: 'mother-mental-health' };

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

  it('gives the crisis line where a soon sign was found and the net reads a crisis (when in doubt, the crisis line)', () => {
    const { turn, checks } = turnWith(lowMood, crisisCheck);
    expect(triageStep(turn)).toBe('finished');
    expect(checks()).toBe(1);
    expect(turn.trace.redFlag?.ruleId).toBe('check.mother-mental-health');
    expect(turn.trace.redFlag?.level).toBe('emergency');
  });

  it('keeps the soon sign when the net reads no crisis', () => {
    const bloodInMilk: RedFlag = { ruleId: 'check.mother-blood-in-milk', level: 'soon', message: 'soon', means: '', certain: false, row: 'mother-blood-in-milk' };
    for (const checked of [undefined, bloodInMilk]) {
      const { turn } = turnWith(lowMood, checked);
      triageStep(turn);
      expect(turn.trace.redFlag?.ruleId).toBe('mother.low_mood');
    }
  });

  it('does not ask the net when a rule found an urgent sign', () => {
    const urgent: RedFlag = { ruleId: 'mother.mastitis', level: 'urgent_today', message: 'urgent_today', means: 'Mastitis.', row: 'mother-mastitis' };
    const { turn, checks } = turnWith(urgent, crisisCheck);
    triageStep(turn);
    expect(checks()).toBe(0);
    expect(turn.trace.redFlag?.ruleId).toBe('mother.mastitis');
  });

  it('sends the emergency the net raises an urgent rule to, with the rule\'s advice still in the reply', () => {
    const urgent: RedFlag = { ruleId: 'baby.dehydration', level: 'urgent_today', message: 'urgent_today', means: 'Possibly not enough milk.', row: 'baby-dehydration' };
    const raised = (found: RedFlag): RedFlag => ({ ruleId: 'raise.baby-unresponsive', level: 'emergency', message: 'emergency', means: '', certain: false, row: 'baby-unresponsive', raisedFrom: found });
    const { turn, raises } = turnWith(urgent, undefined, raised);
    expect(triageStep(turn)).toBe('finished');
    expect(raises()).toBe(1);
    expect(turn.trace.redFlag).toEqual({ ruleId: 'raise.baby-unresponsive', level: 'emergency', certain: false });
    const handoff = turn.replies.find((reply) => reply.kind === 'handoff');
    expect(handoff?.text).toContain('999');
    expect(handoff?.text).toContain('Possibly not enough milk.');
  });

  it('keeps the rule\'s level where the net raises nothing, and never asks to raise an emergency', () => {
    const urgent: RedFlag = { ruleId: 'baby.jaundice', level: 'urgent_today', message: 'urgent_today', means: 'Jaundice.', row: 'baby-jaundice' };
    const quiet = turnWith(urgent, undefined, () => undefined);
    triageStep(quiet.turn);
    expect(quiet.raises()).toBe(1);
    expect(quiet.turn.trace.redFlag?.ruleId).toBe('baby.jaundice');
    const floppy: RedFlag = { ruleId: 'baby.unresponsive', level: 'emergency', message: 'emergency', means: 'Floppy.', row: 'baby-unresponsive' };
    const emergency = turnWith(floppy, undefined, () => ({ ...floppy, ruleId: 'raise.baby-skin-rash' }));
    triageStep(emergency.turn);
    expect(emergency.raises()).toBe(0);
    expect(emergency.turn.trace.redFlag?.ruleId).toBe('baby.unresponsive');
  });

  it('asks no raise where the crisis line already replaced a soon sign', () => {
    const { turn, raises } = turnWith(lowMood, crisisCheck, () => ({ ...crisisCheck, ruleId: 'raise.mother-physical' }));
    triageStep(turn);
    expect(raises()).toBe(0);
    expect(turn.trace.redFlag?.ruleId).toBe('check.mother-mental-health');
  });
});
