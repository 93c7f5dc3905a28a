import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s30-recall: red-flag kinds train-26 and train-27 still missed, each with the ordinary twin that must
// stay ordinary. Crisis: a dose in the tens taken at once, a stock of medicines taken all at once told as a
// hypothesis or counted for comfort, the family told as managing without her, the baby handed to someone else
// beside her told unfit, words heard in a machine's noise, a partner's account of confusion. The body: a blackout,
// breath lost on a few steps. The baby: a marker of dehydration with a very sleepy baby told far apart, a yellow
// baby sleeping through feeds, cold hands and feet with a fever, the whole body trembling while asleep, blood in
// poo likened to jam, still under birth weight told as a share. Wordings written for these tests.

const { expectRuleFlag, expectRuleLevel, expectOrdinary, expectNoRuleFlag } = sharedRuleExpectations();

describe('the crisis row in indirect words', () => {
  it.each([
    'is it ok to take 30 paracetamol at once if i am breastfeeding, i just want to know',
    'would fifteen of my sleeping tablets in one go pass into the milk',
    'i have a box of codeine left from the birth and some of my antidepressants. if i took them all what would happen to my milk',
    'i have a strip of oxycodone from the hospital. i count them most nights, i just like knowing they are there',
    'how many of my tramadol would be too much? honestly i am sick of all this',
    'i keep thinking the kids would honestly cope without me, my partner is a better parent anyway',
    'my mum should raise him, she would do it properly. i am not fit to be anyone s mother',
    'when the washing machine is on it is like it is telling me things about the baby, and now i hear it when the machine is off',
  ])('"%s" gives the crisis line', (text) => expectRuleFlag(text, 'mother-mental-health', 'emergency', 'crisis'));

  // A partner's account gets the crisis line worded for the partner.
  it.each([
    'since the birth she tells people things that never happened and she is muddled about what day it is',
    'my wife flips between being totally normal and completely confused, it started on day 3',
  ])('"%s" gives a crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'can i take 2 paracetamol at once while breastfeeding?',
    'i take iron, vitamin d and omega 3. can i take them all together in the morning?',
    'my husband will manage without me for one night if i go to my sister s hen do, wont he?',
    'my mum is going to help raise her while i go back to work, is combination feeding ok?',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));

  // Not knowing what day it is, told as a busy joke, is no confusion to the rules (the learned check, which leans to
  // the crisis line when in doubt, may still ask).
  it('a busy joke about the day is no rule flag', () => expectNoRuleFlag('i have so much to do i do not know what day it is anymore lol. how often should a 3 week old feed?'));
});

describe("the mother's body", () => {
  it.each([
    'stood up to change him and everything went black, when i came round i was on the floor. 4 days after the birth',
    'a week after my section i get puffed walking to the bathroom, it came on all of a sudden',
    'two weeks postpartum, out of breath just walking across the room and i coughed up pink phlegm',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it('puffed on the stairs with the pram after months of no exercise stays ordinary for these rules', () =>
    expectNoRuleFlag('how do i get fit again after the baby, i get out of puff on the hill with the pram and my supply seems fine'));
});

describe("the baby's severe signs told far apart", () => {
  it.each([
    // Dehydration: a marker with a very sleepy baby, and a dry mouth with few wees beside a quiet baby.
    'he has had sickness since yesterday and his eyes look sunken, i have tried little and often at the breast all evening and changed him twice, only one wet nappy today, and now he is very sleepy',
    'her mouth is dry and she has only had 2 wet nappies since breakfast after the bug, and she has gone very quiet',
    // A yellow baby sleeping through feeds.
    'she is 4 days old, more yellow today than yesterday and she is sleeping through her feeds',
    // Cold hands and feet beside a fever.
    'my 5 month old has not fed well since last night and this morning he has a temperature of 38.6 and his hands and feet are ice cold',
    // The whole body trembling asleep.
    'his whole body trembles even when he is asleep and it goes on for ages, he is 6 days old',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // A food named only in a simile, and "clear" as a look, do not hide blood in poo.
    'there was blood in her poo with clear mucus, it looked like strawberry jam. she is 7 weeks',
    // Still under birth weight, told as a share, at about two weeks.
    'at 15 days old she is still 5% under, the midwife said carry on',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Dry mouth and few wees without a sleepy or quiet baby stay urgent today, as RED-FLAGS.md's row says.
    'her soft spot looks sunken, her lips are dry and she has had 2 wet nappies since this morning, 6 weeks',
  ])('"%s" stays urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Jitters with crying, a bare colour from a real food, a stump that bled once and stopped.
    'her whole body trembles when she cries hard but stops as soon as i pick her up',
    'his poo was red after he had beetroot puree, he is 7 months and well',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

// Issue 11, s30-recall2: red flags the corpus's writers told as emergencies and the rules gave urgent today.
describe('bleeding without vitamin K, blood in poo with screaming and the legs drawn up, a yellow baby not feeding', () => {
  it.each([
    'we chose not to have vitamin k for her. she is 4 weeks and her nose bled this morning and she has a bruise on her arm',
    'home birth, did not get the vitamin k, and the cord is oozing blood at 8 days',
    'blood and slime in his nappy like red jelly and he keeps screaming and pulling his legs up to his chest, 5 months',
    'my 5 day old is yellow down to her legs now and will not latch at all',
    'she is 6 days old and a bit yellow, sleeping 6 hours between feeds at night',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // The fissure's story: a hard poo and straining beside the blood.
    'he strains and pulls his legs up and screams when he poos, there was a streak of blood on the hard poo, 3 months',
  ])('"%s" stays urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    'we declined the vitamin k injection, is it safe to exclusively breastfeed?',
    'he screams and pulls his legs up in the evenings, is that colic? he is 5 weeks and gaining well',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

