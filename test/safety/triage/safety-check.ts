import { createSafetyCheck } from '../../../src/safety/safety-check';
import type { NetVerdict, SafetyNet } from '../../../src/safety/safety-net';
import type { SafetyFile } from '../../../src/safety/safety-schema';
import type { Recognition } from '../../../src/safety/sign-recogniser';
import { sharedContent, sharedRuleTriage } from '../../support/shared-engine';

const content = sharedContent();
const rules = sharedRuleTriage();

/**
 * A stand-in for the trained net that gives the probabilities a test names for a message holding a word,
 * so each test sets up the one verdict it is about rather than depending on what the real net learnt.
 */
function netSaying(verdicts: { word: string; probabilities: Record<string, number> }[]): SafetyNet {
  const rowNames = ['(none)', ...Object.keys(content.safetyRules.safety_check.rows).sort()];
  const assess = (recognition: Recognition): NetVerdict => {
    const words = new Set(recognition.tokens.map((token) => token.word));
    const chosen = verdicts.find((verdict) => words.has(verdict.word))?.probabilities ?? { '(none)': 1 };
    const probabilities = Float64Array.from(rowNames, (row) => chosen[row] ?? 0);
    let best = 1;
    for (let label = 2; label < rowNames.length; label++) if (probabilities[label] > probabilities[best]) best = label;
    return { row: rowNames[best], probabilityNone: probabilities[0], probabilityRow: probabilities[best], probabilities };
  };
  return { assess, rowNames } as unknown as SafetyNet;
}

function settings(changes: Partial<SafetyFile['safety_check']>): SafetyFile {
  return { ...content.safetyRules, safety_check: { ...content.safetyRules.safety_check, ...changes } };
}

