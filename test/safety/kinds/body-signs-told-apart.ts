import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-body: near misses of the mother's body rows told apart from the sign by structure (content/safety.yaml:
// faint_shade, purple_limbs, milk_days_told's age, milk_cause's blisters). Each calm story is paired with the same story
// and a present sign it does not explain: those keep their level. The review of s25-body dropped pad_lasting, fever_gone
// and milk_in_since; their present signs and the review's regressions (reworded) stay here as must-flag cases.
// Phrasings written for these tests.

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
    // The review's regressions, reworded: "a faint" then "and" before a colour is fainting.
    'I had a faint and all the colour went from my face, the bleeding is heavy',
    'had a faint this morning and the colour left my face, day 2 after the birth',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('bleeding with a pad told lasting hours keeps its level (review of s25-body: pad_lasting dropped)', () => {
  it.each([
    'passed a clot the size of my fist this morning, day 2, a pad lasts 3 hours',
    'passed a clot as big as a tennis ball on day 3, pad lasts 3 hours',
    'bleeding heavy, I used to change my pad every 3 hours but now it is every 45 minutes',
    'passed a clot like a golf ball this morning, day 2, pad lasts 3 hours, my heart is racing',
    'a gush of blood when I stand, day 3, pad every 3 hours, and I have a temperature of 38.5',
    'day 3, bleeding heavier, 3 pads every 3 hours',
    // The review's regressions, reworded: a clot's size in other words, two golf balls, confusion beside it.
    'day 2, I passed a clot as big as a peach, my pad lasts about 3 hours',
    'day 3, two clots like golf balls came out this morning, a pad lasts 3 hours',
    'day 2, a big gush of blood, a pad lasts 3 hours and I feel muddled and drowsy',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('mastitis on antibiotics with the fever told gone keeps its level (review of s25-body: fever_gone dropped)', () => {
  it('"… the fever is gone but the redness is spreading …" is still an emergency', () =>
    expectRuleLevel('started antibiotics for mastitis yesterday, the fever is gone but the redness is spreading up to my armpit', 'emergency'));

  it.each([
    'on antibiotics for mastitis, the fever is gone, now I am shivering again and my breast is red',
    // The review's regression, reworded: a temperature told tonight beside the fever told down.
    'on antibiotics for mastitis, my temperature came down but it was 38.3 tonight, the breast is red and hot',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
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
    // The review's regression, reworded: told since the birth is days of it, whatever the age.
    'there has been blood in my milk ever since my 4 week old was a newborn, and I have a blood blister on the nipple',
  ])('"%s" still gets the soon level', (text) => expectRuleLevel(text, 'soon'));
});

describe('milk told as not in until a day, with nothing now, keeps its level (review of s25-body: milk_in_since dropped)', () => {
  it.each([
    "my milk didn't come in till day 5 with my first, this time it's day 5 and still nothing, he's losing weight",
    'day 4 and my milk still has not come in, the midwife says it might not come in until day 5 after a section',
    "my milk didn't come in until day 5, it's day 6 and he's had only 2 wet nappies today",
    // The review's regression, reworded: a day of life now past the day told, and nothing yet.
    "my milk didn't come in till day 5 last time, I am on day 6 now and nothing yet",
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
