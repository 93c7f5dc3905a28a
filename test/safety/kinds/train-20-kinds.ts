import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s22-ue: the kinds of train-20's misses and under-escalations, each fixed as a kind (content/safety.yaml,
// src/safety) with a near miss beside it that must stay calm. Phrasings written for these tests, not taken from
// the corpora.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

/** The rules alone give `row` at `level`. */
function expectRow(text: string, row: string, level: string): void {
  const found = triage(text, [], {});
  expect({ text, row: found?.row, level: found?.level }).toEqual({ text, row, level });
}

describe("whose: the writer who took a baby's reading is not its owner", () => {
  it.each([
    'my son is 6 weeks and seems warm, I took it in his armpit and it reads 38.2',
    'my son is 7 weeks and I got 38.1 under his arm',
    "I'm babysitting my granddaughter who is 6 weeks old, I got 38.4 on the ear thermometer",
    "I'm the nanny for a 10 week old, she's been sleepy all afternoon and I got 38.2 on the forehead thermometer",
  ])('"%s" is the baby\'s fever, an emergency', (text) => expectRow(text, 'baby-temperature', 'emergency'));

  it.each([
    // Her own reading, with her breast, stays the mastitis row.
    'I got 38.5 this morning and my left breast is red and sore, baby is 3 weeks',
    'I got 38.5 on my thermometer and my left breast is red and sore, baby is 3 weeks',
  ])('"%s" is the mastitis row, urgent today', (text) => expectRow(text, 'mother-mastitis', 'urgent_today'));

  it.each([
    // A normal reading, a reading taken before any baby is named, and a carer's reading at an age past the
    // fever rule, raise nothing.
    'I took it twice tonight and it was 37.1 both times, my son is 6 weeks',
    'I took it this morning and it says 38.2 but I feel fine, baby is 3 weeks, my breast is fine',
    "I'm the nanny for a 5 month old, I got 38.2 on the thermometer",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('blood in the sick told by its colour is urgent today', () => {
  it.each([
    'he brought up some milk with pinkish brown flecks in it',
    'there were pink bits in her spit up after this feed, 3 weeks old',
  ])('"%s" is urgent today', (text) => expectRow(text, 'baby-blood', 'urgent_today'));

  it.each([
    // A single fleck once, and blood swallowed at the birth as the midwife told it, are near misses.
    'there was one pink fleck in his spit up once last week, nothing since',
    'she spat up a tiny pink fleck just after she was born, the midwife said it was blood she swallowed during delivery',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('blood in milk told with a span up to now lasts', () => {
  it.each(['the milk I pump has had pink streaks in it for the past week, baby is 6 weeks'])('"%s" is soon', (text) => expectRow(text, 'mother-blood-in-milk', 'soon'));

  it.each(['for the past week my pumped milk has looked creamy and white, baby is 6 weeks'])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('few feeds with the baby asleep soon into each feed', () => {
  it.each(['she is 5 days old and has fed only 6 times in 24 hours, she is asleep within 2 minutes every time'])('"%s" is urgent today', (text) =>
    expectRow(text, 'baby-not-feeding', 'urgent_today'),
  );

  it.each(['she is 5 days old and feeds 10 times in 24 hours and is asleep after about 20 minutes'])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a fit back again after one in the past is an emergency', () => {
  it.each(['my 8 month old had a fit with a fever last month, today it happened again'])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // Asked about ahead, after one checked in the past: no fit now.
    'my 8 month old had a febrile fit last month, checked at hospital, what should I do if it happens again?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('three dehydration signs told across a long message are an emergency', () => {
  it.each([
    'the soft bit on top of his head looks sunk in since the tummy bug started yesterday, his lips are dry and cracked, only one wet nappy since breakfast and it is teatime now, he just wants to sleep. 6 weeks',
  ])('"%s" is an emergency', (text) => expectRow(text, 'baby-dehydration', 'emergency'));

  it.each([
    // Two of them in a baby wide awake and feeding well stay urgent today.
    'her soft spot looks a little dipped and she has dry lips from the wind, she is wide awake and feeding well, 5 weeks',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('blue told after red in a coughing fit is an emergency', () => {
  it.each(['she coughs so hard that she turns red then a bit bluish, 4 weeks old'])('"%s" is an emergency', (text) => expectRow(text, 'baby-breathing-seizure', 'emergency'));

  it.each(['she coughs and goes red in the face then back to normal, 4 weeks old'])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe("stools told as an interval of days in the chart's weeks are too few", () => {
  it.each(['my 3 week old only poos once every 4 days', 'she is 12 days old and only poos every other day'])('"%s" is urgent today', (text) =>
    expectRow(text, 'baby-dirty-nappies', 'urgent_today'),
  );

  it.each([
    // Past the chart's weeks, or daily with a day skipped now and then.
    'my 8 week old poos every 3 days, soft and yellow',
    'my 2 week old poos every day or every other day',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe("a partner worried about the writer tells her mood, not his", () => {
  it.each(['my boyfriend is worried about me, I cry every day and the baby is 6 weeks'])('"%s" is the low mood row, soon', (text) => expectRow(text, 'mother-low-mood', 'soon'));

  it.each([
    // His own low mood has no row (a father's mood is a near miss).
    'my husband is so low since the baby came 5 weeks ago',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

// The review of s22-ue: the ordinary readings beside each kind above stay calm (phrasings written for these tests).
describe('review of s22-ue: the ordinary readings beside the kinds stay calm', () => {
  it.each([
    // Her own illness or breast told beside the reading she took: hers, never the baby's fever.
    'my girl is 3 months and well. I took it after lunch and it says 38.4, I feel achy and my breast is sore and red',
    'my son is 10 weeks and feeding fine, but I feel rough and shivery, flu like. I took it and it says 38.3',
  ])('"%s" is not the baby\'s fever', (text) => expect(triage(text, [], {})?.row).not.toBe('baby-temperature'));

  it.each([
    // Pink bits with a pink cause beside them, already checked, asked for someone else, or her own sick.
    'my 9 month old had pink yoghurt with watermelon and then brought up pink bits',
    'he spat up pink bits an hour after his calpol',
    'she brought up a little milk onto her pink stripes sleepsuit',
    'he spat up pink bits on Monday, we checked with the gp and it was from my cracked nipple, he is fine',
    'I was sick this morning with pinkish bits in it, can I still feed my baby?',
    // Long sleeps past the first weeks, or with good growth.
    'my 8 week old has 7 feeds a day and sleeps long stretches at night, the health visitor is pleased with her weight',
    'she is 6 weeks, feeds 6 times a day and did a 7 hour sleep, gaining well',
    // "Again" on an ordinary word, and the chance of it again asked.
    'Last month he went floppy, he was checked and fine, he has been feeding well again today',
    'She had a seizure last month, the GP checked her, how likely is it that it happens again?',
    // Crying that is not a low mood over time.
    'my husband is worried because I cry happy tears every time she smiles, she is 5 weeks',
    'my fella is worried because I cry at every feed with my sore nipples, baby is 3 weeks',
    // Stools every few days asked in general, or an older child's.
    'my 2 week old poos 5 times a day, at what age do they start pooing every few days?',
    'baby is 10 days old and poos loads, my older daughter, she is 4 years old, only poos every few days',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // A dehydration sign asked about, not told of her own baby: not the emergency.
    'is a sunken soft spot a sign of dehydration? and a dry mouth and a sleepy baby?',
  ])('"%s" is not an emergency', (text) => expect(triage(text, [], {})?.level).not.toBe('emergency'));
});