describe('createSafetyCheck', () => {
  it('leaves a row decided by a number the rules read to the rules, unless the net is surer than sure_over_numbers', () => {
    const net = netSaying([{ word: 'temperature', probabilities: { '(none)': 0.05, 'baby-temperature': 0.95 } }]);
    const check = createSafetyCheck(settings({ alternative_share: 0.1 }), rules, net);
    expect(check('my 5 month old has a temperature of 38.2', {})).toBeUndefined();
  });

  it('checks the next likeliest row when the likeliest is the rules\' to decide', () => {
    const text = 'one breast is warm and pink and I have a temperature of 38.2 with chills';
    const net = netSaying([{ word: 'pink', probabilities: { '(none)': 0.1, 'baby-temperature': 0.6, 'mother-mastitis': 0.3 } }]);
    expect(createSafetyCheck(settings({ alternative_share: 0.1 }), rules, net)(text, {})?.ruleId).toBe('check.mother-mastitis');
    expect(createSafetyCheck(settings({ alternative_share: 1 }), rules, net)(text, {})).toBeUndefined();
    // A row the net barely considers is no alternative.
    expect(createSafetyCheck(settings({ alternative_share: 0.4 }), rules, net)(text, {})).toBeUndefined();
  });

  it('sends the crisis check for one alarming sentence in a longer feeding question', () => {
    const text = 'How do I store pumped milk for work? Lately I think everyone would be better off without me around. Single or double pump?';
    // The whole message reads as ordinary; the sentence alone does not.
    const net = netSaying([
      { word: 'store', probabilities: { '(none)': 0.8, 'mother-mental-health': 0.2 } },
      { word: 'lately', probabilities: { '(none)': 0.1, 'mother-mental-health': 0.9 } },
    ]);
    const bySentence = { rows: ['mother-mental-health'], threshold: 0.2 };
    expect(createSafetyCheck(settings({ by_sentence: bySentence }), rules, net)(text, {})?.ruleId).toBe('check.mother-mental-health');
    expect(createSafetyCheck(settings({ by_sentence: undefined, crisis_doubt: undefined }), rules, net)(text, {})).toBeUndefined();
    // Sentences are read again only where the whole message gives the row some chance.
    expect(createSafetyCheck(settings({ by_sentence: { ...bySentence, whole_minimum: 0.3 }, crisis_doubt: undefined }), rules, net)(text, {})).toBeUndefined();
  });

  it('gives the crisis line for a low-mood check the net also reads as a possible crisis', () => {
    const text = 'I have felt off for weeks now and I am tired of all of it';
    const net = netSaying([{ word: 'off', probabilities: { '(none)': 0.2, 'mother-low-mood': 0.6, 'mother-mental-health': 0.2 } }]);
    const lean = { rows: ['mother-low-mood'], share: 0.15 };
    expect(createSafetyCheck(settings({ crisis_lean: lean }), rules, net)(text, {})?.ruleId).toBe('check.mother-mental-health');
    expect(createSafetyCheck(settings({ crisis_lean: undefined, crisis_doubt: undefined }), rules, net)(text, {})?.ruleId).toBe('check.mother-low-mood');
    // A crisis the net holds less likely than the share leaves the low-mood line.
    expect(createSafetyCheck(settings({ crisis_lean: { ...lean, share: 0.3 }, crisis_doubt: undefined }), rules, net)(text, {})?.ruleId).toBe('check.mother-low-mood');
  });

  it('gives the crisis line where the net reads a crisis as possible though not likeliest', () => {
    const text = 'i keep counting the tablets in the cupboard, baby is 2 months and feeding fine';
    const net = netSaying([{ word: 'counting', probabilities: { '(none)': 0.8, 'mother-mental-health': 0.18, 'mother-low-mood': 0.02 } }]);
    const doubt = { share: 0.15, none_below: 0.9 };
    expect(createSafetyCheck(settings({ crisis_doubt: doubt }), rules, net)(text, {})?.ruleId).toBe('check.mother-mental-health');
    expect(createSafetyCheck(settings({ crisis_doubt: undefined }), rules, net)(text, {})).toBeUndefined();
    // Below the share, or with "no red flag" surer than none_below, no check.
    expect(createSafetyCheck(settings({ crisis_doubt: { ...doubt, share: 0.2 } }), rules, net)(text, {})).toBeUndefined();
    expect(createSafetyCheck(settings({ crisis_doubt: { ...doubt, none_below: 0.75 } }), rules, net)(text, {})).toBeUndefined();
  });

  it('lets crisis doubt lift a "see someone soon" check but never replace a more urgent row', () => {
    const low = netSaying([{ word: 'weeks', probabilities: { '(none)': 0.1, 'mother-low-mood': 0.72, 'mother-mental-health': 0.18 } }]);
    const doubt = { share: 0.15, none_below: 0.9 };
    const text = 'low and flat for weeks, nothing feels worth it';
    expect(createSafetyCheck(settings({ crisis_doubt: doubt, crisis_lean: undefined }), rules, low)(text, {})?.ruleId).toBe('check.mother-mental-health');
    expect(createSafetyCheck(settings({ crisis_doubt: undefined, crisis_lean: undefined }), rules, low)(text, {})?.ruleId).toBe('check.mother-low-mood');
    const urgent = netSaying([{ word: 'spot', probabilities: { '(none)': 0.1, 'baby-skin-rash': 0.7, 'mother-mental-health': 0.2 } }]);
    expect(createSafetyCheck(settings({ crisis_doubt: doubt }), rules, urgent)('a purple spot on her leg that does not fade', {})?.ruleId).toBe('check.baby-skin-rash');
  });

  it('speaks on a row a number decides only where the rules could not judge the number and the net is surer than sure_over_numbers', () => {
    // Nothing the rules could judge: no age for the milk-late dialog's row, a temperature with no age.
    const pumping = netSaying([{ word: 'pump', probabilities: { '(none)': 0.005, 'mother-milk-not-in': 0.995 } }]);
    const pumpingText = 'nothing at all when i pump, not even drops';
    expect(createSafetyCheck(settings({ sure_over_numbers: 0.01 }), rules, pumping)(pumpingText, {})?.ruleId).toBe('check.mother-milk-not-in');
    expect(createSafetyCheck(settings({ sure_over_numbers: 0 }), rules, pumping)(pumpingText, {})).toBeUndefined();
    expect(createSafetyCheck(settings({ sure_over_numbers: 0.004 }), rules, pumping)(pumpingText, {})).toBeUndefined();
    const hot = netSaying([{ word: 'temperature', probabilities: { '(none)': 0.005, 'baby-temperature': 0.995 } }]);
    expect(createSafetyCheck(settings({ sure_over_numbers: 0.01 }), rules, hot)('she has a temperature of 38.2', {})?.ruleId).toBe('check.baby-temperature');
    expect(createSafetyCheck(settings({ sure_over_numbers: 0 }), rules, hot)('she has a temperature of 38.2', {})).toBeUndefined();
    // The age told (or known from the conversation): the rules judged the number, however sure the net.
    expect(createSafetyCheck(settings({ sure_over_numbers: 0.01 }), rules, pumping)(`day 4 and ${pumpingText}`, {})).toBeUndefined();
    expect(createSafetyCheck(settings({ sure_over_numbers: 0.01 }), rules, hot)('my 5 month old has a temperature of 38.2', {})).toBeUndefined();
    expect(createSafetyCheck(settings({ sure_over_numbers: 0.01 }), rules, hot)('she has a temperature of 38.2', { days_since_birth: 150 })).toBeUndefined();
    // Read as the mother's own number: judged too, not the baby's.
    expect(createSafetyCheck(settings({ sure_over_numbers: 0.01 }), rules, hot)('I have a temperature of 38.2', {})).toBeUndefined();
    // Without the gate (as before it), the sure net overruled the judged number.
    expect(createSafetyCheck(settings({ sure_over_numbers: 0.01 }), rules, hot, undefined, { numbersGate: false })('my 5 month old has a temperature of 38.2', {})?.ruleId).toBe('check.baby-temperature');
  });

  it('gives the crisis row a threshold of its own', () => {
    const net = netSaying([{ word: 'tired', probabilities: { '(none)': 0.45, 'mother-mental-health': 0.55 } }]);
    const text = 'so tired of everything, I just want it all to stop';
    expect(createSafetyCheck(settings({ row_thresholds: { 'mother-mental-health': 0.5 } }), rules, net, 0.4)(text, {})?.ruleId).toBe('check.mother-mental-health');
    expect(createSafetyCheck(settings({ row_thresholds: {}, crisis_doubt: undefined }), rules, net, 0.4)(text, {})).toBeUndefined();
  });
});

describe('a rule exception and the safety check (review finding 6)', () => {
  it('never silences the crisis row, however the rules read the message', () => {
    const text = 'my wife is acting really strange, talking non stop and has not slept in days, it was like this last time with her first';
    const net = netSaying([{ word: 'strange', probabilities: { '(none)': 0.034, 'mother-mental-health': 0.966 } }]);
    expect(createSafetyCheck(settings({}), rules, net)(text, {})?.row).toBe('mother-mental-health');
  });

  it('lets an exception decide another row only where the net is less sure than overrule_threshold', () => {
    const text = 'tiny red spots on his tummy, they went white under the glass';
    const sure = netSaying([{ word: 'spots', probabilities: { '(none)': 0.05, 'baby-skin-rash': 0.95 } }]);
    const unsure = netSaying([{ word: 'spots', probabilities: { '(none)': 0.25, 'baby-skin-rash': 0.75 } }]);
    const check = (net: SafetyNet) => createSafetyCheck(settings({ overrule_threshold: 0.15, threshold: 0.35 }), rules, net)(text, {});
    expect(check(sure)?.row).toBe('baby-skin-rash');
    expect(check(unsure)).toBeUndefined();
  });
});
