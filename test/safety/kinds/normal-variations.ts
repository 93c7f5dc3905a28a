import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, near misses by kind (branch s8-rf-nm). Each kind has near misses from the training corpora that
// no rule escalates, and red flags written to break it (the same words beside a present sign, a number out of
// range, a worse sign elsewhere in the message, a negation), which the rules must still escalate with
// certainty at the row's level (RED-FLAGS.md: when unsure whether something is urgent, escalate).

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('periodic breathing: pauses or fast spells under 10 seconds with the colour told as good (normal_when)', () => {
  it.each([
    'is it normal that my 3 week old takes little pauses in her breathing when asleep, like 5 seconds, then breathes fast? she stays pink the whole time',
    'newborn breathes fast then stops for like 5 seconds then starts again while asleep, pink the whole time, is that the periodic breathing thing?',
    "my baby breathes fast then pauses for like 3 or 4 seconds then breathes again when she's asleep, colour normal, 2 weeks. periodic breathing?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'he stops breathing for 20 seconds, stays pink',
    'she stops breathing for 5 seconds and goes blue',
    'my 2 week old pauses her breathing for 8 seconds, stays pink, then pauses for 25 seconds',
    'my baby stops breathing for a few seconds, colour good, but she is grunting with every breath',
    'she stopped breathing for 9 seconds and went grey, then pink again',
    "my 3 week old stops breathing for a few seconds in her sleep, stays pink, but it's happening more and more",
    'my baby is breathing fast, 70 a minute, stays pink the whole time',
    'breathing fast and her ribs are sucking in, pauses of 5 seconds, she stays pink',
    'my newborn pauses in her breathing for 5 seconds, stays pink, and she feels hot and will not feed',
    'pauses in breathing for what feels like ages, about 8 seconds, stays pink',
    // A colour that changed and came back is apnoea's change of colour, not good colour (coordinator, s8).
    'she went violet and stopped breathing in my arms for a few seconds, she is pink again now',
    'he stopped breathing for a few seconds and then his colour came back',
    'she paused her breathing for 5 seconds and changed colour, she is fine now',
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('fast breathing: a negation inside the sign\'s own words', () => {
  it('"her breathing isn\'t fast" raises no rule', () =>
    expectNoRuleFlag("she sounds snuffly and blocked in the nose but her breathing isn't fast and she's feeding fine, 3 weeks. ok to use saline drops?"));
  it.each(["her breathing is really fast and she's feeding poorly", "he's breathing fast, it isn't slowing down", 'breathing not fast but her ribs are sucking in with each breath'])(
    '"%s" still escalates as an emergency',
    (text) => expectRuleLevel(text, 'emergency'),
  );
});

describe('a pantyliner is no panting', () => {
  it('"just a pantyliner" raises no rule', () => expectNoRuleFlag('day 10, bleeding is brownish and light now, just a pantyliner. when does lochia usually stop?'));
  it.each(['my 2 week old is panting and grunting', 'she pants like a dog when she breathes, 3 weeks old'])('"%s" still escalates as an emergency', (text) =>
    expectRuleLevel(text, 'emergency'),
  );
});

describe('jitters that stop when held or touched, with nothing of a fit told (normal_when)', () => {
  it.each(["my newborn's arms twitch and jerk a bit when she's in deep sleep, stops as soon as I touch her or she wakes. is that normal?"])('"%s" raises no rule', (text) =>
    expectNoRuleFlag(text),
  );
  it.each([
    'jerking all over for 2 minutes, stops when I hold her',
    'her arms jerk, it stops when I hold her, eyes rolled back',
    "his legs jerk rhythmically and it doesn't stop when I hold them",
    'my 5 day old was jerking and it stopped when I picked him up',
    'her arms twitch and jerk, stops when I touch her, but she went blue round the lips',
    'his arms keep jerking, it stops when i hold him but he is floppy and sleepy',
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('mottling that came with the cold and went once warm, in a well baby (normal_when)', () => {
  it.each([
    'mottled legs and arms after his bath, 6 weeks, went back to pink when he warmed up in a towel, he\'s feeding happily',
    "born at 36 weeks, her hands and feet look a bit marbled after her bath but go pink again once she's dressed and her tummy is warm",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    "mottled legs after his bath, went back to pink when warmed up, but he's very sleepy and won't feed",
    'mottled skin after the bath, went pink again once dressed but it keeps coming back',
    'she is mottled and cold even when warm',
    'his skin is mottled, i warmed him up but he is still mottled',
    "my baby was mottled after her bath and went pink again once warm, but she's floppy now",
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('the cold around the baby, or a cold, is no cold skin', () => {
  it.each(['my 3 week old has a cold and blotchy cheeks from crying', 'blotchy cheeks after a walk in the cold wind, 4 weeks'])('"%s" raises no rule', (text) =>
    expectNoRuleFlag(text),
  );
  it.each(['her skin is blotchy and she feels cold to touch', 'blotchy and cold hands and feet, 2 weeks old, in a warm room'])('"%s" still escalates as an emergency', (text) =>
    expectRuleLevel(text, 'emergency'),
  );
});

describe('psychosis named only as a condition asked about, or recovered from (normal_when, psychosis_history)', () => {
  it.each([
    "what's the difference between postpartum psychosis and the baby blues? my antenatal teacher mentioned it and it scared me",
    "how would I actually know if my wife had postpartum psychosis rather than just being tired? she's fine, baby is 2 weeks, I'm just reading up",
    "my wife had postpartum psychosis with our first in 2019, fully recovered, and we're thinking about baby number two. what should we plan for breastfeeding if she needs meds?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    "what's the difference between postpartum psychosis and the baby blues? i think i have psychosis",
    "what's the difference between psychosis and the blues? my wife hasn't slept in 3 days",
    'is it the difference between psychosis and tiredness? she says the tv is sending her messages',
    'i had postpartum psychosis with my first, fully recovered, but now i am hearing voices again',
    'how would i know if my wife has psychosis? she keeps talking non stop and has not slept for 3 nights',
    'my wife is showing signs of psychosis, what is the difference between that and the blues?',
  ])('"%s" still gets the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe("a sign of the writer's mother's when the writer was born (normal_when: writers_birth)", () => {
  it.each([
    'my mum told me she heard voices after she had me in the 80s and spent a month in hospital. i\'m due in feb, what do i need to know?',
    'my mum had a breakdown after she had me, they called it puerperal psychosis. im 30 weeks now - does that mean it will happen to me?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'my mum heard voices after she had me, and i keep hearing them now',
    'my wife is having a breakdown, she had one after she had me too my mum says',
    'my mum heard voices when i was born and now my wife says she hears voices too',
    'i feel like i am having a breakdown, my mum had one after she had me',
  ])('"%s" still gets the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('"it made me paranoid" is worry, not paranoia', () => {
  it('a friend\'s baby\'s story that made the writer paranoid raises no rule', () =>
    expectNoRuleFlag("a friend's newborn was admitted with a fever at 3 weeks and it's made me paranoid. mine is 5 weeks, 36.9, feeding and weeing loads. any tips for checking properly?"));
  it.each(['my wife is paranoid that the neighbours are spying on her and she has not slept', "she's paranoid, convinced people are watching the house"])(
    '"%s" still gets the crisis line',
    (text) => expectRuleLevel(text, 'emergency', 'crisis'),
  );
});

describe('psychosis named as what someone present may have now (psychosis_suspected)', () => {
  it.each([
    'my wife is showing signs of psychosis, what is the difference between that and the blues?',
    'my mum had psychosis when she had me and i think i have psychosis too',
    'what are the signs of postpartum psychosis? i think my wife has psychosis',
  ])('"%s" gets the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('blood or pink in breast milk: asked ahead, explained by food, or once with its cause (normal_when)', () => {
  it.each([
    'what makes breast milk look pink or red? asking because I\'m about to start pumping at work and want to know what\'s normal',
    'rusty coloured colostrum at 38 weeks pregnant when I expressed, is that okay? no pain',
    'drank loads of that red sports drink yesterday and my pumped milk looks a bit pink today, is that just the dye?',
    "my pumped milk went pink after I ate a beetroot salad, it's normal colour again today",
    'blood in my milk after baby bit me with his new tooth yesterday, tiny bit, nipple has a little cut. it\'ll heal right?',
    "saw a tiny streak of blood in the bottle yesterday after a long pumping session, nipple was sore, today's milk is fine",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'blood in my milk for a week after he bit me',
    'my pumped milk has been pink for 5 days, i ate beetroot once',
    'blood in my milk again today, nipple cracked',
    'there is blood in my milk every time i pump, cracked nipple',
    'streaks of blood in my expressed milk since monday, nipples cracked',
    'what makes breast milk look pink? mine has been pink for a week',
    'blood in the milk on and off for two weeks now, the milk looks white today',
  ])('"%s" still gets "see someone soon"', (text) => expectRuleLevel(text, 'soon'));
});

describe('jaundice named only as a condition asked about, no age given and no baby yellow now (normal_when)', () => {
  it.each([
    'is it true that putting the moses basket by the window helps jaundice? my mum swears by it',
    'how do you check for jaundice on a baby with dark skin? all the pictures show pale babies',
    'what is newborn jaundice actually, why do so many babies get it? due in march and reading up',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'is it true that sunlight helps jaundice? my baby is still yellow',
    'how do you check for jaundice? his eyes are yellow and he is very sleepy',
    'does putting him by the window help jaundice? he looks more yellow than yesterday',
    'is it true jaundice is worse in breastfed babies? mine is 3 weeks old and still yellow',
    'what is breast milk jaundice? my son is yellow and his poo is pale',
  ])('"%s" still escalates the same day', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('a long sleep told with the time the baby woke, or "don\'t wake her unless she cries", is no baby who cannot be woken', () => {
  it.each([
    "our 4 week old went down at 9 and didn't wake till quarter to 2!! my husband thought something was wrong lol but he fed straight away and was fine. is that too long at this age?",
    "granny watching the baby while my daughter sleeps. she's 2 weeks, my daughter said don't wake her unless she cries. she's pink and just starting to stir",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each(['my 2 week old will not wake up for feeds, she did not wake till 4', 'he did not wake until i undressed him and he is floppy', "i can't wake her, she didn't wake till i blew on her face and now she's barely responding"])(
    '"%s" still escalates as an emergency',
    (text) => expectRuleLevel(text, 'emergency'),
  );
});

describe("a professional's all-clear on a sign that is not an emergency (professional_verdict)", () => {
  it.each([
    "5 day old strained and passed a little poo with bright red blood on the outside. the GP said a tiny fissure. she's fine now and feeding well. anything I should put on it?",
    "a dark yellow wee in a 3 day old — midwife says it's concentrated because my milk's just coming in and he's had 3 wet nappies. is that ok?",
    "cord stump came off yesterday and there was a little dried spot of blood on his vest. the midwife looked today and said it's healing nicely. can I give him a proper bath now?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'blood in his poo again today, the GP said a tiny fissure last week but now there is more blood',
    'the midwife said the cord is healing nicely but now it is bleeding and smells',
  ])('"%s" still escalates the same day', (text) => expectRuleLevel(text, 'urgent_today'));
  it('an emergency sign is never closed by one', () => expectRuleLevel('the midwife said everything is normal but now she is floppy and hard to wake', 'emergency'));
});

describe("a nipple's own colour change, and blue as a colour, are not purple skin of the breast or the blues", () => {
  it.each([
    'my nipple goes white after feeds and then blue-purple and burns like mad for ten minutes before going red again. baby is 6 weeks, gaining well. is this thrush?',
    "LC asked if my nipples change colour after nursing and yes, they go white and then purplish when I get out of the shower especially. I have Raynaud's in my fingers. what helps?",
    "2 week old, hands and feet cold and a bit blue but body warm and pink lips, he's in just a vest at night. should I add a sleepsuit?",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each(['my breast has gone purple and my nipple goes white', 'my nipple goes white then purple and my breast is purple and hot with a fever'])('"%s" still escalates as an emergency', (text) =>
    expectRuleLevel(text, 'emergency'),
  );
  it.each(['i have had the baby blues for 5 weeks now and cry every day', 'feeling blue every day since she was born 6 weeks ago'])('"%s" still gets "see someone soon"', (text) =>
    expectRuleLevel(text, 'soon'),
  );
});

describe('jitters that stop the second the baby is picked up; periodic breathing told "she\'s pink"', () => {
  it.each([
    "my 6 day old's chin wobbles when she cries and sometimes her arms shake a bit after a startle. the second I pick her up it stops. is that normal newborn stuff?",
    "my 2 week old does little pauses in her breathing for a couple of seconds then a few fast breaths. she's pink and feeding. just double checking",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'her arms jerk for a minute, the second i picked her up it stopped',
    "my 2 week old has pauses in her breathing for a couple of seconds, she's pink but she's floppy",
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('postnatal depression asked about, or over and treated, with no low mood now (normal_when on the low-mood rules)', () => {
  it.each([
    "had pretty bad ppd with my second, was on sertraline 6 months, off it now for 2 years and feel great. thinking about baby number 3 - anything i should do differently?",
    "can you get postnatal depression with your 3rd if you didn't with the first two? asking before baby arrives",
    "is there a way to check if im depressed or just tired? 3 wks pp and tbh i'm mostly ok",
    'my scar is numb and a bit itchy at 4 weeks, no redness, no discharge, no fever. is numbness normal?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'had ppd with my first, i am well now but the last 3 weeks i cry every day',
    'can you get postnatal depression with your 3rd? i have felt low every day for a month',
    'what is postnatal depression? i have been so down for 5 weeks and can not cope',
    'is there a way to check if im depressed? i feel empty all the time, baby is 6 weeks',
    'my scar is numb and i feel numb inside every day since the birth 4 weeks ago',
  ])('"%s" still gets "see someone soon"', (text) => expectRuleLevel(text, 'soon'));
});

describe('a fit asked about ahead or in general, or long over, with no baby of the writer\'s doing it now (normal_when: fit_question)', () => {
  it.each([
    'how do you tell newborn jitters apart from a fit? want to know what im looking at before it happens',
    'what do you actually do if a baby has a fit? i want to be ready, never seen one',
    'had a febrile convulsion as a baby myself, are my kids more likely to get them? newborn is well',
    'mum of 3 here, honestly the first 6 weeks never get easier lol. this one feeds every 2 hours and is gaining. how do you all fit in showers?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    'how do you tell newborn jitters apart from a fit? mine is jerking right now',
    'what do you do if a baby has a fit? he just had one and his eyes rolled',
    'are seizures ever normal in newborns? my 2 week old had one this morning',
    'had a febrile convulsion as a baby myself, my son is jerking all over now',
    "my son had a febrile seizure when he was 18 months, he's 4 now and fine, but the baby had a seizure today",
    'what do you do if a baby has a fit? she is jerking and went stiff',
    'my 3 week old is having fits, how do you all fit in a shower with a newborn?',
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
