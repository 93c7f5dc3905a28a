import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issue 11, s16-level: a "very unwell" marker a row's sign combines with at the emergency level (RED-FLAGS.md:
// dehydration "emergency if severe"; jaundice with floppiness or hard to wake). Lethargy in any word for it,
// a baby who barely responds, feeds slept through, beside a dehydration marker or yellow skin; vomiting every
// feed with a dry mouth and a sleepy baby; no wee for 8 hours with sunken eyes and a sleepy baby. Plain
// sleepiness, or getting sleepier, beside one sign stays "urgent today". Phrasings written for these tests.

const { triage, expectRuleLevel } = sharedRuleExpectations();

function expectLevel(text: string, level: string): void {
  expect({ text, level: triage(text, [], {})?.level }).toEqual({ text, level });
}

describe('a dehydration sign beside a very unwell baby', () => {
  it.each([
    'his soft spot has sunk in a bit and he is so sluggish today, 4 weeks old',
    'eyes look sunken, 7 weeks, and she barely responds when I talk to her',
    'my 2 month old has been sick after every feed, her mouth is dry and she just wants to sleep',
    'no wet nappy for 10 hours, his eyes look sunken and he is so sleepy, 5 weeks',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'her soft spot looks a little sunken today, 6 weeks, feeding fine',
    'no wet nappy for 10 hours and his eyes look a bit sunken, 3 months old',
    'his mouth looks dry and he has been sick after every feed today, 8 weeks',
  ])('"%s" stays urgent today', (text) => expectLevel(text, 'urgent_today'));
});

describe('yellow skin beside a very unwell baby', () => {
  it.each([
    'she is 9 days old, yellow down to her tummy and sleeping through every feed',
    'my jaundiced 5 day old has gone sluggish and floppy',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each(['sleeping through the night at 8 weeks, is that ok?'])('"%s" is no jaundice emergency', (text) => expect(triage(text, [], {})?.level).not.toBe('emergency'));
});
