import { sharedRuleTriage } from '../../support/shared-engine';
import { ruleExpectations } from '../../support/rule-expectations';

// Issue 11, s24-milk: a newborn who feeds fewer than 8 times a day and sleeps the rest, told in other words ("sleeps
// the rest", "falls asleep the second she's on", "keeps falling back asleep", "two 5 hour sleeps"). RED-FLAGS.md:
// fewer than 8 feeds a day in the first weeks and sleepy. Calm twins: 8 or more feeds, a baby told growing well,
// a baby past the first weeks. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('few feeds with the sleep told in other words', () => {
  it.each([
    'she is 6 days old, feeds maybe 5 times a day and sleeps the rest',
    'my 9 day old only fed 6 times yesterday and keeps falling back asleep',
    "10 days old, 6 feeds since yesterday and he falls asleep the second he's on",
    "5 days old, he's done two 6 hour sleeps today and only 5 feeds",
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // 8 feeds or more.
    'she is 6 days old, feeds 10 times a day and sleeps the rest',
    // Past the first weeks.
    'my 5 month old feeds 6 times a day and sleeps the rest',
    // Growing well.
    'my 2 week old feeds 7 times a day and sleeps the rest, gaining well and lots of wet nappies',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
