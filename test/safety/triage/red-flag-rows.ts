import { firstTurn, sharedEngine } from '../../support/shared-engine';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

// Every row of ../shared/RED-FLAGS.md, each with at least three phrasings: a typo, a third-person or partner
// report, and a US/UK word or unit variant. The rule id is the content/safety.yaml rule expected to fire.
const rows: { row: string; level: 'emergency' | 'urgent_today' | 'soon'; rule: string | string[]; phrasings: string[] }[] = [
  {
    row: 'hard to wake, floppy, not feeding',
    level: 'emergency',
    rule: 'baby.unresponsive',
    phrasings: ['my baby is realy hard to wake and wont feed', 'my husband says our son is floppy and wont wake up', 'newborn too sleepy to nurse and only moves when i touch her', 'baby is flopy'],
  },
  {
    row: 'seizure, breathing pauses, grunting, blue lips, fast breathing',
    level: 'emergency',
    rule: 'baby.breathing_seizure',
    phrasings: ['my baby is having a seizur', 'her lips look blue and she is grunting with every breath', 'he stopped breathing for a few seconds while feeding', 'my wife says the baby is breathing really fast'],
  },
  {
    row: 'pale, mottled or cold skin; rash that does not fade',
    level: 'emergency',
    rule: 'baby.skin',
    phrasings: ['baby has motled skin and feels cold', 'my daughter has a rash that doesnt fade under a glass', 'our son is very pale and clammy', 'purple spots on my babys tummy'],
  },
  {
    row: 'temperature 38 °C / 100.4 °F or more under 3 months',
    level: 'emergency',
    rule: 'baby.fever',
    phrasings: ['my 3 week old has a temprature of 38.2', 'my partner took our 6 week old sons temp and its 100.8 F', 'baby is 2 weeks old and 38.5 degrees', 'my newborn has a temperature of thirty eight point five'],
  },
  {
    row: 'temperature below 36 °C',
    level: 'emergency',
    rule: 'baby.low_temperature',
    phrasings: ['baby temp is 35.5', 'my 1 week old daughter is cold and her temperature is 35.8 c', 'thermometer says 95.5 F for my newborn'],
  },
  {
    row: 'too few wet nappies for the day of life, or none in 8 hours',
    level: 'urgent_today',
    rule: 'baby.wet_nappies',
    phrasings: ['day 5 and only 2 wet nappys today', 'my wife says the baby has had only 2 wet diapers and he is 6 days old', 'no wet nappy in 9 hours', 'baby is 4 days old with just one wet diaper'],
  },
  {
    row: 'too few dirty nappies in the first weeks',
    level: 'urgent_today',
    rule: 'baby.dirty_nappies',
    phrasings: ['baby hasnt pooed for 3 days and shes a week old', 'no dirty diapers since yesterday, he is 5 days old', 'my 4 day old has had no poo today'],
  },
  {
    row: 'dehydration: dry mouth, sunken soft spot, dark urine, urates',
    level: 'urgent_today',
    // Dark urine and urates are notes of the wet-nappies row in RED-FLAGS.md; either rule's escalation is the same level.
    rule: ['baby.dehydration', 'baby.wet_nappies'],
    phrasings: ['baby has a dry mouth and dark wee', 'my son has a sunken soft spot', 'orange crystals in her diaper on day 4', 'my girlfriend noticed pink crystals in the nappy'],
  },
  {
    row: 'jaundice',
    level: 'urgent_today',
    rule: 'baby.jaundice',
    phrasings: ['i think my baby has jaundise', 'my wife says the whites of her eyes look yellow', 'baby is 2 weeks old and still yellow', 'his poo is pale and chalky'],
  },
  {
    row: 'jaundice with poor feeding or a high-pitched cry',
    level: 'emergency',
    rule: 'baby.jaundice_severe',
    phrasings: ['baby is yellow and has a high pitched cry', 'my husband says our jaundiced daughter is not feeding', 'yellow baby barely feeding'],
  },
  {
    row: 'weight loss 10 % or more, not back to birth weight by 2 weeks',
    level: 'urgent_today',
    rule: 'baby.weight_loss',
    phrasings: ['baby lost 11% of her birth weight', 'midwife said our son is down 12 percent', 'she is 3 weeks old and not back to birth weight', 'he has lost ten percent'],
  },
  {
    row: 'blood in vomit or stools; bleeding cord stump',
    level: 'urgent_today',
    rule: 'baby.blood',
    phrasings: ['blood in babys poo', 'my wife found streaks of blood in his spit up', 'the cord stump is bleeding', 'bloody stool in her diaper'],
  },
  {
    row: 'not feeding for hours or fewer than 8 feeds a day and sleepy',
    level: 'urgent_today',
    rule: 'baby.feeding_poorly',
    phrasings: ['only 5 feeds in 24 hours and he is so sleepy', 'my baby is barely feeding and always asleep', 'newborn wont feed and keeps falling asleep'],
  },
  {
    row: 'thoughts of suicide, self-harm or harming the baby; psychosis',
    level: 'emergency',
    // Intrusive thoughts about the baby have their own calm crisis message (issue 11).
    rule: ['mother.self_harm', 'mother.intrusive_thoughts'],
    phrasings: ['i want to kill myslef', 'my wife is hearing voices', 'she is not herself, she is not making sense', 'sometimes i think about hurting my baby', 'i think everyone would be better off without me'],
  },
  {
    row: 'heavy bleeding, faintness, headache with vision changes, calf pain, chest pain',
    level: 'emergency',
    rule: 'mother.emergency_signs',
    phrasings: ['im soaking a pad every hour', 'my wife has chest pain and is breathless', 'bad headache and blurry vision 3 days after birth', 'i feel faint and i am bleeding heavily'],
  },
  {
    row: 'fever with tummy pain',
    level: 'emergency',
    rule: 'mother.fever_tummy_pain',
    phrasings: ['i have a fever and tummy pain', 'my wife has a temperature and her stomach hurts', 'i am running a temp and have abdominal pain'],
  },
  {
    row: 'mastitis: red, hot, swollen breast with fever or flu-like feeling',
    level: 'urgent_today',
    rule: 'mother.mastitis',
    phrasings: ['my breast is red and hot and i have a fever', 'wife has a hard red lump in her breast and chills', 'red wedge on my boob and i feel flu like'],
  },
  {
    row: 'mastitis spreading, purple skin, confusion',
    level: 'emergency',
    rule: 'mother.mastitis_spreading',
    phrasings: ['the redness on my breast is spreading', 'my wife has mastitis and she seems confused', 'purple skin on my boob'],
  },
  {
    row: 'mastitis not better after 48 hours of antibiotics, hard painful lump',
    level: 'urgent_today',
    rule: 'mother.mastitis_not_better',
    phrasings: ['been on antibiotics for mastitis 2 days and its not better', 'my wife has a hard painful lump in her breast', 'not improving on the antibiotics for my boob infection'],
  },
  {
    row: 'low mood most days for more than 2 weeks',
    level: 'soon',
    rule: 'mother.low_mood',
    phrasings: ['i feel so depresed all the time', 'i think i have postpartum depression', 'i cant stop crying, its been weeks'],
  },
  {
    row: 'blood in breast milk',
    level: 'soon',
    rule: 'mother.blood_in_milk',
    phrasings: ['blood in my breastmilk', 'my pumped milk is pink', 'there is blood in my expressed milk for 4 days'],
  },
];

