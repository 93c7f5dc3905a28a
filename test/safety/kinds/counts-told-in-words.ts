import { sharedRuleTriage } from '../../support/shared-engine';
import { ruleExpectations } from '../../support/rule-expectations';

// Issue 11, s24-milk: numbers told so the rules misread them. A nappy count over several days ("3 poos in the last
// 3 days") is read as a day's average against the chart's day minimum (RED-FLAGS.md: fewer than 2 dirty nappies
// a day from day 3 in the first weeks; wet nappies by the day of life), unless it is told as a day's already
// ("7 wet nappies a day over the last 4 days"); "one hundred and one" is 101, not 100. Each beside its calm twin
// on the safe side of the number. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a nappy count over several days is a day\'s average', () => {
  it.each([
    'my 10 day old has only done 2 poos in the last 3 days',
    'day 6 and just 3 dirty nappies in 3 days',
    'day 5 and 6 wet nappies in 2 days',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    'my 10 day old has done 9 poos in the last 3 days',
    'day 5 and 14 wet nappies in 2 days, all heavy',
    // A day's count over several days: not divided again.
    'my 10 day old has had 7 wet nappies a day over the last 4 days',
    'two weeks old and 3 poos per day over the past 3 days, are they too runny?',
    'my 12 day old: 6 heavy wet ones daily in the last 3 days and at least 3 poos a day over the last 3 days',
    'she is 11 days old, 4 dirty nappies every day over the last 5 days',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a temperature in words', () => {
  it('"one hundred and one" at seven weeks is a fever under 3 months', () => expectRuleLevel('my seven week old feels hot and the thermometer says one hundred and one', 'emergency'));
  it('"ninety nine" at seven weeks is no fever', () => expectNoRuleFlag('my seven week old feels warm and the thermometer says ninety nine'));
});
