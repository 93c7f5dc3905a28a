import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issue 11, s13-rf: signs that together make an emergency on RED-FLAGS.md's rows, in the words parents use
// rather than a thermometer's: a young baby told feverish in any tense or felt warm while she has stopped
// feeding (a temperature under 3 months), yellow skin with a very sleepy baby who must be woken for feeds
// (jaundice with poor feeding), two dehydration markers with a sleepy or grey baby (severe dehydration), a
// mother's fever with a tender tummy. And whose a mood sign is: a baby who is irritable or has stopped eating
// is no mother's low mood, and a grown son who says or thinks is no baby. Phrasings written for these tests.

const { triage, expectRuleLevel } = sharedRuleExpectations();

function expectNotRow(text: string, row: string): void {
  const found = triage(text, [], {});
  expect({ text, row: found?.row }).toEqual({ text, row: found?.row === row ? `not ${row}` : found?.row });
}

describe('a young baby told feverish or warm beside not feeding', () => {
  it.each([
    'my 10 day old has had a fever since last night and is not feeding',
    'she is 6 weeks old with a fever and really unsettled',
    'our 3 week old got a fever this evening',
    'she is 3 weeks, stopped feeding this afternoon and feels really warm',
    'my 5 week old son feels hot to the touch and is refusing the breast',
    'my 2 month old suddenly stopped feeding and is warm to the touch',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'my 6 week old feels a bit warm after being in the sling but is feeding well',
    'she stopped feeding after 10 minutes and fell asleep, 3 weeks old',
    'my 7 week old is warm and content after his bath',
  ])('"%s" is no fever', (text) => expectNotRow(text, 'baby-temperature'));
});

describe('jaundice with poor feeding told as a very sleepy baby woken for every feed', () => {
  it.each([
    'jaundiced 6 day old, very sleepy, I have to wake her for every feed',
    'my 4 day old is yellow and so sleepy he falls asleep mid-feed after a few sucks',
    'her skin is quite yellow, 8 days old, and she is really sleepy, we have to wake her every time to feed',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('severe dehydration: two markers, or one with a grey, quiet or vomiting baby', () => {
  it.each([
    'his eyes look sunken, the soft spot is sunken too, and he is sleepy, 7 weeks old',
    'sunken fontanelle, hardly any wet nappies today and he is sleepy, 7 weeks old',
    'her soft spot is sunken and she has gone grey, 5 weeks',
    'he has been vomiting everything since yesterday and his soft spot looks sunken',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('severe dehydration: no wee since yesterday with a sunken soft spot and a baby who only sleeps (s31)', () => {
  it.each([
    "3 weeks old and no wet nappy since yesterday evening, the soft spot on his head looks sunken and he's sleeping and sleeping",
    "my 5 week old's soft spot is sunken and her nappy has been dry since last night, she's been asleep loads",
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // Sleeping a lot with plenty of wet nappies, or no soft spot told: not this sign.
    "she's 4 weeks and sleeping and sleeping today, loads of wet nappies and feeding well",
  ])('"%s" is no emergency', (text) => {
    const found = triage(text, [], {});
    expect({ text, level: found?.level }).toEqual({ text, level: found?.level === 'emergency' ? 'not emergency' : found?.level });
  });
});

describe("a mother's fever with a tender tummy", () => {
  it.each([
    '10 days postpartum, temp of 38.3 and my lower tummy is really tender',
    'i have a fever of 38.6 and my stomach is tender, 5 days after the c section',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe("whose a mood sign is: the baby's irritability or appetite is no low mood of hers", () => {
  it.each([
    'my 3 week old is so irritable in the evenings, is it colic?',
    '4 week old stopped eating as much today and is a bit irritable, teething?',
    'baby is 5 weeks old and has been snappy with the breast all day, pulling off',
  ])('"%s" is no low mood', (text) => expectNotRow(text, 'mother-low-mood'));

  it.each([
    "i've been irritable and snappy with everyone for 3 weeks, baby is 5 weeks",
    "my son's wife has been crying every day for a month since the baby",
    'our daughter in law has been very low since the birth 6 weeks ago, my son thinks it is pnd',
    'dil has felt hopeless for weeks, grandson is 2 months old, my son says she barely eats',
  ])('"%s" is still low mood, seen soon', (text) => expectRuleLevel(text, 'soon'));
});
