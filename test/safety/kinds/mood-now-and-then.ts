import { buildRuleTriage } from '../../../src/app/build-rule-triage';
import { ruleExpectations } from '../../support/rule-expectations';
import { sharedContent } from '../../support/shared-engine';

// Issue 11, s19-nm: RED-FLAGS.md's low mood row is "low mood most days for more than 2 weeks". A mood told as
// coming now and then ("a bit teary at times", "still feel sad about it sometimes") is not most days, however
// long since the birth or the loss (isToldNowAndThen). Each red flag below is written to break it: the mood also
// told as every day, lasting weeks or since the birth, hopeless or numb, the "sometimes" the baby's, or a crisis
// told as coming sometimes. Wordings written for this test.

const triage = buildRuleTriage(sharedContent());

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a low mood told as coming now and then raises no rule', () => {
  it.each([
    "now and then I still feel sad that the birth went the way it did, she's 4 months",
    'my daughter is 5 months and thriving on formula, I still feel sad sometimes that I stopped feeding her myself',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a low mood told as most days, lasting, or a crisis still escalates beside a "sometimes"', () => {
  it.each([
    ["I've felt low for 3 weeks and sometimes I cry in the car, baby is 7 weeks", 'soon'],
    ['sometimes I feel hopeless, baby is 6 weeks', 'soon'],
    ["I cry every day and sometimes I can't get out of bed, she's 2 months", 'soon'],
    ["felt sad and flat since the birth, sometimes worse at night, he's 6 weeks", 'soon'],
    ['baby is sometimes fussy, I have felt low and tearful for weeks now', 'soon'],
    ['i feel numb most days and sometimes cry, baby 10 weeks', 'soon'],
  ] as const)('"%s" is %s', (text, level) => expectRuleLevel(text, level));
  it.each([
    'sometimes I think everyone would be better off without me, baby is 5 weeks',
    'sometimes I want to hurt myself, baby 4 weeks',
    'now and then I get the urge to hurt my baby, he is 6 weeks',
  ])('"%s" is a crisis', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
