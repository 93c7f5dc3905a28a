import { sharedRuleTriage } from '../../support/shared-engine';
import { ruleExpectations } from '../../support/rule-expectations';

// Issue 11, s25-rfeed: the feeding, weight, nappy and dehydration rows told in words the rules did not read.
// RED-FLAGS.md: fewer than 8 feeds a day in the first weeks and sleepy, or many hours without a feed; not back
// to birth weight by about 2 weeks; too few wet nappies for the day of life; dehydration, an emergency when
// severe. Each kind has its calm twin in the same words: the sign absent, on the safe side of the number, too
// early, someone else's. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('few feeds beside sleep told in other words', () => {
  it.each([
    'my 6 day old feeds 5 or 6 times a day and sleeps between',
    'my 4 day old sucks for a minute then sleeps, 5 feeds in 24 hours',
    'my 8 day old latches for 3 minutes then falls asleep, only 6 feeds yesterday',
    'she is 5 days old, falls straight asleep at the breast and has had 5 feeds in the last day',
    "my 10 day old has fed only 4 times today and he's hard to get going at the breast",
    "my 6 day old feeds about 6 times a day, I keep waiting for him to cry but he doesn't",
    'my 8 day old is such a good sleeper, feeds 5 times a day',
    "my 5 day old has only had two feeds since midnight and it's 2pm, she keeps falling back asleep",
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // 8 feeds or more.
    'my 6 day old feeds 10 times a day and sleeps between',
    'my 4 day old sucks for a minute then sleeps, 10 feeds in 24 hours',
    "my 10 day old has fed 9 times today and he's hard to get going at the breast",
    "my 6 day old feeds about 10 times a day, I keep waiting for him to cry but he doesn't",
    // Past the first weeks.
    'my 3 month old feeds 5 times a day and sleeps between',
    // Told growing well.
    'my 8 day old is such a good sleeper, feeds 7 times a day and is gaining well',
    // Review of s25-rfeed: few feeds over a night, or beside good growth, with the sleep told as feeds ending in it.
    "my 7 week old has fed just once since 11pm and it's 6am now, she's a good sleeper and has 10 feeds in the day",
    'my 5 week old only fed twice overnight, 10pm to 6am, falling back asleep after each one, good weight gain',
    "my 8 week old has had only two feeds since midnight and it's 7am, she's such a good sleeper",
    // "Hard to get going" alone, feeding often: no emergency, no rule.
    'my 10 day old is hard to get going in the mornings but feeds 10 times a day',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('hard to wake in other words', () => {
  it.each([
    // Review of s25-rfeed: "barely woken" is hard to wake, as "barely wakes" is.
    'my 2 week old has barely woken today, only 4 feeds so far',
    'my 9 day old is yellow and has hardly woken today',
    'my 6 day old is jaundiced and is hard to get going for feeds',
    'my 5 day old has barely woken for feeds and looks quite yellow',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('not back to birth weight beside long sleeps', () => {
  it.each([
    "he's 10 days, still not back up to his birth weight, and I let him sleep 5 hours at a time",
    'my 9 day old is not back to birth weight yet and sleeps 4 hour stretches',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Back to birth weight.
    "he's 10 days, back up to his birth weight, and I let him sleep 5 hours at a time",
    // Review of s25-rfeed: the long sleep is what she would do if left, woken sooner; back to birth weight now.
    "my 7 day old isn't back to birth weight yet so I wake her every 3 hours, she would go 5 hours otherwise",
    'my 10 day old was not back to birth weight at day 5 but now is, and sleeps 4 hours at a time',
    // Sleeps of under 4 hours, or sleepy at the breast only.
    'my 9 day old is not back to birth weight yet and sleeps 2 hour stretches',
    'my 10 day old is still under her birth weight and sleepy at the breast',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('no wee at all since the birth once a day has passed', () => {
  it.each([
    'baby is 36 hours old and has not passed urine at all yet',
    "he's 48 hours old and hasn't had a wee yet",
    // Review of s25-rfeed: in other words.
    'my 2 day old has had no wet nappy since birth',
    "she's 30 hours old and I don't think she has done a wee at all yet",
    "he's a day and a half old and we haven't seen a wee yet",
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Within the first day.
    "baby is 10 hours old and hasn't had a wee yet",
    // A wee told.
    'baby is 36 hours old and has had 2 wet nappies',
    // Review of s25-rfeed: a past day, the bath, on a parent, or this morning only.
    'our 4 day old had no wees at all on day 1 but has had 4 wet nappies today',
    'my 2 week old did no wees at all in the bath tonight, he usually does',
    '3 weeks old and not a single wee on me yet, plenty of wet nappies',
    "my 3 week old hasn't had a wee yet this morning, he only woke an hour ago",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('three of the dehydration signs at once', () => {
  it.each([
    'no wet nappy for 12 hours, the soft spot looks sunk in and there are no tears when she cries',
    "my 9 week old is sleepy, his mouth is dry and there's been no wet nappy since 8 this morning",
    'the soft spot on his head has sunk in, his lips are dry and he is so dozy, 10 weeks',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // Two signs: urgent today.
    'no wet nappy for 12 hours and there are no tears when she cries, 3 months',
    "my 9 week old's mouth is dry and there's been no wet nappy since 8 this morning",
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Not sunken, and the lips the mother's.
    'the soft spot on his head is flat, not sunken like a saucer, 10 weeks',
    'my lips are cracked from the cold, baby is 10 weeks and feeding well',
    // Review of s25-rfeed: cracked lips from the sun or from sucking, with plenty of wet nappies; a soft spot
    // shaped like a saucer but told flat.
    'his lips are cracked from the sun on holiday, 5 months, plenty of wet nappies',
    'her lips are cracked from sucking hard, a little blister on top, 2 weeks, lots of wet nappies',
    "the soft spot is a small saucer shape, it's flat, not sunken, 3 months and feeding well",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
