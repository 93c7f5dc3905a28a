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
    'my daughter had a fit the day after giving birth, she is on medication now. can she still breastfeed?',
    'my grown daughter has a temperature of 38.5 and is breastfeeding her baby, is that safe?',
  ])('"%s" raises no baby rule', (text) => {
    const found = triage(text, [], {});
    expect({ text, row: found?.row?.startsWith('baby-') ?? false }).toEqual({ text, row: false });
  });

  it.each([
    // A daughter who is the baby keeps her signs.
    'my daughter is 3 weeks old and has a temperature of 38.5',
    'my daughter had a fit this morning, she is 10 days old',
  ])('"%s" is still an emergency for the baby', (text) => expectRuleLevel(text, 'emergency'));
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
