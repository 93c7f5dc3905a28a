import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s15-nm (carried in s16-nm): a near-miss kind from train-13 (whose sign), fixed as a mechanism. A
// baby's sign whose words start inside the writer's naming of her own wee ("my own wee", "my urine") is hers,
// not the baby's nappies, unless the baby's is said to be the same or the baby's dark wee is told too; "my wee
// one" (Scots for small) is still the baby. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe("the mother's own dark wee is not the baby's sign", () => {
  it.each([
    'is it normal that my own pee is so dark now I am nursing? I think I forget to drink',
    'my urine has gone quite dark orange this week, baby is 3 weeks and feeding well. do I need more water?',
    'breastfeeding makes me so thirsty and my own wee looks really dark by the evening',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // The baby's wee said to be the same, in a few words.
    'my pee is really dark and so is the baby s, he is 4 days old',
    'my own wee is dark and hers is too, she is 6 days',
    // The baby's own dark wee beside the mother's.
    'my own wee is fine but his nappies have had dark wee all day, 5 days old',
    // "my wee" is also Scots for small: the baby's sign stays.
    'my wee one has had really dark wee in his nappies since this morning, 8 days old',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});
