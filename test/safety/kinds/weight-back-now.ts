import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s16-nm: a near-miss kind from train-13 (past or resolved), fixed as a mechanism. A weight loss told
// with the weight back now ("back above his birth weight", "had put it all back on"), in its sentence or the
// next, with nothing told worse, is over. A weight wished for ("wants her back to birth weight"), a regain
// denied, or a loss told again after it keeps the sign. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a weight loss told with the weight back now', () => {
  it.each([
    'he lost 11% in the first week but he is back above his birth weight now, can we stop top ups?',
    'our daughter dropped 10 percent by day 4 and had put it all back on by day 10. how often should we weigh her?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'she has lost 12% and the midwife wants her back to birth weight by day 14',
    'he lost 11% and has not put it back on yet, 9 days old',
    'he lost 11% and is back above his birth weight but now he is losing weight again',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});