describe.each(rows.map((row) => [row.row, row] as const))('red flag: %s', (_row, { level, rule, phrasings }) => {
  it('has at least three phrasings', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(3);
  });

  it.each(phrasings)('escalates "%s"', (text) => {
    const { trace, replies } = firstTurn(text);
    expect({ text, route: trace.route, level: trace.redFlag?.level }).toEqual({ text, route: 'red_flag', level });
    expect({ text, rule: trace.redFlag?.ruleId, certain: trace.redFlag?.certain }).toEqual({ text, rule: Array.isArray(rule) ? expect.stringMatching(new RegExp(`^(${rule.join('|').replace(/\./g, '\\.')})$`)) : rule, certain: true });
    // Nothing that could read as "it's normal" is sent next to an escalation.
    expect(replies.some((reply) => reply.kind === 'answer')).toBe(false);
  });
});

describe('near misses', () => {
  it.each([
    'my milk came in and my breasts feel hot and full',
    "baby's poo is yellow and seedy",
    'I had a cold last week',
    'day 2 and only colostrum',
    'no fever, just tired',
    'she is not bleeding',
    'had a fever last week, gone now',
    'my baby was jaundiced at birth but the midwife says he is fine now, can i keep breastfeeding',
    'how do i stop breastfeeding',
    'my 5 month old has a temperature of 38.2',
    'day 5 and 6 wet nappies today',
    'is it normal to feel a bit low in the first week',
    'baby is sleepy after feeds',
  ])('does not escalate "%s"', (text) => {
    const { trace } = firstTurn(text);
    expect({ text, route: trace.route, rule: trace.redFlag?.ruleId }).toEqual({ text, route: expect.not.stringMatching(/^red_flag$/), rule: undefined });
  });
});
