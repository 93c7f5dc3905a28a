import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s16-nm: a near-miss kind from train-13 (pregnancy questions), fixed as a mechanism. The writer's own
// weeks of pregnancy ("we're 34 weeks", "37 weeks with baby number three", "an induction at 39 weeks") are not
// the baby's age, and tell that the baby is not born yet, as "still pregnant" does; a born baby's age told
// beside them keeps every baby rule. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe("the writer's weeks of pregnancy are not the baby's age", () => {
  it.each([
    "we're 34 weeks with our first, how soon after the birth does jaundice usually show up?",
    '37 weeks with baby number three. my other two both got jaundice, is that likely again?',
    "I'm booked for an induction at 39 weeks. do induced babies get jaundice more often?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // A born baby's age told beside the pregnancy: the baby's rules stand.
    "I'm 26 weeks pregnant again and my 3 week old is still yellow in his eyes",
    // Weeks of gestation at birth, then the age now.
    'our twins came at 36 weeks, they are 3 weeks old now and one is still yellow',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});
