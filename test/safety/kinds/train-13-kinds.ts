import { sharedRuleExpectations } from '../../support/rule-expectations';

// Kinds of sign that train-13's writers told in words the rules did not read (issue 11, s15-rf), each in other
// wordings than theirs: a baby who no longer takes the world in beside another sign of a sick baby, a weak or
// changed cry beside not feeding or sleepiness, a breathing rate with no unit, a rash that stays when pressed
// without a glass, a body cold after warming, sudden bleeding with a body in shock, one lower leg, a fever told
// by what was given for it, a wet nappy not seen, a means laid out, and energy with no sleep.

const { expectNoRuleFlag, expectRuleLevel } = sharedRuleExpectations();

describe('a sick baby told rather than named (RED-FLAGS.md first row)', () => {
  it.each([
    "he has a strange cry today and won't follow me with his eyes, 4 weeks old",
    "she isn't reacting to me at all and the thermometer says 38.4, 7 weeks",
    'her cry has gone really weak and she will not suck properly, 8 days old',
    'she is so sleepy today and her cry is feeble, 2 weeks old',
    'refusing every feed since lunch and has this odd cry, 3 weeks',
    'he is much sleepier than usual, barely feeding, and just looks straight through me. 12 days old',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'when do babies start to follow you with their eyes? mine is 10 days and not really looking at me yet',
    'my 3 week old has a different cry when she is hungry, is that a thing?',
  ])('"%s" alone is no flag', (text) => expectNoRuleFlag(text));
});

describe('signs told by a number, a test or a time with no unit or glass', () => {
  it.each([
    'i counted his breaths for a full minute and got 68, he is 3 weeks',
    'the owlet says her breathing rate has been 62 all evening, she is 6 weeks',
    'red pinpricks on his chest that stay red when i squash them, 5 weeks',
    'wrapped her in a blanket and a hat but her chest is still cold two hours later, 2 weeks old',
    'we gave calpol for a temperature last night, she is 6 weeks',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it("\"it's been 10 hours and i haven't seen a wet nappy, 5 days old\" needs someone today", () =>
    expectRuleLevel("it's been 10 hours and i haven't seen a wet nappy, 5 days old", 'urgent_today'));

  it('a normal counted rate is no flag', () => expectNoRuleFlag('her breathing rate was about 40 when i counted, she is 2 weeks, all fine?'));
});

describe("the mother's body: bleeding with shock, one leg, clots told by size", () => {
  it.each([
    "a big gush of blood when i stood up and now i'm clammy and my heart is racing, 6 days pp",
    'my left lower leg is swollen and hot to touch since yesterday, 2 weeks after my section',
    'the bleeding went from light spotting to clots as big as my palm, 10 days pp',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it('sweating at night with light bleeding is no flag', () => expectNoRuleFlag('i get really sweaty at night since the birth, my bleeding is light now, is that hormones?'));
});

describe('crisis: a means laid out, energy with no sleep', () => {
  it.each([
    'the tablets are lined up on the bedside table and i keep staring at them',
    "i've slept about 2 hours in 3 nights and i'm not even tired, i can't stop reorganising the cupboards",
  ])('"%s" gives the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each(['feeling amazing at one week, loads of energy and sleeping well when she sleeps, is that normal?'])('"%s" is no flag', (text) =>
    expectNoRuleFlag(text),
  );
});

describe('the same concept twice in a sign finds two places inside one long one', () => {
  // "sunken eyes and a sunken fontanelle" was read as one dehydration marker: its long place was taken for the
  // first part and left none for the second (triage.ts withinWindow).
  it('two sunken markers told in one phrase, with sleepiness, are severe dehydration', () =>
    expectRuleLevel('she has sunken eyes and a sunken soft spot and she just sleeps all day, 3 weeks', 'emergency'));
  it('one sunken marker with sleepiness stays urgent today', () => expectRuleLevel('his soft spot is sunken and he just sleeps, 3 weeks', 'urgent_today'));
});
