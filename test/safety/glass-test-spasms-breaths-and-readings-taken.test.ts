import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s32: four kinds of red flag the rules missed on train-32 (writers who never saw them) and the older
// training files. Each is read by the rules now; beside each, the ordinary message in the same words stays ordinary.
// Wordings written for these tests.

const { expectRuleLevel, expectRuleFlag, expectOrdinary } = sharedRuleExpectations();

describe('the glass test told as not fading, beside a harmless rash named as a guess or as another rash', () => {
  it.each([
    "little red dots on his tummy, 8 weeks. they stay when I press a glass on them. my mum reckons it's heat rash",
    'she had baby acne the doctor saw last week, but today there are new flat spots on her legs that are still there when I roll a glass over them',
    'is it eczema? the spots on his arm did not fade when I pressed the glass on them, he is 3 months',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
  it.each([
    'heat rash on his neck in this weather, it goes white when I press a glass on it and comes back, 2 months',
    'her stork mark on the neck does not fade when I press a glass on it, the midwife said it is a birthmark',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

describe("spots on her legs that stay under a glass are the baby's rash, not the mother's leg", () => {
  // The mother's one-sided leg rule read "her legs … purple" first and sent the mother's emergency message.
  it.each(['little purple spots on her legs that are still there when I press a glass on them, 7 weeks', 'red dots on her legs, I did the glass test and they stayed, she is 2 months'])(
    '"%s" gets the skin row\'s emergency',
    (text) => expectRuleFlag(text, 'baby-skin-rash', 'emergency', 'emergency'),
  );
  it('a swollen purple calf of her own stays the mother\'s', () => expectRuleFlag('my left calf is swollen, purple and sore, 10 days after the birth', 'mother-physical', 'emergency', 'emergency'));
});

describe('infantile spasms told by the movement and the cluster', () => {
  it.each([
    'when she wakes from her nap her head drops forward and her arms fling up, over and over, about ten in a row. 5 months',
    'my 4 month old does little head nods in clusters after he wakes up, then cries',
    'his knees come up and his head goes forward like a crunch, again and again every few seconds, 6 months',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
  it.each([
    'she nods off over and over during the night feed, how do I keep her awake to finish?',
    'he startles and his arms fling out when the door slams, then settles straight away, 3 weeks',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});

describe('breaths counted in a minute with breathing named', () => {
  it.each([
    'I counted her breathing while she slept and got 70 in a minute, she is 5 weeks',
    'counted his breaths like the nurse showed me, 66 in one minute, 3 weeks old',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
  it.each(['she breathes so quietly when asleep, and she fed 3 times in an hour then slept, 4 weeks', 'I counted 40 breaths in a minute while he slept, 6 weeks, is that normal?'])(
    '"%s" stays ordinary',
    (text) => expectOrdinary(text),
  );
});

describe("a baby's temperature taken by the writer, who used the thermometer or was shown how", () => {
  it.each([
    'he is 3 weeks and feels hot, I used the ear thermometer and it said 38.4',
    'my 6 week old is grizzly, I took it under her arm like the midwife showed me and it says 38.2',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
  // The writer's own reading stays hers: her breast, her illness, or no baby named before her "I".
  it.each(['I used a thermometer and it said 38.6, my left breast is red and sore, baby is 5 weeks'])('"%s" is the mother\'s mastitis, urgent today', (text) =>
    expectRuleLevel(text, 'urgent_today'),
  );
});
