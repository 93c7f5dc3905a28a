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
    'my 2 week old has barely woken today, only 4 feeds so far',
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
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('not back to birth weight beside long sleeps', () => {
  it.each([
    "he's 10 days, still not back up to his birth weight, and I let him sleep 5 hours at a time",
    'my 9 day old is not back to birth weight yet and sleeps 4 hour stretches',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Back to birth weight.
    "he's 10 days, back up to his birth weight, and I let him sleep 5 hours at a time",
    // Sleeps of under 4 hours, or sleepy at the breast only.
    'my 9 day old is not back to birth weight yet and sleeps 2 hour stretches',
    'my 10 day old is still under her birth weight and sleepy at the breast',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('feeds missed in a row beside a sleepier baby, before solids', () => {
  it.each([
    'my 4 month old has refused 2 feeds in a row and is more sleepy than usual',
    'my 2 month old has skipped two feeds in a row and is sleeping way more than usual',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Not sleepy.
    'my 4 month old has refused 2 feeds in a row while teething but is alert and playing',
    // Past 6 months, eating solids.
    'my 8 month old has refused 2 feeds in a row and is more sleepy than usual',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a baby told as getting thinner', () => {
  it.each([
    'my 7 month old has gone really skinny, you can see his ribs',
    'my 3 month old has barely put on weight and seems to be getting thinner',
    'he is 10 days old and looks thinner in the face to me',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // A look others judge, not a change.
    'my mum thinks my 3 month old is too skinny but the GP is happy with her growth',
    // Not the baby's body.
    "my 3 month old's hair is getting thinner at the back",
    'my 3 month old is 12 weeks and my milk looks thinner than it was',
    // Someone else's.
    "I'm getting thinner since breastfeeding my 3 month old",
    // In the first days, when a loss is expected.
    'my 3 day old looks thinner than at birth',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('no wee at all since the birth once a day has passed', () => {
  it.each([
    'baby is 36 hours old and has not passed urine at all yet',
    "he's 48 hours old and hasn't had a wee yet",
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Within the first day.
    "baby is 10 hours old and hasn't had a wee yet",
    // A wee told.
    'baby is 36 hours old and has had 2 wet nappies',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('three of the dehydration signs at once', () => {
  it.each([
    'no wet nappy for 12 hours, the soft spot looks sunk in and there are no tears when she cries',
    "my 9 week old is sleepy, his mouth is dry and there's been no wet nappy since 8 this morning",
    'the soft spot on his head has gone down like a saucer, his lips are cracked and he is so dozy, 10 weeks',
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
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
