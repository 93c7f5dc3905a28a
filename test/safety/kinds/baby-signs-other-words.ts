import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-rbaby: red flags of the baby's temperature, jaundice, blood and breathing rows that the training
// files tell in words the rules did not read, each beside its calm twin in the same words (the sign absent, on the
// safe side of RED-FLAGS.md's number, someone else's, or explained). Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe("a temperature is not closed by a rash's glass-test result or a medicine (isTemperatureResolved)", () => {
  it.each([
    ['my 4 month old is 39.3 and has a spotty rash that fades when I press it', 'urgent_today'],
    ['5 month old, 39.1, and a rash on her back that fades under the glass', 'urgent_today'],
    ['my 7 week old has a fever of 38.5 and a few spots, I pressed and the spots fade', 'emergency'],
    ['my 9 week old had 38.4 this morning that went down with calpol, he seems ok now', 'emergency'],
    ['my 4 month old was 39.4, I gave her ibuprofen and it has only gone down a bit', 'urgent_today'],
  ])('"%s" is %s', (text, level) => expectRuleLevel(text, level));
  it.each([
    // On the safe side of the 3-6 month number, whatever fades.
    'my 4 month old is 38.4 and has a spotty rash that fades when I press it',
    // Over by its own words, with no medicine: the fever went, not the rash.
    'my 4 month old had 39.3 last month, it has gone now and she is fine',
    // A medicine told for the writer's own fever.
    'I had 38.6 with the flu, took paracetamol and it went down, can I keep feeding my 4 month old?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a temperature told as a range (readTemperature)', () => {
  it.each([
    ['my 4 month old has been 38.6-39.2 since yesterday', 'urgent_today'],
  ])('"%s" is %s', (text, level) => expectRuleLevel(text, level));
  it.each([
    // Below 39 °C at 3 to 6 months.
    'my 4 month old has been 38.1-38.6 since yesterday, feeding well',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

// "N degrees" with no scale is not read as Fahrenheit, nor a thermometer's report as the baby's whoever took it
// (review of s25-rbaby: angles, the weather, the writer's own reading and bath water were sent to 999).
describe('degrees, thermometers and colours that are no sign of the baby (review of s25-rbaby)', () => {
  it.each([
    'is it fine to keep my 4 week old sitting up at 90 degrees for half an hour after a feed?',
    "we've had 100 degree days all week, does my 6 week old need extra feeds?",
    'it hit 97 degrees in the flat today and my 2 week old is sweaty when she feeds',
    'I took my own temperature with the thermometer and it showed 38.4, can I feed my 3 week old?',
    'the thermometer said 37 for the bath water, is that right for my 1 week old?',
    'her nappies are a coffee-ish brown now, 7 weeks, is that normal?',
    'my nipples look a bit reddish tinge after she feeds, 2 weeks',
    'the breathing monitor alarmed that her chest stopped moving but she was breathing fine, the pad had moved, 5 weeks',
    'he grunts at night and I can barely get him to latch on the right side, 4 weeks',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('jaundice with poor feeding or a high cry in other words (jaundice_severe)', () => {
  it.each([
    "she's 4 days old and really yellow, so sleepy I can hardly get her to feed",
    'day 4, yellow on his face and chest, and he has a thin high squeaky cry now',
    "5 days old, gone yellow down to his tummy, and I can barely get him to latch",
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
  it.each([
    // Feeding told well, no yellow getting worse.
    "he's 5 days old and a little yellow on his face, feeding well every 2 to 3 hours",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe("yellow told at an age given in days (yellow_skin)", () => {
  it.each([
    'yellow at 16 days, feeding fine',
    'he looks yellow at 3 weeks and is breastfed',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
  it.each([
    // Before two weeks, told of nothing worse.
    'a little yellow at 5 days, feeding fine and lots of wet nappies',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe("blood in the baby's sick or poo told by its colour (pink_bits, blood_words, vomit_word)", () => {
  it.each([
    'my 3 week old spat up some pinkish milk after her feed',
    "baby's sick has a tinge of pink, 2 weeks old",
    'my 1 week old burped up some milk with red blood in it',
    'my 6 week old has dark red clots in his poo',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
  it.each([
    // A pink cause told beside it.
    'my 3 week old spat up pink after her pink medicine',
    // No colour in it.
    'my 1 week old burped up some milk, normal white colour',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a stop in breathing or blue lips told in other words (apnoea, pink_return)', () => {
  it.each([
    'my 2 week old forgot to breathe for a bit and went a grey colour',
    'his lips go bluey grey while feeding then pink up when he stops, 3 weeks',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
  it.each([
    // Pink all through.
    'his lips stay pink while feeding, 3 weeks old, just a bit noisy',
    // Short pauses with good colour: periodic breathing.
    'my newborn seems to forget to breathe for 3 seconds then carries on, she stays pink the whole time',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
