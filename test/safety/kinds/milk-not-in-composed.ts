import { sharedRuleTriage } from '../../support/shared-engine';
import { ruleExpectations } from '../../support/rule-expectations';

// Issue 11, s17-rf: milk not in told the ways train-15's writers told it. Next to no milk before the word milk
// ("no proper milk", "hardly any milk"), milk "not really there", a couple of ml or drops when pumping, and a baby
// in neonatal care (a mother making milk by pumping alone) as a known risk: each is milk not in only within the
// milk-not-in rules' days, never in the normal window or weeks later. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('milk not in, composed from next to no milk, a couple of ml and neonatal care', () => {
  it.each([
    'day 6 after my caesarean and there is still hardly any milk, she cries after every feed',
    "we're on day 5 and I've got barely any milk, I had pre-eclampsia",
    "I'm pumping for my baby who is in special care, it's day 4 and I only get a couple of ml each time",
    'our girl is in special care, 5 days old, and my milk still is not really there',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // The normal window.
    "day 2 with my baby in special care and I'm only getting a couple of ml, is that ok?",
    // Weeks later: a supply question.
    "she's 6 weeks old and when I pump at work there's hardly any milk",
    // Next to no milk of another kind.
    'he is 5 days old and barely any milk comes back up after his feeds',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
