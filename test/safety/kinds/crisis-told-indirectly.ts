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
