import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s13-rf: a bare age signing off a message ("…, 3 weeks", "he's yellow. 16 days.") was never read as
// the baby's age, so age bands did not apply (a 4-month-old's 38.2 escalated as a newborn's; jaundice at 3
// weeks was escalated only as of unknown age). A number and its unit standing alone as a clause after the story
// is the age; it still counts as a duration too. A count of nappies "by lunchtime" is half a day's.
// Phrasings written for these tests.

const { triage, expectRuleLevel, expectNoRuleFlag } = sharedRuleExpectations();

describe('a bare age after the story is the baby age', () => {
  it.each([
    ['her eyes are still yellow, 3 weeks', 21],
    ['he looks a bit yellow. 16 days.', 16],
    ['temp of 38.1 under the arm, 4 months', 121.6],
    ['pulling off the breast a lot, 7 weeks, is it a growth spurt?', 49],
  ])('"%s" is %d days old', (text, days) => expect(triage.recogniser.recognise(text).ageDays).toBeCloseTo(days, 0));

  it('a 4-month-old at 38.1 is not the emergency of a baby under 3 months', () => expectNoRuleFlag('temp of 38.1 under the arm, 4 months, bit snotty'));
  it('a 6-week-old at 38.1 still is', () => expectRuleLevel('temp of 38.1 under the arm, 6 weeks, bit snotty', 'emergency'));
  it('still a duration too: "no poo, 4 days" in a young baby', () => expectRuleLevel('no poo at all, 4 days, he is 3 weeks old', 'urgent_today'));
});

describe('nappies counted by lunchtime are half a day', () => {
  it.each(['5 wet nappies by lunchtime, she is 2 months', 'had 4 wet ones by midday, 10 weeks'])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each(['only 1 wet nappy by lunchtime, she is 10 days old', 'just 2 wet nappies by lunch, 3 weeks'])('"%s" is still too few', (text) =>
    expectRuleLevel(text, 'urgent_today'),
  );
});

describe("a temperature told beside only the writer's own time since the birth is hers", () => {
  it.each([
    'fever of 38.5 and a sore throat, 2 weeks postpartum, breasts fine, no tummy pain',
    "i'm 5 weeks post partum with a cold, temp 38.2 and shivery, boobs are fine",
  ])('"%s" is no baby fever', (text) => expect(triage(text, [], {})?.row).not.toBe('baby-temperature'));
  it.each(['4 weeks pp and the baby has a temp of 38.3', '3 weeks postpartum, my son is 38.1 and sleepy'])('"%s" is still the baby\'s fever', (text) =>
    expectRuleLevel(text, 'emergency'),
  );
});
