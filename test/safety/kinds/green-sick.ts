import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// s23-green: green or yellow-green sick in a baby is NHS inform's 999 sign (rule baby.green_vomit). Before it
// only the learned net caught some of these, at the wrong level, and "my baby's sick has gone bright green"
// got an ordinary answer. Phrasings written for these tests, not taken from the corpora.

const triage = sharedRuleTriage();

const { expectNoRuleFlag } = ruleExpectations(triage);

function expectGreenSick(text: string): void {
  const found = triage(text, [], {});
  expect({ text, rule: found?.ruleId, level: found?.level }).toEqual({ text, rule: 'baby.green_vomit', level: 'emergency' });
}

describe('green sick told of the baby is an emergency', () => {
  it.each([
    "my 5 week old's sick has gone a really bright green colour",
    'he brought up his feed and it was dark green, 12 days old',
    'she keeps being sick and now it is yellow-green',
    'there were green bits in her vomit after the last two feeds',
    'threw up green bile twice tonight and his tummy is tight, 3 weeks',
    'vomiting green since this morning, 2 week old boy',
    'my partner says the baby spat up something green, she is 8 days',
    // The review of s23-green: bile without the word green, other verbs, a food the mother ate.
    'bringing up bile after most feeds, 11 days old',
    'she puked up something green an hour ago, 4 weeks',
    "I had a big bowl of spinach last night, is that why my 3 week old's sick is green?",
  ])('"%s"', (text) => expectGreenSick(text));
});

describe('green told of something else beside being sick raises no green-sick rule', () => {
  it.each([
    // A green poo beside sick, in either order.
    'his poo has been green and he was sick a little after the feed, 4 weeks',
    'she was sick after the feed and her poo is green today, 3 weeks',
    // Food brought back up, and the mother's own sick.
    'he had pea puree at lunch and brought it back up, 8 months old',
    "I've been vomiting green bile since last night, can I still feed my 5 week old?",
    // A green thing the sick landed on or came with (the review of s23-green found these sent to 999).
    'she was sick down her green sleepsuit after the feed, 6 weeks',
    'he brought up some milk onto the green play mat, 2 months',
    'poorly with a cold, sick once, and lots of green snot, 7 weeks',
    'she had a green fruit pouch and brought a bit back up, 8 months',
  ])('"%s"', (text) => {
    const found = triage(text, [], {});
    expect({ text, rule: found?.ruleId }).not.toEqual({ text, rule: 'baby.green_vomit' });
  });

  it('ordinary sick with no colour raises no rule', () => expectNoRuleFlag('he is sick a little after most feeds, happy and gaining, 6 weeks'));
});
