import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s24-crisis: crisis kinds the rules still missed on the training files (harm to the baby told as an act,
// a plan or means, not wanting to exist told in indirect words, psychosis or catatonia told by a relative or as a
// relapse), each a structure of its own concepts (content/safety.yaml, read by the rules only), beside the calm
// twins in the same words that must stay calm. Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

/** The crisis wording a rule sends: 'crisis', 'crisis_partner' or 'crisis_intrusive' (undefined when none). */
const crisisMessageOf = (text: string): string | undefined => triage(text, [], {})?.message;

describe('harm to the baby told as an act done is a crisis', () => {
  it.each([
    'she screamed for an hour and I shook the cot hard, then I had to leave the room',
    'I shook the bassinet really hard last night and shouted at her',
    "my sister-in-law has been rough with the baby, she squeezed him too hard when he wouldn't feed",
    'I was so rough with my son this morning when he kept crying, I grabbed him too hard',
    "my friend's wife swears at their newborn every night",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it('shaking pictured, not done, keeps the calm reply for an intrusive thought', () => {
    expect(crisisMessageOf('I keep imagining shaking her really hard, I would never do it')).toBe('crisis_intrusive');
  });

  it.each([
    'I shook the bottle hard to mix the formula, is that ok?',
    'I shook the rattle really hard and she giggled',
    'our 3 year old is too rough with the baby, any tips?',
    'my toddler was rough with the baby and I worry about his soft spot',
    'the midwife said never to shake him hard, how do I wake him for feeds?',
    'was I too rough with the breast pump? my nipples are sore',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a plan or means told in other words is a crisis', () => {
  it.each([
    "I've written letters to my children. I just want to be sure the baby will be fine on a bottle",
    'my partner has been googling how many sleeping pills it would take, she has been really low for weeks',
    "if someone had handed me a gun that night I'd have used it, and the feeling is still there",
    'EPDS at the 8 week check was 19 and Q10 was answered quite often',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    "I've written letters to my kids' nursery about the baby, will she be ok on formula there?",
    'I searched how many paracetamol I can take while breastfeeding',
    'the midwife showed us the heel prick gun, I would have used it myself if I had known how',
    'my EPDS score was 7 and Q10 was answered never',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('not wanting to exist told in indirect words is a crisis', () => {
  it.each([
    'I have no strength left to live, every morning is the same',
    'living just makes me so tired now, baby is 10 weeks',
    "I feel like I'm dying a little bit every day since she was born",
    "she jokes that she's tired of fighting and nothing feels good anymore",
    'some nights I hope I just die in my sleep so I can rest',
    'I catch myself hoping he gets sick enough to be kept in so the nurses take over',
    "I used to wonder how mothers who ended it could leave their kids. now I understand",
    'I stood at the open window with her thinking one of us should go out of it',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    "I'm tired of fighting with him over the bottle, he refuses it every time",
    'sick of fighting with my husband about the night feeds',
    "I'm scared I'll die in my sleep and no one will hear the baby",
    "I hope I don't die of embarrassment at baby group",
    "I read about mums who ended it early with breastfeeding and judged them, I get it now",
    'I stood at the window watching the rain while she fed',
    'living with my in-laws is tiring',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it('her own illness wished for, to rest, is left to the low-mood row', () => {
    expect(crisisMessageOf("I keep wishing I'd get ill enough to be in hospital so someone else would look after the baby")).toBeUndefined();
  });
});

describe('psychosis, catatonia or a relapse told by a relative or by her is a crisis', () => {
  it.each([
    'my wife sits on the sofa like a statue and does not answer when I talk to her',
    "my sister-in-law sits staring into space and lets the baby cry in her lap",
    'the woman next door keeps wandering outside at night with the baby, talking to herself',
    'my bipolar was stable for years but since the birth I have not slept in three nights',
    'I feel disconnected from reality and I have frightening thoughts, baby is 4 weeks',
    'some of my thoughts about myself scare me',
    'I stopped trusting anyone after the birth and now I think they are all lying to me',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'my bipolar has been stable for years, can I keep taking lamotrigine while breastfeeding?',
    "my bipolar has been stable for years and I'm sleeping well, baby is 6 weeks",
    'I feel disconnected from my baby and I am not sleeping much',
    'I have scary thoughts about something happening to him',
    "I don't trust anyone to babysit yet, is that normal?",
    'the scales are all lying to me, he looks so chubby',
    "my 8 month old sits like a statue in the bath and doesn't answer when I talk lol",
    'I lie like a statue so I do not wake him when he falls asleep on me',
    'my wife gets up and wanders round at night to check the baby',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

// The review of s24-crisis: everyday wordings the kinds above first flagged (a toddler, the wind, a film, technique,
// a longer noun, an object at a window, a joke, a plant, feeding ended, a relative's ordinary sleep), and the acts
// they must still catch. Wordings rewritten for these tests.
describe('the kinds stay calm beside everyday words', () => {
  it.each([
    'my 3 year old keeps being rough with her baby sister at bedtime',
    'my toddler shook the crib really hard and woke her',
    'the wind shook the buggy so hard on the way to the shop, she slept through',
    'in the programme the mum shook the pram really hard, anyway how long does pumped milk keep?',
    'was I too rough with her when burping? she brought up a lot',
    'I think I was too rough with him when I pushed him on to the breast, how should I latch him?',
    'am I squeezing them too hard when I hand express? my breasts are bruised',
    'do the pram straps squeeze her too hard? she cries when I buckle her',
    'I swear at the baby monitor every night, it never connects, how much milk should he have?',
    'I wrote a letter to my husband about why I am stopping feeding at a year, she will be fine on a bottle?',
    'I have written letters to my children for when they are older, a sort of time capsule; she will be fine on formula now',
    'if I had a gun I would use it on this alarm clock lol, how do I night wean?',
    'living is exhausting with twins, any tips for feeding both at once?',
    'no will to live without my morning tea haha, how much caffeine is ok when feeding?',
    'my supply is dying a little more every day, how can I get it back?',
    'so sick of fighting every nap, he will not settle on anything anymore',
    'I used to judge mums who ended it early, I get it now, my nipples are cracked',
    'I was standing by the window and the dog jumped out of it into the garden',
    'I want to throw the steriliser out of the window lol, is boiling ok?',
    'my brother is bipolar and has been stable for years, his baby is not sleeping, is that normal?',
    'every forum says something different, I can not trust anyone, they are all lying about formula',
    'I wander about at night with the baby to settle him, it is strange how he only sleeps on me',
    'my partner is disconnected from reality with no sleep, ha, he forgets everything',
    'my husband sits staring into space after his night shifts and does not look at the baby, typical',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'a wave of anger came over me and I shook the moses basket really hard with him in it',
    'I am so tired of fighting my own mind, I do not care about anything anymore',
    'I used to wonder about mothers who ended it because they could not cope. now I get it',
    'my wife was rough with the baby again tonight and I am frightened for him',
    "my partner's bipolar was stable for years, since the birth she has not slept in 4 days",
    'my sister has been wandering around at night with the baby and talks to herself',
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
