import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issue 11, s20-ue: an urgent sign with what makes it an emergency told in other words, which the rules gave
// at the urgent level (train-18's under-escalations; checked on train-13 to 17). Mastitis with a fever and
// confusion in a mother's words, rigors, sepsis named or hands and feet gone cold; yellow skin with a baby
// who does not want to feed or has barely had anything; a dehydration sign with a baby who won't drink or
// just lies there, or a soft spot told by its shape; a fever told in words before the baby's age. And their
// near misses: a question about sepsis, chills alone, a sunken soft spot with a lively baby. Phrasings
// written for these tests.

const { triage, expectRuleLevel } = sharedRuleExpectations();

// The exact level each near miss is expected at, so one silenced altogether (a mastitis with a fever raising no
// rule) fails as surely as one raised to an emergency.
function expectLevel(text: string, level: string | undefined): void {
  expect({ text, level: triage(text, [], {})?.level }).toEqual({ text, level });
}

describe('mastitis with signs the infection is spreading through the body', () => {
  it.each([
    'I have mastitis on the left, my temp is 39.5 and I feel so muddled I keep losing my words',
    'mastitis for two days, fever and now I am disorientated and not thinking straight',
    'got mastitis, temperature through the roof and I can not stop shaking under three blankets',
    'my mastitis is worse, I have a high temperature and my hands and feet have gone icy cold',
    'breast is red and hot with a fever of 39 and my feet are stone cold even in socks',
    'mastitis with a raging fever, I had sepsis after my first and this feels the same',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it('"is it true mastitis can lead to sepsis? …" (asked, no fever told) raises no rule', () =>
    expectLevel('is it true mastitis can lead to sepsis? I am breastfeeding and worried about getting it', undefined));
  it('"I have mastitis with chills and a temperature of 38.4 …" is urgent today (mastitis with a fever)', () =>
    expectLevel('I have mastitis with chills and a temperature of 38.4, red patch on the right side', 'urgent_today'));
});

describe('yellow skin with poor feeding in other words', () => {
  it.each([
    'his face and chest are yellow and he does not want to feed at all today',
    'she is 4 days old, going yellow and has hardly had anything from the breast since yesterday',
    'yellow tinge to her skin and she will not finish her feeds, she is 6 days old and sleepier than before',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('dehydration with a baby who will not drink or has gone listless', () => {
  it.each([
    'her soft spot has sunk right in and she will not drink anything since the vomiting started',
    'the fontanelle looks like a shallow bowl and he is just lying there in my arms not bothered by anything',
    'tummy bug for 2 days, skin stays tented when pinched and she does not want to drink at all',
    'sunken fontanelle after the diarrhoea and he is much quieter than usual',
    'he is 3 weeks old, hardly weeing since yesterday and so sleepy today',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each(['I think her soft spot looks a bit sunken today but she is feeding loads and kicking about happily'])('"%s" is urgent today, no emergency', (text) =>
    expectLevel(text, 'urgent_today'),
  );

  // A mother's own fast is no baby refusing to drink.
  it.each(['fasting for Ramadan, will not drinking all day dry up my milk for my 4 month old?'])('"%s" raises no rule', (text) =>
    expect(triage(text, [], {})).toBeUndefined(),
  );
});

describe('a fever told in words just before the baby’s age', () => {
  it.each(['he has a temp, 6 weeks old, and keeps crying', 'she has had a temperature, 5 weeks old tomorrow'])('"%s" is an emergency', (text) =>
    expectRuleLevel(text, 'emergency'),
  );
});

describe('milk not felt coming in, told with never first or as no fuller, beside a baby off track (urgent, its own row)', () => {
  it.each([
    'day 5 and I have never really felt my milk arrive, he feeds for an hour and still cries',
    'day 5 after the birth, my breasts are no fuller than on the first day and he cries straight after feeding',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    'my boobs are no fuller than yesterday, day 2 since she was born, is that normal',
    'is it normal I never felt my milk come in? day 6 and he is content after feeds',
  ])('"%s" raises no rule', (text) => expect(triage(text, [], {})).toBeUndefined());
});
