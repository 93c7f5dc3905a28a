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

// The review of s23-blood: a benign test could not be told apart from a sign told after it or a test done too early
// in time, so prolonged jaundice with normal bloods still escalates (a near miss flagged).
describe("prolonged jaundice, whatever a professional's tests said", () => {
  it.each([
    "he's 4 weeks and still slightly yellow, the paediatrician did bloods and the conjugated was normal",
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

// A stump's spot told stopped is not read as over (the review of s23-blood: bleeding told after the stop, in
// another clause, was silenced), so it still escalates.
describe('blood a professional explained, meconium', () => {
  it.each([
    "the GP saw the streaks of blood in his poo on Monday and said it's a small fissure",
    "the midwife looked at the blood in his sick and said it's my blood from the crack",
    'the GP saw the blood in her poo and said it is probably a fissure, when can I bath her again?',
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

// The review of s23-blood: red flags the readings above first silenced, reworded for these tests. Each must still
// escalate by a rule.
describe('red flags beside those near misses still escalate', () => {
  it.each([
    // A check booked for tomorrow is no care given now: the weight loss or the dry nappies stand.
    "she's lost 13% of her birth weight, we're back tomorrow for the bilirubin",
    'he has dropped 12 percent since birth and has a bilirubin check tomorrow',
    // The skin told the same colour as the wee.
    "his pee is yellow and so are his eyes, he's 3 weeks",
    "her wee is a pale yellow and her face is the same colour, 16 days old",
    "my 20 day old's wee is yellow and the whites of her eyes are too",
    // A poo told pale in other words, curds or not.
    "his poos have gone pale and have white bits in them, 10 days old",
    "she's 9 days and her poos are whitish with white specks",
    'my 12 day old is on expressed milk and his number twos are chalky',
    // A test done early, or a sign told after it.
    "the bloods were normal last week but she's 3 weeks and yellower today",
    "she had bloods in the first week and they were fine, she's 5 weeks old and still yellow",
    "bloods came back normal when he was born, but now the whites of his eyes are yellow",
    "he's 3 weeks and jaundiced, the conjugated was normal but the total was high",
    // A baby told jaundiced, or a level, beside a question.
    'my newborn has got jaundice, is it catching?',
    'her bilirubin is 310, what does that mean?',
    "will someone come and check him at home? he's very jaundiced still",
    // Darker told of the jaundice, a comma before the skin.
    'the jaundice is getting darker, skin almost orange, 6 days old',
    // An explanation of something else beside blood.
    'the health visitor said his weight gain was as expected, but there was blood in his poo today',
    "the GP confirmed it's colic, and there's blood in his sick",
    // More blood told after the explanation.
    "the GP said it's a fissure, this evening there were clots of blood in her nappy",
    "the consultant said proctocolitis, but today his nappy is mostly blood",
    "the midwife said it was my blood he'd swallowed, he's now 6 days old and still vomiting blood",
    // Bleeding told after the stump stopped.
    'the stump bled and stopped with pressure, then a few hours later it was bleeding again through her vest',
    'the cord stump stopped bleeding when I pressed it but it restarted tonight',
  ])('"%s" escalates today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Pink milk that keeps coming back, whatever its cause.
    'my milk has been pink on and off for ages, my nipple is cracked',
    "it goes pink, then white, then pink again every time I pump, it's the flange",
    "is pink milk really harmful? mine has been pink for ages",
  ])('"%s" is worth a chat soon', (text) => expectRuleLevel(text, 'soon'));
});
