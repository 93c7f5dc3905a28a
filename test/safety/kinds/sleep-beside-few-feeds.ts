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
    // A day's feeds counted since the morning, told in the evening.
    "it's 8pm and my 9 day old has only fed 4 times since this morning, she keeps falling back asleep",
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // 8 feeds or more.
    'she is 6 days old, feeds 10 times a day and sleeps the rest',
    // Past the first weeks.
    'my 5 month old feeds 6 times a day and sleeps the rest',
    // Growing well.
    'my 2 week old feeds 7 times a day and sleeps the rest, gaining well and lots of wet nappies',
    "my 16 day old feeds 6 times a day and sleeps the rest, the health visitor pleased with her weight",
    // Feeds counted for part of the day: no day's count.
    'my 2 week old wakes to feed 3 times a night and falls back asleep straight after',
    'my 10 day old has 4 feeds overnight and falls back asleep easily after each',
    'my 12 day old cluster feeds 6 times in the evening and sleeps the rest of the night',
    'my 3 week old had 3 feeds this morning and slept the rest of the afternoon',
    'my 11 day old fed 3 times between 10pm and 6am and falls back asleep each time',
    'my 9 day old has fed 4 times since midnight and keeps falling back asleep, it is 7am',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
