import { sharedRuleTriage } from '../../support/shared-engine';
import { ruleExpectations } from '../../support/rule-expectations';

// Issue 11, s24-milk: numbers told so the rules misread them. A nappy count over several days ("3 poos in the last
// 3 days") is read as a day's average against the chart's day minimum (RED-FLAGS.md: fewer than 2 dirty nappies
// a day from day 3 in the first weeks; wet nappies by the day of life); "one hundred and one" is 101, not 100; a
// weight "10% less than at birth" is a loss now, not a story of long ago (long_ago's "at birth"). Each beside
// its calm twin on the safe side of the number. Phrasings written for these tests.

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
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a temperature in words', () => {
  it('"one hundred and one" at seven weeks is a fever under 3 months', () => expectRuleLevel('my seven week old feels hot and the thermometer says one hundred and one', 'emergency'));
  it('"ninety nine" at seven weeks is no fever', () => expectNoRuleFlag('my seven week old feels warm and the thermometer says ninety nine'));
});

describe('a weight compared with the birth weight', () => {
  it('10% less than at birth is a loss of 10%', () => expectRuleLevel('day 5 and he weighs 10% less than at birth', 'urgent_today'));
  it('6% less than at birth is not', () => expectNoRuleFlag('day 5 and he weighs 6% less than at birth'));
});
