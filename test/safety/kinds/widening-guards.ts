import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issue 11, the review of s20-ue: its widenings (refusal to drink, a baby gone quiet, hardly weeing, not wanting to
// feed, cold hands and feet, sepsis named) also read a mother's own words, or ordinary ones, as the baby's sign.
// Each is kept for the baby and guarded for the writer, another adult, a side or the bottle, the weather, a
// question about sepsis; a reading then a day of life is kept as a reading. Phrasings written for these tests.

const { triage, expectRuleLevel } = sharedRuleExpectations();

const conceptsOf = (text: string) => triage.recogniser.recognise(text).concepts;
const expectConcept = (text: string, concept: string, found: boolean) => expect({ text, concept, found: conceptsOf(text).has(concept) }).toEqual({ text, concept, found });
const levelOf = (text: string) => triage(text, [], {})?.level ?? 'no red flag';

describe('refusing to drink told of the baby, not of the writer or another adult', () => {
  it.each(['my lips are dry, he has had hardly any wet nappies today and he will not drink anything, 12 days old', '3 week old with a sunken soft spot and she does not want to drink'])(
    '"%s" is an emergency',
    (text) => expectRuleLevel(text, 'emergency'),
  );
  it.each([
    'I will not drink anything for 8 hours before my op tomorrow, baby is 5 weeks',
    'I just do not want to drink anything with this nausea, she is 6 weeks',
    'my wife has a bad migraine and she does not want to drink anything, baby is 2 weeks',
    'my husband has flu and he will not drink anything',
  ])('"%s" is no refusal of feeds', (text) => expectConcept(text, 'refusing_feeds', false));
  it.each(['she has been sick twice and will not drink anything', 'I think he does not want to drink, 2 weeks old'])('"%s" is a refusal of feeds', (text) =>
    expectConcept(text, 'refusing_feeds', true),
  );
});

describe('gone quiet told of the baby, not of the writer or a content baby lying there', () => {
  it.each(['her fontanelle dips in and she is much quieter than usual, 4 weeks old', 'his fontanelle dips in and he is just lying there, not bothered by anything'])(
    '"%s" is an emergency',
    (text) => expectRuleLevel(text, 'emergency'),
  );
  // A sunken soft spot alone stays urgent (baby.dehydration): the content baby only does not make it an emergency.
  it('"her fontanelle dips in and she is just lying there on her play mat, happy and cooing" is urgent today', () =>
    expect(levelOf('her fontanelle dips in and she is just lying there on her play mat, happy and cooing')).toBe('urgent_today'));
  it.each(['I am much quieter than usual since the birth', 'I have gone really quiet, I barely talk to anyone', 'he is just lying there after his bath, content'])(
    '"%s" is no baby gone quiet',
    (text) => expectConcept(text, 'gone_quiet', false),
  );
});

describe('hardly weeing told of the baby, not of the writer', () => {
  it.each(['I am barely peeing since Sunday, is that normal while breastfeeding? she is 3 weeks', 'barely weeing since my caesarean, any tips, he is 6 days old'])(
    '"%s" raises no rule',
    (text) => expect(levelOf(text)).toBe('no red flag'),
  );
  it.each(['he is barely weeing since my caesarean, 4 days old', 'she is 9 days old and hardly weeing since yesterday'])('"%s" is urgent today', (text) =>
    expectRuleLevel(text, 'urgent_today'),
  );
});

describe('not wanting to feed told of the baby, not of the writer, one side or the bottle', () => {
  it.each([
    'her skin is yellowish, 4 days old, and I do not want to feed in public yet',
    '4 days old, yellowish and she does not want to feed from the right side',
    'yellowish skin and he does not want to feed from the bottle since Tuesday, 5 days old',
  ])('"%s" is no emergency: the jaundice alone is urgent or less', (text) => expect(levelOf(text)).not.toBe('emergency'));
  it.each(['yellowish skin and he does not want to feed, 5 days old', 'I think she does not want to feed, her eyes are yellow, 6 days old'])('"%s" is an emergency', (text) =>
    expectRuleLevel(text, 'emergency'),
  );
});

describe('cold hands and feet with mastitis and a fever, not from the weather', () => {
  it.each(['I have mastitis and a high temperature, the heating is broken so my hands are icy', 'mastitis with a fever and my feet are freezing as I have just come in from outside'])(
    '"%s" is urgent today (mastitis with a fever)',
    (text) => expectRuleLevel(text, 'urgent_today'),
  );
  it('"my mastitis is no better, I have a fever and my hands and feet feel ice cold even under the duvet" is an emergency', () =>
    expectRuleLevel('my mastitis is no better, I have a fever and my hands and feet feel ice cold even under the duvet', 'emergency'));
});

describe('sepsis told, not asked about', () => {
  it.each(['mastitis and a fever since yesterday, I saw a leaflet on sepsis, what are the signs to look out for?', 'could my mastitis with this fever lead to sepsis'])(
    '"%s" is urgent today (mastitis with a fever)',
    (text) => expectRuleLevel(text, 'urgent_today'),
  );
  it.each(['mastitis with a fever and I think it has turned into sepsis', 'mastitis, a fever and all the signs of sepsis the midwife told me about'])('"%s" is an emergency', (text) =>
    expectRuleLevel(text, 'emergency'),
  );
});

describe('a temperature reading then a day of life', () => {
  it.each([
    ['my 3 week old has a temp of 38.2, day 20 of life', 38.2],
    ['temp 37.1 day 6, feeding well', 37.1],
    ['temperature 38 week 2 after the birth', 38],
  ])('"%s" reads %d', (text, value) => expect(triage.recogniser.recognise(text).quantities.filter((quantity) => quantity.kind === 'temperature').map((quantity) => quantity.value)).toEqual([value]));
  it.each(['temp for 2 days now', 'she has had a temperature for 38 days'])('"%s" reads no temperature', (text) =>
    expect(triage.recogniser.recognise(text).quantities.filter((quantity) => quantity.kind === 'temperature')).toEqual([]));
  it('"my 3 week old has a temp of 38.2, day 20 of life" is an emergency', () => expectRuleLevel('my 3 week old has a temp of 38.2, day 20 of life', 'emergency'));
  it('"temp 37.1 day 6, feeding well, just checking" raises no rule', () => expect(levelOf('temp 37.1 day 6, feeding well, just checking')).toBe('no red flag'));
  it('"she has a temp, 8 wks old and off her feeds" is an emergency (a fever in words, then her age)', () =>
    expectRuleLevel('she has a temp, 8 wks old and off her feeds', 'emergency'));
});
