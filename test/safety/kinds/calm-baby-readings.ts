import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s23-baby: near misses of the breathing, waking and skin rows read by structure (word senses, a denied
// phrase, a glass result told as fading, grunts with easy breathing, jerks that stop on waking, a fear of a pause).
// Each calm wording is paired with the same story and a present sign, which the rules must still escalate.

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
    'a rash on his cheeks that flares after every bath, no fever, 5 weeks',
    'my nipple feels like broken glass when he latches, 2 weeks in',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'during pantang my 6 day old started panting and grunting with every breath',
    'her eczema flares and her nostrils are flaring with each breath, 3 months',
    'my nipple feels like broken glass, and his rash does not fade under a glass',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a glass test told with the rash fading (fade_result)', () => {
  it.each([
    'blotchy spots on her back that go white when I press a glass on them, 8 weeks, feeding fine',
    'red rash on his legs that vanishes under a glass, 5 months and playing',
    'his spots went white when I pressed a glass on them, 10 weeks and happy',
    'little red spots that fade completely under the glass, 4 months, no temperature',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    "blotchy spots on her back that don't go white when I press a glass on them, 8 weeks",
    'red rash on his legs that fades under a glass but the purple spots on his tummy do not fade',
    "his spots didn't go white when I pressed a glass on them, 10 weeks",
    'little red spots that fade completely under the glass, but she is floppy and mottled',
    "tiny dots on his chest, some go white when I press a glass on them, a few don't, 3 weeks",
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('grunts in sleep or pushing a poo, with the breathing told easy (breathing_easy, grunt_unexplained)', () => {
  it.each([
    'she grunts and squeaks all night in her crib, breathing looks easy, pink, feeds well. 9 days old',
    'he grunts when he is pushing out a poo, breathing is normal, 2 weeks',
    'so noisy asleep, little grunts, but her breathing is calm. is grunting normal?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'she grunts with every breath all night in her crib, breathing looks easy otherwise, 9 days old',
    'he grunts in his sleep, breathing is normal but he has a temperature of 38.2, 2 weeks',
    'so noisy asleep, little grunts, breathing is calm but she is breathing fast when awake',
    'she grunts asleep and her lips look blue, breathing seems normal',
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

describe('a fear that the baby will stop breathing, not a pause told (feared_stop, pause_told)', () => {
  it.each([
    "I'm so scared she'll stop breathing in her sleep that I check her every hour, 4 weeks",
    'I worry he might stop breathing at night, is a monitor worth it?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    "I'm so scared she'll stop breathing again, last night she stopped breathing for 20 seconds",
    "I worry he'll stop breathing like he did yesterday",
    'I worry he will stop breathing, he went blue this morning',
    "I'm scared she'll stop breathing, she had a long pause in her sleep last night",
    "I worry he'll stop breathing, he had a pause of 25 seconds last night",
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
