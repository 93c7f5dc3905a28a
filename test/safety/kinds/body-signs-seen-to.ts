import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s24-body: near misses of the mother's body rows read in their ordinary sense (content/safety.yaml:
// antibiotics_started_recently, abscess_seen_to, anaemia_known, fever_if, resumed_pumping, improving_daily,
// felt_nothing_for_baby, navel_tissue and the word senses beside them). Each calm story is paired with the same
// story and a present sign it does not explain (mastitis_worse, abscess_unexplained, faint_unexplained, a span of
// days, a pad an hour): those keep their level. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe("the mother's breasts: treatment just started or already given", () => {
  it.each([
    // Antibiotics started within the last day (RED-FLAGS.md: not better after 48 hours is the row's sign).
    'my wife has mastitis and started antibiotics yesterday, she still has 38.3. what can I do to help her at home?',
    'I started antibiotics for mastitis this morning and my temperature is still 38.4 tonight, how long until they work?',
    "I've been on antibiotics for mastitis since yesterday and still 38.1, should I go back already?",
    // An abscess drained, or asked about.
    'the abscess was drained last week and the doctor said keep feeding. the redness is gone, can I feed from that side?',
    'my abscess was drained yesterday and there is a little drain in. is it ok to pump from that side?',
    'could mastitis turn into an abscess if I leave it? my sister had one',
    // A fever only supposed.
    'the GP said to come back if I get a fever. my breast has a sore red patch but I feel well',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'my wife started antibiotics for mastitis yesterday but her temperature is now 39.5 and she is shaking',
    "I've been on antibiotics for mastitis for 3 days and I still have 38.3",
    'started antibiotics 2 days ago for mastitis and still 38.5, not better',
    'antibiotics for mastitis since yesterday, 38.2 and I feel much worse today',
    'the abscess was drained last week but it has filled up again and is really painful',
    "abscess was drained 5 days ago and now I have a fever and it's hot again",
    'the abscess was drained and now there is another hard painful lump in the same breast',
    'had an abscess drained last month, now I have a hard painful lump again',
    'the GP said come back if I get a fever. now I have 38.6 and my breast is red and hot',
    "the GP said to come back if I get a fever, I'm now shivering and burning up and my breast is red and swollen",
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    'I started antibiotics for mastitis this morning and the redness is spreading, temp 38.5',
    'on antibiotics since yesterday for mastitis, still 38.4 and now I feel faint and confused',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('pink milk: feeding or pumping asked about or taken up again', () => {
  it.each([
    'can the baby still have the pink milk? my nipple cracked from the pump flange this morning',
    "my milk went pink once years ago from a scab, I'm pumping again for my second, which flange avoids it?",
    "my milk looked pink after I ate borscht last night, it's white again today",
    'a white spot on my nipple, feeds hurt on that side and the milk that comes out is pink',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'my milk has been pink for 5 days, can the baby still have it?',
    "pumping again today and the milk is pink again, it's been like this for a week",
    'my milk is still pink after 4 days, can he still have it',
    'my milk has been pink for a week now even though I ate borscht only once',
    "I've had blood in my milk for 5 days from a white spot on my nipple",
  ])('"%s" is still worth checking soon', (text) => expectRuleLevel(text, 'soon'));
});

describe("the mother's body: a sign's words in another sense, or explained", () => {
  it.each([
    "day 3 and my breasts suddenly feel heavier and I'm leaking, is my milk coming in?",
    'she drank 3 oz and passed out milk drunk, she has loads of wet nappies. is that ok?',
    "her chin wobbles and her hands tremble a little when she cries, 5 days old, the midwife said it's normal",
    'there is a small lump of tissue in his belly button since the cord came off, slightly moist, no redness',
    'day 2, every time I breastfeed I get period cramps and my bleeding gets a bit heavier for a few minutes, is that normal?',
    'I am on iron tablets for anaemia after the birth and I get a bit lightheaded if I jump up too quickly. bleeding is light now',
    "day 6, looked at him and felt nothing for a minute after a rough night, I'm better after some sleep. is that normal?",
    'day 7, my breasts never felt full but she has 6 wet nappies a day, golden poos and has started gaining',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    "my boobs suddenly feel heavier and I'm bleeding heavily, soaking a pad an hour",
    "my chin wobbles and I feel faint, I'm bleeding a lot",
    "I passed a lump of tissue and I'm bleeding heavily, baby's belly button is fine",
    'every time I breastfeed I gush blood and soak a pad, day 3',
    "day 10, every time I breastfeed my bleeding gets heavier and it's bright red again",
    'every time I breastfeed the bleeding gets heavier and I feel dizzy',
    'I am on iron tablets but I fainted when I stood up quickly this morning',
    'I am on iron tablets for anaemia and I get dizzy when I stand up quickly and my heart is racing',
    'on iron tablets, dizzy when I stand up fast and I am bleeding heavily with big clots',
    "I'm anaemic and on iron tablets, lightheaded when I get up quickly and it's getting worse every day",
    'my lower leg has purple spots and it is swollen and painful, 2 weeks after my section',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    "day 6 and I've felt nothing, no fullness, no milk at all, she has only 1 wet nappy",
    "day 7 and my milk hasn't come in, she has only 2 wet nappies and is losing weight",
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});

// Review of s24-body: the red flags its first narrowing silenced, reworded for these tests. Each keeps its rule's
// level: another person's or another infection's antibiotics, iron tablets or painkillers, a course finished or
// run out, feeling much worse on antibiotics just started, a real lump beside a question about an abscess, a
// fever told after its if-clause, golden yellow skin, the writer passing out, anaemia treatment not taken.
describe("the review's red flags: the body rows' narrowings never reach them", () => {
  it.each([
    'my little boy started antibiotics yesterday for an ear infection and now my breast is hot and red, temp 38.4',
    'the baby has been on antibiotics since yesterday for a chest infection and my breast is red and swollen, 38.5',
    'I started iron tablets yesterday from the GP and now my left breast is red, swollen and hot, 38.5',
    "started them this morning (painkillers from the doctor), now my breast is red and hot and I'm 38.4",
    "the GP put me on antibiotics for a water infection, I started them yesterday, now my breast is red and hot, 38.6",
    "I ran out of my antibiotics two days ago and my breast is red and sore again, 38.3",
    'I finished my antibiotics on Sunday and since this morning the breast is red and hot again, 38.4',
    "started antibiotics for mastitis this morning, 38.5, breast red and I feel like I've been hit by a bus",
    'started antibiotics yesterday for mastitis, 38.4, red swollen breast and my heart keeps pounding',
    'started antibiotics for mastitis yesterday, temp 38.3, breast red and the red area is even bigger now',
    'started antibiotics for mastitis today, 38.2, breast red, I feel really unwell and weak',
    'started antibiotics for mastitis yesterday, 38.6, breast hot and red and my whole body aches',
    "there's been a hard painful lump in my breast for 5 days now, could it become an abscess?",
    'I have a urinary catheter in after my section and a hard painful lump in my right breast',
    "my abscess was drained a week ago and there's a hard painful lump back in the same place",
    "the abscess was aspirated on Tuesday and it's filled back up, really sore",
    'the midwife said call if I get a fever, well I have one now and my breast is red and hot',
    "they said come back if I get a temperature. I've got one, and my boob is red and sore",
    'my 16 hour old looks golden yellow',
    'his eyes have gone golden yellow, he is 3 weeks old',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    'golden yellow skin and eyes on day 2, he is very sleepy and hardly feeding',
    'I passed out while feeding him, he was milk drunk, and came round on the floor',
    'I passed out with her milk drunk on my chest',
    "I was given iron tablets but haven't taken any yet, dizzy when I get up quickly and my bleeding is heavy",
    "on iron tablets, dizzy when I get up fast, and it's much worse than yesterday",
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'pink milk twice now after eating beetroot, baby 6 weeks, is that why?',
    'he passed out milk drunk after a long feed, can I lay him down without winding?',
    'golden yellow seedy poos, 5 days old, is that normal?',
    // A bare "I've got one" with no if-clause before it: a cold sore, not a fever.
    "I get cold sores now and then, I've got one now. is it fine to keep breastfeeding?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
