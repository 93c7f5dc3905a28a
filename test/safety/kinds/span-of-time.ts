import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issue 11, s13-rf: "in 20*" of in_the_past is a year told as when ("in 2019 i had pnd"), not a span of time
// counted in minutes, hours or days ("filled a pad in 20 minutes" is happening now and is RED-FLAGS.md's
// soaking a pad an hour). Phrasings written for these tests.

const { expectRuleLevel, expectNoRuleFlag } = sharedRuleExpectations();

describe('a span of time beginning with 20-something is no year', () => {
  it.each([
    'filling a pad in 20 minutes, 4 days after the birth',
    'i went through a pad in 25 minutes and feel dizzy',
    'soaked through a maxi pad in 20 mins, baby is 6 days old',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a year is still when a story happened', () => {
  it.each(['in 2019 i had a big bleed after my first birth, will breastfeeding be different this time?'])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
