import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s12-rf-bugs: RED-FLAGS.md's exception to a temperature of 38 °C or more under 3 months, "within
// 48 h of vaccines in a well baby". A grizzly or fussy baby is still the well baby of the note, and hours
// counted from the jabs ("within hours of her vaccinations") are within 48 hours. Any sign of a baby who is
// not well, jabs more than two days ago, a bare "after his jabs" with no time, or no jabs at all still escalate
// (when unsure, escalate). Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a well baby with a temperature within 48 hours of jabs (after_jabs)', () => {
  it.each([
    "had her 8 week jabs this morning and tonight she's 38.1 under the arm, just grizzly, still feeding",
    'my 8 week old had his vaccinations a few hours ago and now has a temperature of 38.0, bit grizzly but feeding',
    'my baby has a fever of 38.0 within hours of her vaccinations, 8 weeks',
    'fever of 38.0 a few hours after her 8 week vaccinations, she is feeding ok',
    'within hours of his jabs he had a temperature of 38, feeding fine',
    'she had her 12 week immunisations yesterday and is 38.3 and grizzly, feeding and weeing as normal',
    'about 6 hours after his 8 week jabs he is 38.2 and a bit grizzly',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a temperature after jabs that still needs a person now', () => {
  it.each([
    // A baby who is not well.
    'had her jabs this morning, she is 38.4 and floppy, 8 weeks',
    '8 week jabs today, temp of 38.5 and he will not feed',
    '8 week old had jabs this morning, 38.0 and inconsolable, screaming for 3 hours',
    'had jabs today and she is 38.6, 12 weeks old, very sleepy',
    // Jabs more than 48 hours ago, or no time given.
    'jabs 3 days ago and now 38.2 and grizzly, 9 weeks old',
    'he is 38.3 after his jabs, 8 weeks old',
    // No jabs at all.
    'my 8 week old is 38.1 and grizzly',
    'my 6 week old is 38.0 and a bit grizzly, no jabs yet',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
