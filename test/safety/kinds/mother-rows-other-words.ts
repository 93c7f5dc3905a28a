import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-rmother: kinds of the mother's rows the rules still missed on the training files, each told in words
// the rows' concepts did not have (content/safety.yaml, concepts read by the rules only), with the near wordings
// beside them that must stay calm: the sign absent, a way of life, a question, the first days, or past and gone.
// Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

/** The reply's wording for a message the rules flag (crisis, crisis_intrusive, ...). */
const messageOf = (text: string): string | undefined => triage(text, [], {})?.message;

describe('a wish not to be in the world, a dose asked as too many beside hopelessness, thoughts told dark and frightening, or the baby not wanted kept, gets the crisis line', () => {
  it.each([
    "some days I just don't want to be in this world anymore. baby is 3 months",
    "my wife told me she doesn't want to be in this world, our son is 8 weeks",
    "how many of my citalopram would be too many? nothing is getting better and i'm tired of it all",
    "how many paracetamol would be too many, honestly I'm so sick of it all. 5 months pp",
    'i get thoughts that are really dark and they scare me. baby is 6 weeks',
    "some of my thoughts lately are so dark and they frighten me, I can't tell anyone",
    "I felt nothing for him and I still don't want to keep him, I feel empty all the time. 2 months",
    "told my partner to take him or I will leave, I don't want to keep him. 6 weeks",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('those crisis kinds get the crisis wording, not the calm intrusive one', () => {
  it.each([
    "some days I just don't want to be in this world anymore. baby is 3 months",
    "my wife told me she doesn't want to be in this world, our son is 8 weeks",
    "how many of my citalopram would be too many? nothing is getting better and i'm tired of it all",
    "how many paracetamol would be too many, honestly I'm so sick of it all. 5 months pp",
    'i get thoughts that are really dark and they scare me. baby is 6 weeks',
    "some of my thoughts lately are so dark and they frighten me, I can't tell anyone",
    "I felt nothing for him and I still don't want to keep him, I feel empty all the time. 2 months",
    "told my partner to take him or I will leave, I don't want to keep him. 6 weeks",
  ])('"%s"', (text) => expect(messageOf(text)).not.toBe('crisis_intrusive'));
});

describe("an accident pictured with what she has stopped doing for it, the baby's death as a thought every time, or a fear she cannot shake, gets the calm intrusive reply", () => {
  it.each([
    "I keep picturing the buggy rolling into the road and I've stopped going out with her. 5 weeks",
    "I can't stop picturing me dropping her in the bath, I've stopped bathing her myself. she's 4 weeks",
    "i get this what if she dies thought every time i look at her, she's 2 months",
    "I can't shake this constant fear that something bad will happen to him. 7 weeks",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency', 'crisis_intrusive'));
});

describe('the same words as a way of life, a dose question, a book, a feeding habit, an asked worry or a fear told as only worry raise no crisis rule', () => {
  it.each([
    "is it normal that I don't want to be in this world of nappies and feeds all day lol? baby is 3 months",
    'how many paracetamol would be too many in one day while breastfeeding? I have a headache',
    "I've been reading a really dark thriller and honestly it scares me, is it ok to read while feeding?",
    "I didn't want to keep him on the breast all night so we tried a dummy. he's 3 weeks",
    'I keep picturing the buggy rolling into the road, is that a normal new mum worry? 5 weeks',
    "what if she dies of SIDS? how do I lower the risk? she's 2 months",
    "I have a constant fear something bad will happen to him but it's just worry, no thoughts of hurting him. 7 weeks",
  ])('"%s"', (text) => expectNoRuleFlag(text));
});

describe('an infected breast with hard rigors, pus with shaking, a foggy head or hardly standing, or redness creeping is an emergency', () => {
  it.each([
    "skin is red and hot on my boob, temp 40.1, I'm shaking and freezing cold even under the covers",
    "I have mastitis and I'm shaking so hard my teeth chatter",
    'mastitis since yesterday and now I can barely stand and my head is foggy',
    "there's pus coming out with my milk when I pump and I'm shaking and freezing",
    "the red patch on my breast is creeping up towards my armpit and it's hot and swollen",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency'));
});

describe('pus from the breast with a fever, or a bleb gone red with a fever, is urgent today', () => {
  it.each([
    "pus in my pumped milk from the sore side and I've got a temperature",
    "I had a bleb for days, now the breast behind it is red and hot and I've got a fever of 38.3",
  ])('"%s"', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('cold from the weather, a cracked nipple with no pus, a lump that goes down, or mastitis cleared raise no mastitis rule', () => {
  it.each([
    "I'm freezing cold, the heating's broken, can I still breastfeed? 3 months",
    'my nipple is sore and cracked, no pus, no fever. 2 weeks',
    'the lump in my breast went down after feeding, no fever. 2 weeks',
    'I had mastitis last month and it cleared with antibiotics. can I still feed from that side?',
  ])('"%s"', (text) => expectNoRuleFlag(text));
});

describe('milk not in past the middle of day 4, or from 72 hours with a risk or the baby off track, told as breasts unchanged or only drops in other words, is urgent today', () => {
  it.each([
    'milk not in at day 4, baby crying after every feed',
    'day 5 and my breasts feel exactly the same as in pregnancy, baby feeding constantly',
    "it's day 5 and I'm still getting drops only when I pump",
    'I had a c-section, day 4, not even a drop when I hand express',
    "baby is 5 days old and I'm only getting drops when I pump, he's always hungry",
  ])('"%s"', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('day 4 alone (the milk.late question), the first days, milk told come in with the baby on track, or drops of blood that healed, raise no milk rule', () => {
  it.each([
    "baby is 2 days old and my milk isn't in yet, only colostrum. is that normal?",
    'day 4 and my breasts feel exactly the same, is that normal?',
    "my milk came in on day 3 and she's 5 days old now, 6 wet nappies and yellow poos, gaining well. how long do I feed each side?",
    'a few drops of blood in the milk on day 4 from a crack, it healed by day 6 and the milk is white again. baby 8 days',
  ])('"%s"', (text) => expectNoRuleFlag(text));
});

describe('milk told as chocolate for a week, blood from the nipple on its own day after day, or a nipple bleeding every feed for days is worth a check soon', () => {
  it.each([
    "my milk looks like chocolate milk from the left side and it's been like that for a week",
    'blood comes out of my nipple on its own, a few drops each day this week',
    "my nipple bleeds every feed and it's been 9 days, baby is 4 weeks",
  ])('"%s"', (text) => expectRuleLevel(text, 'soon'));
});

describe('chocolate milk drunk, or a nipple that bled once, raises no blood-in-milk rule', () => {
  it.each([
    'I drank chocolate milk every day this week, can it change my milk?',
    'my nipple bled once yesterday when she bit me, baby is 4 weeks',
  ])('"%s"', (text) => expectNoRuleFlag(text));
});

describe('a plan to leave the baby to nap, a baby kept on formula, a headache not getting better, a joke about the teenage years or horror films do not get the crisis line', () => {
  it.each([
    "I don't want to keep her up, or I will leave her to nap?",
    "I don't want to keep the baby on formula, I'm so down about my supply",
    'how many paracetamol would be too many, nothing is getting better with this headache',
    "I don't want to be on this earth when my son is a teenager lol",
    'my thoughts are dark and they scare me in horror films, is that normal haha',
  ])('"%s"', (text) => expect(messageOf(text)).not.toBe('crisis'));
});

describe("pink milk after beetroot, frozen milk's colour, or a friend's question raise no blood-in-milk rule", () => {
  it.each([
    'each day this week my milk is a bit pink after eating beetroot',
    'the milk I froze looks like chocolate milk each day this week, is it spoiled?',
    'blood from my nipple on its own? is that possible, asking for a friend',
  ])('"%s"', (text) => expectNoRuleFlag(text));
});
