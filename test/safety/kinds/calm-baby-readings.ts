import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s23-baby: near misses of the breathing, waking and skin rows read by structure (word senses, a denied
// phrase, jerks that stop on waking). Each calm wording is paired with the same story and a present sign, which the
// rules must still escalate. The review of s23-baby found three readings that silenced red flags (a glass result told
// as fading, grunts with easy breathing, a fear that the baby will stop breathing) and a skin flare read across "and"
// to a flaring nose: those readings are gone, and the red flags they silenced are kept here as must-flag wordings.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('"sucking in" of the ribs or chest denied is no baby who will not suck (recession_denied)', () => {
  it.each([
    'stuffy little nose at 3 weeks, feeding fine, no sucking in, breathing steady. can I use saline?',
    'she has a snotty cold, 6 weeks, her ribs dont suck in and she is feeding as usual',
    'rattly chest with a cold but no sucking in at the ribs, pink and feeding, 7 weeks',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'stuffy little nose at 3 weeks and her ribs are sucking in with every breath',
    'he has done no sucking in 6 hours, 2 weeks old, just lies there',
    'cold at 5 weeks, no sucking in at the ribs but she is floppy and hard to wake',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a sign phrase denied as a whole denies its tail ("not working hard to breathe")', () => {
  it.each([
    "snuffly nose at 4 weeks but he's not working hard to breathe and feeds well",
    "she isn't working hard to breathe, just a blocked nose, 3 weeks",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    "snuffly nose at 4 weeks and now he's working hard to breathe",
    "she's not feeding and it's hard to breathe for her, 3 weeks",
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('word senses: a confinement custom, a skin flare, glass as a likeness', () => {
  it.each([
    'my mum says no cold water or fruit during pantang, does it change my milk? baby is 6 days',
    'her eczema flares whenever it is hot, 3 months, should I change the soap?',
    'his rash that flares after every bath, no fever, 5 weeks',
    'my nipple feels like broken glass when he latches, 2 weeks in',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'during pantang my 6 day old started panting and grunting with every breath',
    'her eczema flares and her nostrils are flaring with each breath, 3 months',
    'my nipple feels like broken glass, and his rash does not fade under a glass',
    // A skin word, then "and", then a nose that flares: the nose is the sign (review of s23-baby).
    'my son has a rash and his nostrils are flaring',
    'she has eczema and flaring nostrils while she breathes',
    'he has hives, and nose flaring since his feed',
    'spots on his face and his nostrils flaring, 3 weeks',
    'eczema, flaring nostrils, 5 weeks old',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a glass result told as fading beside a rash that does not fade (review of s23-baby)', () => {
  it.each([
    "blotchy spots on her back that don't go white when I press a glass on them, 8 weeks",
    'red rash on his legs that fades under a glass but the purple spots on his tummy do not fade',
    "his spots didn't go white when I pressed a glass on them, 10 weeks",
    'little red spots that fade completely under the glass, but she is floppy and mottled',
    "tiny dots on his chest, some go white when I press a glass on them, a few don't, 3 weeks",
    'the red patches go white under a glass, but now there are a few purple spots that stay',
    "fades under the glass but he has a non blanching rash on his chest too",
    'fades under a glass. separately he has petechiae on his legs and tummy',
    'my mum pressed a glass on it and said it fades, but I can still see a few of the spots through the glass',
    'his blotches vanish under a glass but two tiny dark red dots stay when I press them',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('grunts in sleep or pushing a poo, the breathing told easy, with a sick baby (review of s23-baby)', () => {
  it.each([
    'she grunts with every breath all night in her crib, breathing looks easy otherwise, 9 days old',
    'he grunts in his sleep, breathing is normal but he has a temperature of 38.2, 2 weeks',
    'so noisy asleep, little grunts, breathing is calm but she is breathing fast when awake',
    'she grunts asleep and her lips look blue, breathing seems normal',
    'he grunts when he sleeps and his breathing looks fine, but he feels burning hot to touch',
    'grunting while she sleeps, breathing seems ok, but she is so lethargic today',
    'grunting as he sleeps, breathing normal, he has a high pitched cry',
    'her ribs do not suck in but she is grunting and blue',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('jerks going off to sleep that stop when the baby wakes (settle_return, sleep_onset)', () => {
  it.each([
    'her legs jerk in deep sleep but it stops the second she wakes and she is fine, 2 weeks',
    'he twitches while he is dozing but stops soon as I touch him, 10 days old',
    'she jerks her arms as she is dropping off to sleep, as soon as she is awake it stops and she is normal',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'her legs jerk in deep sleep and it does not stop when she wakes, 2 weeks',
    'he twitches while he is dozing and his eyes roll back, 10 days old',
    'she jerks her arms as she is dropping off to sleep, it keeps going when she is awake and her lips go blue',
    'he keeps dozing off all day and his arm keeps jerking',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a fear that the baby will stop breathing, with or without a pause told (review of s23-baby)', () => {
  it.each([
    "I'm so scared she'll stop breathing again, last night she stopped breathing for 20 seconds",
    "I worry he'll stop breathing like he did yesterday",
    'I worry he will stop breathing, he went blue this morning',
    "I'm scared she'll stop breathing, she had a long pause in her sleep last night",
    "I worry he'll stop breathing, he had a pause of 25 seconds last night",
    "I'm frightened she will stop breathing, she went about 20 seconds with no breath",
    'scared he might stop breathing, he paused for about 30 seconds while asleep',
    "I worry she'll stop breathing, there were gaps of 25 seconds in her breathing last night",
    "worried he'll stop breathing, last night he just stopped for 20 seconds",
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('what makes a sign normal is never read as over ("a few seconds … back to normal")', () => {
  it.each([
    'my 3 week old breathes fast for a few seconds then settles back to normal, stays pink',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'my 3 week old breathes fast for a few seconds then settles back to normal, but she goes blue',
    'my 3 week old breathes fast for a minute at a time and it is not back to normal',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
