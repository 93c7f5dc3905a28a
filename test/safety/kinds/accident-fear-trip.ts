import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-mind: a fear of an accident told as a trip (isAccidentFearOnly). The training files' writers label a
// passing fear of tripping with the baby a near miss, and an intrusive thought of harming the baby that is current
// and distressing a crisis. The rules leave the intrusive-thoughts reply out only when every thought of harm is a
// trip's drop or fall and nothing tells distress, persistence or a deliberate act; each calm wording is paired with
// the same story and one of those, which keeps the emergency. Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a passing fear of tripping with the baby is no intrusive thought of harm', () => {
  it.each([
    'carrying him down to the kitchen I sometimes get a flash of what if I trip and drop him, so I hold the banister. 5 weeks. normal?',
    'on the icy path I had a flash of tripping and her falling out of the sling, so I walk slowly now. she is 2 months',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // Distress or persistence told.
    'carrying him down to the kitchen I get a flash of what if I trip and drop him, and it will not stop, I have started avoiding the stairs',
    'on the icy path I had a flash of tripping and her falling out of the sling, now it comes every day and makes me feel sick',
    'carrying him down the stairs I keep picturing tripping and dropping him, over and over, I can not sleep',
    // Another thought of harm, or a deliberate word, beside the trip.
    'carrying him down to the kitchen I get a flash of what if I trip and drop him, and then I picture throwing him',
    'on the icy path I had a flash of tripping and dropping her, and part of me wanted to let go',
    'I picture tripping and dropping him on purpose, so I hold the banister',
  ])('"%s" keeps the emergency', (text) => expectRuleLevel(text, 'emergency'));
});
