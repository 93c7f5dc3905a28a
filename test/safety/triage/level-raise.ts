import { createLevelRaise } from '../../../src/safety/safety-check';
import type { NetVerdict, SafetyNet } from '../../../src/safety/safety-net';
import type { SafetyFile } from '../../../src/safety/safety-schema';
import type { Recognition } from '../../../src/safety/sign-recogniser';
import type { RedFlag } from '../../../src/safety/triage';
import { sharedContent, sharedRuleTriage } from '../../support/shared-engine';

const content = sharedContent();
const rules = sharedRuleTriage();

/** A net that gives every message the same probabilities, so each test names the verdict it is about. */
function netGiving(chosen: Record<string, number>): SafetyNet {
  const rowNames = ['(none)', ...Object.keys(content.safetyRules.safety_check.rows).sort()];
  const probabilities = Float64Array.from(rowNames, (row) => chosen[row] ?? 0);
  const assess = (_recognition: Recognition): NetVerdict => ({ row: rowNames[1], probabilityNone: probabilities[0], probabilityRow: probabilities[1], probabilities });
  return { assess, rowNames } as unknown as SafetyNet;
}

const withShare = (share: number | undefined): SafetyFile => ({ ...content.safetyRules, safety_check: { ...content.safetyRules.safety_check, raise: share === undefined ? undefined : { share } } });
const dehydration: RedFlag = { ruleId: 'baby.dehydration', level: 'urgent_today', message: 'urgent_today', means: 'Maybe not enough milk.', row: 'baby-dehydration' };
const text = 'her eyes look sunken and she is really sluggish';

describe('createLevelRaise (a rule below emergency, raised by the net)', () => {
  it('raises to the emergency row the net holds at least the share likely, keeping the rule it raised', () => {
    const raise = createLevelRaise(withShare(0.4), rules, netGiving({ '(none)': 0.1, 'baby-dehydration': 0.45, 'baby-unresponsive': 0.45 }));
    const raised = raise?.(text, dehydration);
    expect(raised).toMatchObject({ ruleId: 'raise.baby-unresponsive', level: 'emergency', message: 'emergency', certain: false, row: 'baby-unresponsive' });
    expect(raised?.raisedFrom).toEqual(dehydration);
  });

  it('raises nothing below the share, and nothing at all without the setting', () => {
    const net = netGiving({ '(none)': 0.1, 'baby-dehydration': 0.55, 'baby-unresponsive': 0.35 });
    expect(createLevelRaise(withShare(0.4), rules, net)?.(text, dehydration)).toBeUndefined();
    expect(createLevelRaise(withShare(0.3), rules, net)?.(text, dehydration)?.row).toBe('baby-unresponsive');
    expect(createLevelRaise(withShare(undefined), rules, net)).toBeUndefined();
  });

  it('picks the likeliest of several emergency rows', () => {
    const net = netGiving({ 'baby-skin-rash': 0.42, 'baby-breathing-seizure': 0.5, 'baby-dehydration': 0.08 });
    expect(createLevelRaise(withShare(0.4), rules, net)?.(text, dehydration)?.row).toBe('baby-breathing-seizure');
  });

  it('never raises to a row with a line below emergency, nor to the crisis row', () => {
    // Temperature's 3-6 month line is urgent today; dehydration's own first line too; the crisis line has steps of its own.
    for (const row of ['baby-temperature', 'baby-dehydration', 'mother-mental-health']) {
      expect(createLevelRaise(withShare(0.4), rules, netGiving({ [row]: 0.95 }))?.(text, dehydration)).toBeUndefined();
    }
  });

  it('leaves an emergency rule as it is', () => {
    const floppy: RedFlag = { ...dehydration, ruleId: 'baby.unresponsive', level: 'emergency', message: 'emergency', row: 'baby-unresponsive' };
    expect(createLevelRaise(withShare(0.4), rules, netGiving({ 'mother-physical': 0.9 }))?.(text, floppy)).toBeUndefined();
  });
});
