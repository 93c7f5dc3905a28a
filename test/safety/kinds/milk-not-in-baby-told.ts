import { sharedRuleTriage } from '../../support/shared-engine';
import { ruleExpectations } from '../../support/rule-expectations';

// Issue 11, s24-milk: milk not in beside the baby's nappies or weight off track told in words ("nappies are light",
// "drying up", "not weeing much", "8% down"), a risk for late milk told as a history ("a breast reduction years
// ago": past by nature, still a risk now), and milk not in told in other words ("drops only", "neither breast has
// filled", "nothing happening with my boobs"). RED-FLAGS.md: milk not in by about 72 hours, especially with the
// nappies or weight off track. Each beside its calm twin: the same words with the nappies and weight on track,
// the risk denied, or the days before milk is due. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('milk not in with the baby off track told in words', () => {
  it.each([
    "my milk still hasn't come in, she's 5 days old and her nappies are light",
    'day 4, still no milk and his nappies are drying up',
    "milk not in yet on day 4 and she's not weeing much",
    'my milk has not come in and he is 6% down at day 4',
    "it's day 5 and still no milk, she's not had a wet nappy today",
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // The nappies on the chart with yellow poo: the milk is in, whatever the breasts feel.
    "my milk doesn't feel in yet on day 5 but he's had 6 wet nappies and 3 yellow poos today",
    // Lighter nappies of a baby whose milk came in.
    'my milk came in on day 3, is it normal that the nappies are lighter at night?',
    // Nappies named in a question asked ahead, with no baby yet or no age told.
    "what happens if the nappies are light and my milk isn't in? I'm 35 weeks and preparing",
    'what should we do if my milk has not come in and the nappies are mostly dry?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a risk for late milk told as a history', () => {
  it.each([
    "I had a breast reduction years ago and now it's day 4 and only drops",
    "I had breast augmentation a long time ago, day 4 and my milk hasn't come in",
    'I bled a lot at the birth, it is day 4 and my milk is not in',
    // Another birth's and this one's.
    'I was induced with my first and again this time, it is day 4 and my milk is not in',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // The days before milk is due.
    "I had a breast reduction years ago, baby is 1 day old and it's only drops so far",
    // The milk in.
    "I had a breast reduction years ago, it's day 4 and my milk came in last night",
    // The risk was another birth's: the first baby's, or the writer's own birth.
    "I had an emergency section with my first, not this time though, she's 3 days old and my milk isn't in yet",
    'my mum had a huge bleed when i was born and never made milk, my son is 4 days old and my milk is in',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('milk not in told in other words', () => {
  it.each([
    "day 6 and neither breast has filled, he's losing weight",
    'had a caesarean, day 4 and it is like nothing is happening with my boobs',
    'drops only when I pump on day 5 after my section',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // The days before milk is due.
    'day 2 after my section and drops only so far, is that normal?',
    // Drops of something else, and not the first days.
    'she is 3 months old and takes her vitamin drops only in the morning',
    // Words that are no milk: vitamin drops, a baby unhurt, a tiny bit of something else, an amount that is no drops.
    'my 5 day old is on breastmilk and vitamin drops only, no formula',
    'my 6 day old slid off the changing mat but nothing happened to them',
    'my 6 day old is back to feeding like nothing has happened after the jaundice',
    'my 5 day old only has a tiny bit of sticky eye left',
    "it's day 6 and I'm getting like 70 ml each time I pump",
    'day 5 and I pump barely 45 ml on top of his feeds',
    // The milk told as come in beside the breasts' words.
    'my milk came in on day 3 and now on day 6 nothing is happening with my breasts, they feel soft',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
