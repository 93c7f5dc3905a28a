import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s23-blood: the jaundice and blood rows' near misses in train-17 … train-21, read structurally. The
// colour of poo, wee or sick told in skin words; curds in a poo; a skin tone; a baby taken off a phototherapy
// blanket for feeds; a general question about jaundice or its care; prolonged jaundice a professional's tests
// called benign; blood a professional has looked at and explained; a stump's spot told stopped; the first
// day's black, sticky poo; pink milk once with its cause. Each calm wording is paired with the same story and a
// present sign, which still escalates at its level. Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('the ordinary colour of poo, wee or sick is no jaundice', () => {
  it.each([
    "my 6 week old's wee is a pale yellow and she has plenty of wet nappies",
    "her poos are still runny and yellow, she's 4 weeks",
    'is it normal for baby sick to be a bit yellow? he is 8 weeks',
    "when he finally goes it's a soft yellow, he's 9 weeks",
    'his poo is mustard with a few white curdy bits, 5 weeks old',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    "my 6 week old's wee is a pale yellow but the whites of her eyes look yellow",
    "her poos are still runny and yellow, she's 4 weeks and her skin looks yellow",
    "when he finally goes it's a soft yellow, he's 9 weeks, and his eyes look yellow",
    'his poo is mustard with a few white curdy bits but today his poo is chalky white, 5 weeks old',
    // Dark wee keeps its own reading (dark_urine), whatever the shade's words.
    "she's 10 days old and her wee is really dark yellow",
  ])('"%s" escalates today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('a skin tone, a blanket taken off for feeds, a general question', () => {
  it.each([
    'how can I tell if my baby is jaundiced when she has darker skin?',
    "she's on a phototherapy blanket at home, 4 days old, can I take her off it for feeds?",
    'what is bilirubin exactly?',
    'the consultant said he needs the lights, can we do that at home?',
    "we're home after the lights and have the bilirubin check tomorrow, can I feed every 3 hours?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'she has darker skin and her jaundice is getting worse',
    "what is bilirubin? my baby looks yellow and he's getting more yellow",
    "we're home after the lights and have the bilirubin check tomorrow, but his poo has gone pale",
    // A question about feeding beside a baby told as jaundiced now, with no professional's plan, is no general question.
    'my newborn is a bit jaundiced, can I keep breastfeeding?',
  ])('"%s" escalates today', (text) => expectRuleLevel(text, 'urgent_today'));

  it('a baby on the blanket too sleepy to feed is an emergency', () =>
    expectRuleLevel("she's on a phototherapy blanket at home, 4 days old, and she's too sleepy to feed", 'emergency'));
});

describe("prolonged jaundice a professional's tests called benign", () => {
  it('bloods done and normal, nothing worse told: no rule', () =>
    expectNoRuleFlag("he's 4 weeks and still slightly yellow, the paediatrician did bloods and the conjugated was normal"));

  it.each([
    "he's 4 weeks and still slightly yellow, the paediatrician did bloods and the conjugated was normal, but now his poo is pale",
    "he's 4 weeks and still slightly yellow, the paediatrician did bloods and the conjugated was normal, but he is getting more yellow",
    // A verdict with no test done is not an all-clear (train-9, -19 and -21 label it a red flag).
    "the GP said it's breast milk jaundice but didn't do a blood test, she's 3 weeks and still yellow",
    "the health visitor said it's breastmilk jaundice, nobody has done a blood test, he's 4 weeks and still yellow",
    // Bloods done, with a result that is not benign or a plan that is not an all-clear.
    "the GP did bloods and said she needs to go to hospital, she's 3 weeks and still yellow",
    "the GP did bloods and said it's breast milk jaundice but the conjugated was raised, she's 3 weeks and still yellow",
  ])('"%s" escalates today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('blood a professional explained, a spot told stopped, meconium', () => {
  it.each([
    "the GP saw the streaks of blood in his poo on Monday and said it's a small fissure",
    "the midwife looked at the blood in his sick and said it's my blood from the crack",
    'the GP saw the blood in her poo and said it is probably a fissure, when can I bath her again?',
    'the cord stump dropped off and there was some blood on her babygro, it stopped after I pressed a cotton pad on it',
    'day 1 and his first poo is black and sticky, is that blood?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    "the GP saw the streaks of blood in his poo on Monday and said it's a small fissure, but today there are more streaks of blood in his poo",
    "the midwife looked at the blood in his sick and said it's my blood from the crack, but it has happened again today",
    'the GP saw the blood in her poo and said it is probably a fissure, now it is bleeding again',
    'the cord stump dropped off and there was some blood on her babygro, it stopped after I pressed a cotton pad on it but it started again',
    'the cord stump dropped off and there was blood on her babygro, it stopped when I pressed but now it keeps oozing',
    'day 1 and his poo is black and sticky with bright red blood in it',
    'day 1 and his first poo is black and sticky like tar. now there is red blood in it too',
    // A sign told after the professional's explanation, in a later sentence or after "but now", may be new.
    "the midwife said it's my blood from the crack. now she's vomiting dark red blood",
    "the midwife looked at her sick and said it's my blood from the crack, but now there is fresh blood in her poo",
  ])('"%s" escalates today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('pink milk once with its cause, or asked about', () => {
  it.each([
    'I turned the suction up too high and there was a pink tinge in the milk, first time',
    'a bleb on my nipple popped and there was blood in the milk today',
    'is pink breast milk bad for babies or is that a myth?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'I turned the suction up too high and there has been a pink tinge in the milk for 5 days now',
    'a bleb on my nipple popped and there has been blood in the milk every day for a week',
  ])('"%s" is worth a chat soon', (text) => expectRuleLevel(text, 'soon'));
});
