import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s16-nm: a near-miss kind from train-14 (a sign's number read from a limit told), fixed as a
// mechanism. A share told as an upper bound ("up to 10% can be normal", "under 10 percent", "less than 10%")
// is at most that much, never a loss of a tenth or more; a loss told of the baby beside it still counts.
// Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a share told as an upper bound is no weight loss of that much', () => {
  it.each([
    'she lost 7% by the day 3 weigh and the midwife said up to 10% is fine. how often should she feed?',
    'he has lost less than 10 percent, 4 days old, feeding well',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'he has lost more than 10 percent, 4 days old',
    'he lost 12 percent and the midwife said up to 10% is normal',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});
