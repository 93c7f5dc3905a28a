import { sharedContent } from '../../support/shared-engine';
import { sharedRuleExpectations } from '../../support/rule-expectations';
import { createTriage } from '../../../src/safety/triage';

// Issue 11, s21-glass: a glass test told with doubt, only in part or with a contrast is not the reassuring
// result (RED-FLAGS.md: a rash that does not fade under a glass is an emergency; when unsure, escalate). A glass
// of water, wine or milk, reading glasses, a rash that fades completely on a well baby, a question about how the
// test is done, and fading told of a nipple, jaundice or stretch marks stay ordinary. Phrasings written for
// these tests; the first five are the kinds the brief names.

const { triage, expectNoRuleFlag, expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

// The skin-rash row's rules alone: several of these wordings also raise the mother's faintness rule first
// ("went white"), which would hide whether the skin row itself reads them.
const skinRow = createTriage({ ...sharedContent().safetyRules, rules: sharedContent().safetyRules.rules.filter((rule) => rule.row === 'baby-skin-rash') }, triage.recogniser);

describe('a glass test told with doubt, in part or with a contrast', () => {
  it.each([
    'pressed a glass and they faded a bit',
    "husband says they fade, i'm not convinced",
    'the rash fades but the pinpricks dont',
    'some went white but not the ones on her legs',
    'they went white but came back darker',
    "did the glass test on her spots and honestly I can't tell if they faded, 6 weeks old",
    'glass test on her tummy rash, I think they faded but the light is bad',
    "we tried the glass test and weren't sure, he is 4 weeks old",
    "my mum says the spots fade under a glass but I'm not convinced",
    'the red dots faded except the ones on his feet when I pressed a glass',
    'rolled a glass over his chest, the spots kind of fade, not sure',
    'did the glass thing on the spots and they mostly disappeared',
    "partner reckons the rash blanches, i'm not so sure, she's 9 weeks",
    'pressed a tumbler on her tummy and it went a little paler, not white',
    'when I push the glass on them they fade slightly, 3 weeks old',
    "did the glass test, they went white mostly but I'm not sure about the ones on her back",
    "the spots fade when I press but the tiny dark ones don't",
    'rolled a glass over her legs and most of them disappeared apart from two',
    'tried the tumbler test, hard to tell if it faded in this light',
    'the marks on his tummy fade with the glass except a couple near his belly button',
    'my husband thinks the dots blanch, i doubt it',
    'did the glass test on her cheeks and not sure if they went white or not',
    'when I hold a glass over them they sort of go pale, he is 2 months',
    'pushed a glass on it and it faded partly, she is 5 weeks',
    // Kept through the s21-glass review's narrowing: a doubted claim about the rash, a partial or doubted result
    // of the test named, whatever else is told beside it.
    "grandma says the spots blanch so it's nothing but i'm not convinced, she is 4 weeks",
    'tumbler test - they went a little bit paler, 5wo',
    'glass test: they sort of faded?? 7 weeks old and wont stop crying',
    'did the glass test on her spots, partly faded, she is a bit yellow as well',
    'her dots faded under the glass i think, not certain',
  ])('"%s" is an emergency of the skin-rash row', (text) => {
    expectRuleLevel(text, 'emergency');
    const found = skinRow(text, [], {});
    expect({ text, row: found?.row, level: found?.level }).toEqual({ text, row: 'baby-skin-rash', level: 'emergency' });
  });

  it.each([
    "I take my iron tablets with a glass of water, not sure if that's right while breastfeeding",
    'had a glass of wine last night, not sure how long to wait before feeding',
    "is a glass of milk a day enough, not sure I'm drinking enough",
    "I need new glasses, my eyes are a bit blurry, not sure if it's hormones",
    "can I have a glass of prosecco at the wedding? not convinced it's safe",
    "I put my glasses on and still can't tell if she is latching properly",
    'what is the glass test and how do I know if a rash fades?',
    'how do you do the glass test on a baby, and what does it mean if it fades a bit?',
    "did the glass test on her heat rash and it faded completely, she's feeding and happy",
    "I'm not sure how to do the glass test properly, baby has a heat rash",
    'the rash faded under the glass, she is 4 months, laughing and feeding, a bit snotty',
    'my nipple goes white after feeds but comes back pink, not sure why',
    "her jaundice is fading, midwife says it's fine, I'm not convinced",
    "my stretch marks fade a bit each month, husband says they will, i'm not so sure",
    'poured a glass of juice, the baby spat some out',
    'the bruise on my arm faded a bit, not sure why I had it',
    'I held a glass of water and the shaking went away a bit',
    'glass bottles or plastic ones for storing milk, not sure which is better',
    'nappy rash faded a bit after using the cream, not sure if it is thrush',
    'my milk supply went down a bit, not sure if the glass of wine did it',
    "a glass or two of wine at christmas, partner says it's fine, i'm not convinced",
    "my reading glasses keep fogging when I feed, can't tell if I need new ones",
    "couldn't tell if the milk had gone off so I poured it into a glass, it smelled fine",
    'her heat rash faded a bit after a cool bath, not sure if I overdressed her',
    // The doubt put to a professional who called it nothing, in the next sentence (normal_when).
    "did the glass test on her spots last night and couldn't tell if they faded. Rang 111 and the doctor said it was nothing, she's feeding well today",
    "my nipples go white then pink after a feed, hard to tell if it's vasospasm",
    // The s21-glass review's false alarms, in other words: a fading told with a contrast but no glass or press, of a
    // harmless rash, a mark or the mother's own skin.
    "the heat rash has faded apart from a bit on his back, he's feeding and content",
    'the redness from her nappy rash faded but not all the way',
    'his baby acne has faded except a few spots on his forehead',
    'the thrush rash faded but not in her neck folds',
    'the dribble rash on her chin faded but not the bit on her chest',
    'the marks from his sleepsuit poppers faded except one on his leg',
    'the red mark from the dummy has faded but not fully',
    'the bites from the midges faded except the one on his hand',
    'the rash on my chest faded but not completely, could it be mastitis?',
    'the nipple pain went away but not completely, and she has a little nappy rash',
    // The second review's false alarms, in other words: a fading the sun or the heat explains (fade_by_weather).
    "my mum says his spots fade in the sun, I'm not so sure",
    "my sister reckons the spots fade when she's out of the heat, not convinced",
    // A doubted claim with no rash, spot, blanching or glass word in it.
    "the health visitor says colic goes away by 3 months, i'm not convinced",
    "midwife says the engorgement goes away if I feed often, I'm not so sure",
    "my mum says the soreness fades once the latch is better, I'm not sure about that",
    "my friend says reflux goes away on its own, I don't believe her",
    'the HV says the cradle cap goes away with coconut oil, i doubt it',
    "the GP says her baby acne fades with time, I'm not convinced",
    "they say cluster feeding fades after a few weeks, I'm not convinced",
    // A glass near a feed or a thing, with a doubt about something else.
    "I left my glass of water... my glass on the table, can't tell if he is hungry or just tired",
    "she keeps staring at the glass on the shelf, can't tell if she can see it yet",
    "I hold the glass while she feeds, hard to tell if she's swallowing",
    'cup feeding him with a glass, hard to tell how much he gets',
    "I put the glass down to latch him and it's hard to tell if he's on properly",
    'under the glass lid the stored milk went a bit lighter, is it separating?',
    "my aunt says the glass test doesn't work on dark skin, I'm not convinced",
    // Something that is not skin going white and coming back.
    "my milk blister's gone white then come back",
    'my milk blister turned white then came back',
    'the frozen milk went white then came back yellow once it thawed',
    // What a result would mean, asked.
    'what if the rash only fades a little under a glass?',
    'should I worry if the spots fade a bit under a glass?',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));

  // A face gone pale is no glass test, and no rule reads it as one. The learned check may ask about fainting:
  // since it learnt train-17 to train-25 (s27-net) it reads a mother's pale spell as the physical row's sign.
  it('no rule reads "my face went pale but came back, I think I am just tired" as a glass test', () => expectNoRuleFlag('my face went pale but came back, I think I am just tired'));

  // Spots from bites or a jab that faded but for some still there (bite_marks): no rule reads them as a glass result.
  // Only the rules: "spots … still there" may still draw the learned net's conditional safety check, which is its
  // own judgement and not this rule's.
  it.each([
    'the spots from the flea bites have faded but the ones on his foot are still there',
    'the red dots from the bed bugs faded, the ones on her tummy are still there though',
    'the spots from her jabs faded but the one on her thigh is still there',
    'the mosquito bites have faded apart from a couple on her legs that are still there',
  ])('"%s" raises no rule', (text) => expect(skinRow(text, [], {})).toBeUndefined());

  // A pale poo is the jaundice row's (urgent today), not the skin row's emergency.
  it('reads a pale poo that came back yellow on the jaundice row, not as a rash', () => {
    const text = 'his poo went pale but came back yellow';
    expect(skinRow(text, [], {})).toBeUndefined();
    expect(triage(text, [], {})?.row).not.toBe('baby-skin-rash');
  });
});
