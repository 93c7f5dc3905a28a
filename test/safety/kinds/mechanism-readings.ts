import { readsAsEnglish } from '../../../src/safety/reads-as-english';
import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s14-rf: mechanisms that misread new writing, each tested with phrasings written for these tests
// (beside, never copied from, the train-12 messages that showed them): another language's words corrected into
// signs, words in another sense ("faintly", "coming down with", "gone shivery"), wetness that is not blood,
// whose a temperature is, and a colour softened by a hedge or told of a thing.

const triage = sharedRuleTriage();
const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

function rowOf(text: string): string | undefined {
  return triage(text, [], {})?.row;
}

describe('another language is not corrected into English signs (readsAsEnglish)', () => {
  it.each([
    'mon bébé ne fait pas de selles depuis hier, est-ce normal',
    'elle fait des petits bruits quand elle dort, mon bébé a trois semaines',
    'il fait très chaud et le bébé boit beaucoup',
    'mi bebé hace muchas caquitas, es normal?',
    'das Baby ist sehr ruhig und trinkt gut',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  // Capitals too: an ASCII message's words are lowercased letter by letter as they are looked up.
  it.each(['bébé ne fait pas pipi depuis hier', 'il mio bambino non mangia da ieri', 'ich habe keine milch und das baby weint', 'IL MIO BAMBINO NON MANGIA DA IERI', 'Ich habe keine Milch und das Baby weint'])('"%s" reads as another language', (text) =>
    expect(readsAsEnglish(text)).toBe(false),
  );

  it.each(['bby nt feedin, v flopy', 'lo v hot n flopy', 'my lo had a seezure', 'seezure?', 'she is 3 weeks and je ne sais quoi, just off'])('"%s" reads as English', (text) =>
    expect(readsAsEnglish(text)).toBe(true),
  );

  it.each(['bby nt feedin, v flopy', 'flopy bby, 2 wks, wont wake'])('"%s" (text-speak) is still corrected into an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it('a crisis in another language still gets the crisis line', () => expectRuleLevel("je n'en peux plus, je veux mourir", 'emergency', 'crisis'));
});

describe('"faintly" is never fainting', () => {
  it.each([
    'she is 12 days old and faintly yellow on her nose, feeding loads',
    'there is a faintly pink mark on his eyelid, 3 weeks',
    'my milk looks faintly orange today',
  ])('"%s" raises no fainting', (text) => expect(triage(text, [], {})?.ruleId).not.toBe('mother.emergency_signs'));

  it.each(['I feel faint every time I stand up to feed, 5 days after birth', 'I fainted in the kitchen this morning, baby is 6 days old', 'I feel faintly dizzy and the room is spinning, 4 days postpartum'])(
    '"%s" is still an emergency',
    (text) => expectRuleLevel(text, 'emergency'),
  );
});

describe('soaked through with something other than blood', () => {
  it.each([
    'his nappies are soaked through every morning, 2 weeks old',
    'the nappy soaked through her sleepsuit again overnight',
    'I wake up soaked through with sweat every night, baby is 9 days old',
    'her wee soaked right through her vest, is that a good sign',
  ])('"%s" is no heavy bleeding', (text) => expect(rowOf(text)).not.toBe('mother-physical'));

  it.each([
    'I soaked through a pad in half an hour, 4 days after birth',
    "I'm soaked through, 5 days postpartum, and the baby's nappy needs changing",
    'soaked right through my pad and onto the sheets, day 3',
    'the nappy is soaked through and I am soaking through my pads with blood every hour',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe("a temperature after the writer's own illness is hers", () => {
  it.each([
    "I've got flu, 38.4 and shivery. Can I still feed my 6 week old?",
    'I feel feverish, temp 38.7, is it ok to breastfeed my 3 week old?',
    "I'm poorly with a chest infection, 38.2 last night, my 10 day old is feeding fine",
  ])('"%s" raises no baby fever rule', (text) => expect(rowOf(text)).not.toBe('baby-temperature'));

  it.each([
    'I feel rough and my baby is hot, 38.5, she is 6 weeks',
    "I've got a cold. my 5 week old has 38.4",
    'I have flu and so has my 3 week old, 38.3',
    'i have flu, 38.3 and so does he, he is 5 weeks',
    "I'm so worried, 38.5 and my 4 week old won't feed",
    'my boob is sore, she is 3 weeks and 38.3',
    "my nipples are sore from his latch, he's 38.3, 3 weeks",
  ])('"%s" is still the baby\'s fever', (text) => expect(rowOf(text)).toBe('baby-temperature'));

  it.each([
    'my breast has a hot red wedge and I feel fluey, 38.6, baby is 5 weeks',
    'left boob red and sore, I feel like death, temp 38.9',
    'sore red wedge on my boob, think im coming down with something, temp 38.3',
  ])('"%s" is her mastitis, urgent today', (text) => {
    expect(rowOf(text)).toBe('mother-mastitis');
    expectRuleLevel(text, 'urgent_today');
  });
});

describe('a state come on is not a sign over', () => {
  it.each([
    "a red hot patch on my right breast, and now I've gone shivery and achy, 38.2",
    'my breast has been sore and red since Monday and I think I am coming down with flu, 38.5',
    'sore red wedge on my boob, think im coming down with something, temp 38.3',
  ])('"%s" is mastitis', (text) => expect(rowOf(text)).toBe('mother-mastitis'));

  it('a sign told as gone is still over', () => expectNoRuleFlag('the red patch on my breast has gone and my temperature came down, feel fine now'));
});

describe('a colour softened by a hedge, or told of a thing', () => {
  it.each([
    'my 2 week old looks a bit bluish and is very quiet',
    'he went slightly grey during the feed, 10 days old',
    'her face went kind of dusky while feeding, 3 weeks',
    'baby turned a little blue round the lips in the bath, 5 days old',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'the pumped milk went a bit grey in the fridge',
    'his hands look a bit blue after his bath, the rest of him is pink',
    'the bruise from her jab went a bit blue, 8 weeks',
    'the night light makes her look a bit blue on the monitor',
    "my milk was creamy last week, now it's gone a bit bluish, 3 weeks in",
  ])('"%s" raises no breathing rule', (text) => expect(triage(text, [], {})?.ruleId).not.toBe('baby.breathing_seizure'));
});

describe("a breast lump's hardness and its pain told apart", () => {
  it.each([
    "there's a hard lump near my nipple, it's really sore and it's been there 5 days",
    'found a firm lump in my left breast on Monday, hurts to touch, feeding has not shifted it',
  ])('"%s" is urgent today on the mastitis row', (text) => {
    expect(rowOf(text)).toBe('mother-mastitis');
    expectRuleLevel(text, 'urgent_today');
  });

  it.each(['a hard lump came up yesterday but it is not sore and went after a feed', 'the lump is not hard and does not hurt, just a bit full'])('"%s" raises no lump rule', (text) =>
    expect(triage(text, [], {})?.ruleId).not.toBe('mother.mastitis_not_better'),
  );
});

describe('a gap between a body part and a sign word does not reach over a negation', () => {
  it.each([
    "her lips aren't blue, she's pink all over, 2 weeks",
    'his eyes are not sunken and he has 6 wet nappies a day, 10 days old',
    "the soft spot isn't sunken, he's 4 weeks and feeding well",
    'her face is not yellow at all, she is 3 weeks and feeding well',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    "his eyes aren't sunken but his soft spot is sunken and he's had 1 wet nappy today, 6 days old",
    'her lips are not pink any more, they went blue during the feed',
    "she wasn't yellow in hospital but at 5 days she is looking more yellow every day",
  ])('"%s" still escalates', (text) => expect(triage(text, [], {})).toBeDefined());
});
