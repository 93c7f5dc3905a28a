import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s21-ue: the kinds of train-19's misses and under-escalations, and the whose-sign false alarms met on
// the way, each fixed as a kind (content/safety.yaml, src/safety) with a near miss beside it that must stay calm.
// Phrasings written for these tests, not taken from the corpora.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

/** The rules alone give `row` at `level`. */
function expectRow(text: string, row: string, level: string): void {
  const found = triage(text, [], {});
  expect({ text, row: found?.row, level: found?.level }).toEqual({ text, row, level });
}

describe('jaundice with poor feeding told in other words is an emergency (RED-FLAGS.md)', () => {
  it.each([
    'she is 4 days old, quite yellow now and sucking so weakly at the breast',
    'yellow eyes and face, day 5, and he drinks very little at each feed',
    'jaundiced at 3 days and she only sucks for 1 minute then she is off again',
    'we could not really wake him for his feed tonight, he is 2 days old and jaundiced',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // A little yellow in a baby feeding well, and the mother's own drinking told as little, raise nothing.
    'day 5, a bit yellow in the face, he feeds every 2 to 3 hours and has plenty of wet nappies',
    'I drink very little water during the day, will that affect my milk? baby is 4 days and a bit yellow, feeding well',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a baby unresponsive told rather than named is an emergency', () => {
  it.each([
    'he screams in a way I have never heard when I lift him, and otherwise he lies still. 6 weeks',
    'my 10 day old is moaning instead of crying and has not fed since lunch',
    'our 3 week old has bronchiolitis, he is too tired to feed and is not interested in anything around him',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // The mother too tired to feed at night is no sign of the baby's.
    'too tired to do the night feed so my husband does a bottle, will that hurt my supply?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('too few wet nappies told as a change', () => {
  it.each([
    'he was weeing fine then stopped weeing altogether, day 6',
    'in this heat her nappies are much less wet today and she is 2 weeks',
    'my 8 month old has a temperature and has not had a wet nappy for half a day',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe("whose: the mother's own wee with its colour told right after it", () => {
  it.each([
    'my own wee is dark yellow by the afternoon, do I need to drink more while nursing?',
    'my urine is dark yellow most days since the birth, baby is 3 weeks and feeding well',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // The baby's dark wee told beside hers keeps the baby's rule.
    'my own wee is dark yellow and his nappies have dark yellow wee too, 6 days old',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe("whose: a temperature after mastitis or a woman's illness is hers, not the baby's", () => {
  it.each([
    'started antibiotics for mastitis yesterday, still 38.7 tonight and the red patch is just as big',
    'my wife has mastitis, she is shivery tonight, temp 38.9. baby is 4 weeks',
    "my partner's breast is red and hot, she has 38.6 and chills. baby is 2 weeks",
  ])('"%s" is the mastitis row, urgent today', (text) => expectRow(text, 'mother-mastitis', 'urgent_today'));

  it.each([
    // The baby named with the number keeps the baby's fever rule.
    'I have mastitis and the baby has a temperature of 38.4, he is 5 weeks',
    'my wife has mastitis and he has 38.3 tonight, he is 3 weeks old',
  ])('"%s" is still the baby\'s fever, an emergency', (text) => expectRow(text, 'baby-temperature', 'emergency'));
});

describe('whose: a grown daughter is an adult, not the baby', () => {
  it.each([
    // A mother's rule catches her sign: the mastitis row, not the baby's fever.
    'my grown daughter has mastitis and a temperature of 38.5, is she ok to keep feeding?',
    'my adult daughter has a red hot breast and 38.6, she had her baby 2 weeks ago',
  ])('"%s" raises no baby rule', (text) => {
    const found = triage(text, [], {});
    expect({ text, row: found?.row?.startsWith('baby-') ?? false }).toEqual({ text, row: false });
  });

  it.each([
    // A daughter who is the baby keeps her signs.
    'my daughter is 3 weeks old and has a temperature of 38.5',
    'my daughter had a fit this morning, she is 10 days old',
  ])('"%s" is still an emergency for the baby', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // Review of s21-ue: a grown daughter's sign no adult's rule catches, which the baby's would at emergency,
    // keeps that escalation (when unsure, escalate).
    'my grown up daughter had a seizure yesterday, 4 days after giving birth',
    'my adult daughter is having a fit right now, her baby is 1 week old',
    'my daughter had a fit the day after giving birth, she is on medication now. can she still breastfeed?',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('whose: an adult named only after a number that ends its clause is not its owner', () => {
  it.each([
    'my 4 week old feels warm, the thermometer says 38.2, my mum says just undress him',
  ])('"%s" is the baby\'s fever, an emergency', (text) => expectRow(text, 'baby-temperature', 'emergency'));

  it.each([
    // The adult named in the number's own clause keeps it hers.
    'baby is 5 weeks and fine, my mum has 38.5 and a cough, can she still cuddle him?',
  ])('"%s" raises no baby rule', (text) => {
    const found = triage(text, [], {});
    expect({ text, row: found?.row?.startsWith('baby-') ?? false }).toEqual({ text, row: false });
  });
});

describe('"has gone up" is a rise, not a sign gone', () => {
  it.each([
    "my wife's mastitis is worse, her temperature has gone up to 39.8 and she is mixing up her words",
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // Gone told plainly is still over.
    'she had mastitis last week, the fever has gone and the redness has gone now, can I feed from that side?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

// Review of s21-ue: signs the first version of this round lowered or silenced, and its new false alarms.
describe('review: mastitis named with no owner, and a baby or her age told beside the temperature, stays the baby\'s fever', () => {
  it.each([
    'mastitis and a temp of 38.6 - not me though, my 3 week old',
    'mastitis and 38.3, its the babys temperature not mine, 2 weeks old',
    'got mastitis, 38.4 for her, she is 4 weeks',
    'mastitis and temp 38.5 and she is not feeding, 2 weeks',
    'mastitis again and temp 38.6, my 5 week old is boiling',
    'mastitis and 38.5, she is red hot',
    '2 week old baby. mastitis and a temp of 38.3',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    // Nobody but the writer may own it: her mastitis row.
    'mastitis and a temp of 38.7 since last night',
  ])('"%s" is the mastitis row, urgent today', (text) => expectRow(text, 'mother-mastitis', 'urgent_today'));
});

describe('review: near misses the first version raised', () => {
  it.each([
    // "Not really waking" alone, of an older baby.
    'he does not really wake up for his dream feed now, 11 weeks, feeds well in the day',
    'we could not really wake her for the late feed so let her sleep on, 4 months and thriving',
    // The mother, a husband or a toddler stopped weeing or wetting.
    'I stopped weeing properly after the catheter came out, is that normal after a section?',
    'since the birth I have stopped peeing as often as before',
    'my husband has stopped weeing in the night since he drinks less tea',
    'my 3 year old stopped wetting the bed, and the baby is 6 weeks',
    // Nappies less wet with an ordinary reason told.
    'her nappies are much less wet since we changed to reusables, 4 months',
    'since starting solids his nappies are way less wet, 7 months',
    // A woman drinking very little.
    'my wife drinks very little water and our 4 day old is a little yellow but feeding well',
    'mum drinks very little, baby is day 3, slightly yellow, feeding well',
    // A changed cry for hunger with a content baby lying still.
    'a different cry when he is hungry, otherwise lies still and happy in his bouncer, 8 weeks',
    'she moans instead of crying when she is sleepy, 6 weeks, feeding well',
    'a little yellow, day 4, 10 feeds a day, only sucks for 3 minutes on the second side',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // The baby named as the one who stopped weeing keeps the rule.
    'the baby has stopped weeing since last night, 4 days old',
    'his nappies are much less wet today, 10 days old',
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Jaundice with a baby not really waking stays an emergency.
    'she is jaundiced and does not really wake up for feeds, 5 days old',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
