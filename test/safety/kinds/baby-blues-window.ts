import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s17-nm: a near-miss kind (low mood told as the blues while the baby is under two weeks), fixed as a
// mechanism (withinBabyBlues). RED-FLAGS.md's low mood row is "most days for more than 2 weeks", and "baby blues
// in the first two weeks are common and pass": with the baby's age told under two weeks, nothing letting the
// mood be older (a pregnancy, a span of two weeks or more), and the mood told as the blues (named, easing or
// coped with), the row is not raised. Told with none of that, it still is. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a low mood told as the blues while the baby is under two weeks is not the low mood row', () => {
  it.each([
    'she is 9 days old and I have cried every day since we got home, is this the blues?',
    'our son is 6 days old and I have been weepy every single day since the birth, is it just the baby blues?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'I have cried every day since I was pregnant and now she is 9 days old',
    'weepy every single day since the birth, our son is 3 weeks old',
    'i cry every day. 5 months',
    'my baby is 8 days old and I have felt empty every day since the birth',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));
});
