import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-body: near misses of the mother's body rows told apart from the sign by structure (content/safety.yaml:
// faint_shade, pad_lasting, fever_gone, purple_limbs, milk_days_told's age, milk_cause's blisters). Each calm story is
// paired with the same story and a present sign it does not explain: those keep their level. Phrasings written for
// these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('"a faint" before the shade it describes is a pale shade, not fainting (faint_shade)', () => {
  it.each([
    'my 10 day old has a faint golden colour to his cheeks, feeding well and lots of wet nappies. is it from my milk?',
    'there is a faint brownish shadow on my hand where the drip went in, is that normal after the birth?',
    'my 9 week old has the faint golden colour to his face that my husband has too, is that from my milk?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'I feel faint, greyish and sweaty',
    'going faint, a yellowish colour to my skin',
    'I had a faint this morning, a grey colour to my face',
    'I feel a faint, dizzy feeling and a grey colour to my skin',
    'there is a faint grey colour to my lips and I feel faint',
    'I felt faint, a grey colour came over me and I had to sit down',
    'I nearly passed out, there was a faint grey shadow over my eyes',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a pad told lasting 3 hours or more in the first week is not a pad an hour (pad_lasting)', () => {
  it.each([
    'day 3, passed a clot about the size of a 50p when I stood up, the bleeding is like a heavy period and a pad lasts me 3-4 hours',
    'my bleeding got heavier the day I walked round the shops, now I am resting it is lighter again, one pad every 3 hours',
    'she is 4 days postpartum and the bleeding is heavier when she gets up in the morning. She changes her pad roughly every 4 hours and feels well.',
    'passed a clot like a golf ball this morning, day 2, bleeding since is like a period, a pad lasts 3 hours, I feel fine',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // A clot told bigger than a golf ball, or big clots with no size.
    'passed a clot the size of my fist this morning, day 2, a pad lasts 3 hours',
    'passed a clot as big as a tennis ball on day 3, pad lasts 3 hours',
    'passed big clots, day 2, a pad lasts about 3 hours',
    // Any duration under 3 hours, or an hour's pad told too.
    'bleeding heavy, I used to change my pad every 3 hours but now it is every 45 minutes',
    'bleeding got heavier, a pad lasts 3 hours now but I soaked one in an hour this morning',
    'bleeding heavier on day 4, a pad lasts 3 hours but I filled one pad in an hour earlier',
    'clot the size of a golf ball on day 2, pad lasts 3 hours, and the baby feeds every 2 hours',
    // Anything else of the bleeding told.
    'passed a clot like a golf ball this morning, day 2, pad lasts 3 hours, my heart is racing',
    'passed a clot like a golf ball on day 2, pad lasts 3 hours, and some tissue came out too',
    'bleeding heavier and heavier, day 3, a pad lasts about 3 hours',
    'a gush of blood when I stand, day 3, pad every 3 hours, and I have a temperature of 38.5',
    'a gush of blood when I stand, day 3, pad every 3 hours, and I feel shivery',
    'bleeding is heavier on day 4, a pad every 3 hours, and it smells really bad',
    'bleeding heavier, pad lasts 3 hours but it has soaked through to my trousers',
    'bleeding is heavier today, day 3, pad lasts 3 hours, bright red again',
    'day 3, gushing blood, pad lasts 3 hours, going through them though',
    // Pads counted over the hours: a pad's own hours unknown.
    'day 3, bleeding heavier, 3 pads every 3 hours',
    "day 3, bleeding heavier, I've gone through 4 pads in 3 hours",
    'day 3, bleeding heavier, a couple of pads every 3 hours',
    // From day 7.
    'bleeding got heavier on day 12, a pad lasts 3 hours',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('her own antibiotics for mastitis with the fever told gone (fever_gone)', () => {
  it.each([
    'the GP gave me co-amoxiclav for mastitis yesterday and the fever has already gone this morning, my breast is still a little sore',
    'on antibiotics for mastitis since Monday and the fever is down now, breast a bit tender. can I still feed from that side?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'on antibiotics for mastitis, the fever is down since I took paracetamol, breast red and hot',
    'on antibiotics for mastitis, the fever is gone, now I am shivering again and my breast is red',
    'on antibiotics for mastitis, the fever came down yesterday but it is back today, 38.9, breast red and hot',
    'my baby is on antibiotics for an ear infection, my fever has gone but my breast is red, hot and I am 38.4',
    'on antibiotics, the fever has gone, breast still hot and red, I feel awful',
    'on antibiotics for mastitis since yesterday, how do I get my fever down? breast is red and hot',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    'started antibiotics for mastitis yesterday, the fever is gone but the redness is spreading up to my armpit',
    'antibiotics for mastitis since Monday, the fever has gone, but my breast is now purple',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe("purple told of the hands, feet or legs with only a chest named is no breast's purple (purple_limbs)", () => {
  it.each([
    'when he wakes up his hands and feet are purpley but his chest is pink and warm, 3 weeks old',
    'my 1 day old has bluey purple hands and feet, her lips and chest are pink and the midwife said it is normal at first',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'my breast is red and hot with mastitis and my hands and feet have gone purple',
    'I have mastitis and my hands and feet are purple and I feel confused',
    'my chest is purple and hot, my hands and feet too',
    'my chest has gone purple, so have my hands',
    'I have had mastitis for 2 days, now my chest has gone purple and my feet are purple too',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe("blood in milk: the baby's age tells no days of it, and a blister on the nipple is a cause (milk_days_told, milk_cause)", () => {
  it.each([
    'my nipples have blood blisters from the pump and there was some red in one bottle, I pump for my 7 week old',
    'there is a blood blister on my nipple and one bottle came out slightly pink, my baby is 5 weeks old',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'my nipples have blood blisters and my milk has been pink for 2 weeks',
    'my 6 week old, my milk has been pink for 5 days, I have a blood blister on my nipple',
    'my milk is pink and I have blood blisters on my nipple, it has been like this since last week',
  ])('"%s" still gets the soon level', (text) => expectRuleLevel(text, 'soon'));
});

describe('milk told as not in until a day now past came in then (milk_in_since)', () => {
  it('"my milk didn\'t come in till day 5 …, he\'s 2 weeks now and back over his birth weight" raises no rule', () =>
    expectNoRuleFlag("my milk didn't come in till day 5 after my section and he needed top ups, but he's 2 weeks now, back over his birth weight with lots of wet nappies. how do I drop the top ups?"));

  it.each([
    "my milk didn't come in till day 5 with my first, this time it's day 5 and still nothing, he's losing weight",
    'day 4 and my milk still has not come in, the midwife says it might not come in until day 5 after a section',
    "it's day 5 and my milk hasn't come in yet",
    "my milk didn't come in until day 5, it's day 6 and he's had only 2 wet nappies today",
    "my milk didn't come in until day 5 and now he's lost 12%, 6 days old",
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('faintness named back in a question about its cause told before (sign_named_asked)', () => {
  it('"… dizzy when I stand up quickly, anaemic and on tablets … is the dizziness from the anaemia?" raises no rule', () =>
    expectNoRuleFlag('a bit dizzy when I stand up quickly, my iron was low after the birth and I take tablets now. the bleeding is light at 3 weeks. is the dizziness from the anaemia?'));

  it.each([
    'I fainted this morning when I stood up quickly, I am anaemic and on iron tablets. is the fainting from the anaemia?',
    'dizzy when I stand up quickly, I am anaemic and on tablets. I am dizzy all the time now. is the dizziness from the anaemia?',
    'dizzy when I stand up quickly, iron low, on tablets, and my heart is racing. is the dizziness from the anaemia?',
    "dizzy when I stand up quickly, iron low, I haven't started the tablets. is the dizziness from the anaemia?",
    'dizzy when I stand up quickly, iron low, on tablets. my bleeding is heavy. is the dizziness from the anaemia?',
    'I stood up quickly and blacked out, on iron tablets for anaemia. is the blackout from the anaemia?',
    'dizzy when I stand up quickly, on iron tablets. I have a bad headache and blurry vision. is the dizziness from the anaemia?',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
