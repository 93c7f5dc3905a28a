import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-baby: near misses of the baby's breathing, skin and waking rows, read by structure. Each calm
// wording is paired with the same story and a present sign the reading does not explain, which still flags.
// Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a glass or press test told as fading in a relative clause or of all the spots', () => {
  it.each([
    'little red spots on her back that fade completely under the glass, 6 weeks old, feeding well',
    'a blotchy rash on his arms that vanishes under a glass, 4 months, playing happily',
    'a few red dots on her chest that go white when I press a glass on them, she is feeding and content',
    'did the glass test on the spots on her neck and every one of them faded, she is feeding fine',
    'spots on his back, I did the glass test and they all went white under it, 7 weeks, no temperature',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'little red spots on her back that fade completely under the glass, but the purple ones on her legs do not fade',
    'little red spots on her back that fade completely under the glass, and she is floppy and hard to wake',
    'a blotchy rash on his arms that vanishes under a glass, but now there are new spots that stay when I press',
    'a few red dots on her chest that go white when I press a glass on them, and she has a fever and is very sleepy',
    'did the glass test on the spots on her neck and every one of them faded, today more came and they do not fade',
    'pressed a glass on the rash on his tummy and it all went pale, but he looks grey and mottled all over',
    'the tiny spots that faded completely under the glass have now turned into dark blotches that do not',
    'he has eczema that flares, and now he has purple spots that do not fade under a glass',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('mottling in the cold, told gone within minutes once warm', () => {
  it.each([
    'her legs go a lacy purple pattern when I undress her for a bath, gone in a few minutes once she is dressed',
    'when I undress him for a change his legs go lacy and purple. once he is dressed and cuddled up it is gone',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'her legs go a lacy purple pattern when I undress her for a bath, gone in a few minutes, but today she is floppy and hard to wake',
    'when I undress him for a change his legs go lacy and purple. once he is dressed it is gone, but now it is there all the time',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

// Review of s25-baby: a fear of a pause is read as main reads it, since a real pause is often told in other words
// beside it (the fear is the writer's reason for telling). Rewordings of the review's wordings, all must flag.
describe('a pause in breathing feared beside one told in other words', () => {
  it.each([
    'I am so scared he will stop breathing, and now and then he really does and I have to blow on him',
    'I fear she will stop breathing as there are long quiet gaps between her breaths when she sleeps',
    'I am worried he will stop breathing, it happened two times last night',
    'I worry she will stop breathing again the way she did two days ago',
    'scared she might stop breathing, her breathing keeps pausing for ages',
    'I am so scared she will stop breathing at night, and tonight she stopped breathing for 20 seconds',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a short pause while dozing, or told as a range of seconds', () => {
  it.each([
    'while he dozes after a feed he stops breathing for about 6 seconds then breathes again, his colour stays normal',
    'in her sleep she stops breathing for 4 to 7 seconds then carries on, she stays pink the whole time',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'while he dozes after a feed he stops breathing for about 6 seconds and goes blue',
    'in her sleep she stops breathing for 15 to 20 seconds then carries on, she stays pink the whole time',
    'in her sleep she stops breathing for 4 to 7 seconds, she stays pink, but she keeps dozing off all day and will not feed',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('sign words in another sense', () => {
  it.each([
    'a red rash on his tummy that always flares after his bath, no fever, feeding well',
    'I have a blocked duct and dangle feeding helped, should I keep going?',
    'the consultant said floppy voicebox, he squeaks when he breathes in but he feeds well',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'a red rash on his tummy that always flares after his bath, and his nostrils are flaring as he breathes',
    'dangle feeding helped my blocked duct, but the baby is floppy and will not wake',
    'the consultant said floppy voicebox, but today he is floppy and hard to wake',
    'he has a rash on his neck and nostrils that flare with each breath he takes',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

// Review of s25-baby: pale or grey skin beside a press, the word 'pale' beside the nappies, and a baby lying on the
// mother's chest who barely moves are signs as on main (rewordings of the review's wordings; the still baby on
// the chest is the net's catch on main, not a rule's, so it is measured in the review battery, not here).
describe('pale skin, few wet nappies and a still baby on the chest', () => {
  it.each([
    'he looks pale and grey, and when I press his skin it stays white for a long time',
    'she has gone grey and when I press on her chest the skin stays white',
    'she is very pale and when I press her nail bed it is slow to go pink',
    'he is so pale. his wet nappies are few and he is not feeding well',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
