import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s23-mind: near misses of the mother's mind rows read by structure. A crisis concept's words in an
// everyday sense (crisis_word_other_sense), psychosis named as care under way, a recovery, a risk or a relative's
// (psychosis_not_now), a depression's name counted as a low mood only when told as hers now (isMoodNamedOnly) or
// met as a quiz, a screen or a fear ahead (depression_name_asked), and treatment under way (treatment_given). Each
// calm wording is paired with the same story and a present sign, which still escalates at its level. Wordings
// written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a crisis word in its everyday sense is no crisis (crisis_word_other_sense)', () => {
  it.each([
    'I raised my voice at my 2 week old at 3am and felt terrible straight away, does everyone do that?',
    'the paediatrician says his noisy breathing is a floppy voice box and he will grow out of it',
    'my toddler holds his breath when he cries and the GP called them breath holding attacks, will the baby do it?',
    'the midwife called them stork marks, will they fade by her first birthday?',
    'can dads ring the helpline too? my wife is fine but I am struggling a bit myself',
    'my nan wants to pin a charm on the pram against evil eye, is that safe?',
    'was that dip at 6 weeks a lactation crisis? it settled after a few days of feeding more',
    'my aunt says PND does not exist and I should just get on with it. I feel fine, baby is 7 weeks',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'I raised my voice at him at 3am and then a voice in my head told me to hurt him',
    'the paediatrician said floppy voice box but I keep hearing voices when nobody is there',
    'the GP called them breath holding attacks, but now I keep hearing voices telling me to leave',
    "I'm struggling a bit myself, last night I bit myself until it bled",
    'my wife wants a charm against evil eye and now she says the baby is evil and will not hold him',
    'was it a lactation crisis? honestly I want to die',
    'my aunt says PND does not exist and I wish I did not exist',
    'I feel fine, just paranoid, but the neighbours are watching our house through the tv',
    "she hasn't slept in 3 days and she's just paranoid, says people are after her",
    'the baby bit me and then I bit myself too, I wanted it to hurt',
  ])('"%s" still gives the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('psychosis named as care under way, recovered, a risk or a relative’s is no crisis now (psychosis_not_now)', () => {
  it.each([
    'my partner is on a psychiatric ward for postpartum psychosis, what can I bring her from home?',
    'I had postpartum psychosis 5 years ago and recovered fully, can I breastfeed this time on my meds?',
    'my sister has been admitted to a mother and baby unit with psychosis, what should I send her?',
    'my daughter had puerperal psychosis with her first and is expecting again, what can we plan?',
    'I have bipolar and I am 30 weeks pregnant, how do I lower my risk of postpartum psychosis?',
    'can you get postpartum psychosis with a third baby if the first two were fine? just wondering',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'my partner was on a psychiatric ward for postpartum psychosis, now she is home and has not slept for two days and is talking really fast',
    'I had postpartum psychosis 5 years ago and recovered fully but I think it is happening again',
    'my sister has been admitted to a mother and baby unit with psychosis and today she told me she wants to die',
    'I had postpartum psychosis with my first and I think it is happening again, I have not slept in 3 days',
    'what are the chances of postpartum psychosis coming back? I think it is back, I keep hearing whispers',
    'my wife had puerperal psychosis after our first and she relapsed last night',
    'my friend has postpartum psychosis, she had her baby 10 days ago',
    'my wife has postpartum psychosis and is waiting for a bed in the mother and baby unit',
    'she has postpartum psychosis and came home from the mbu yesterday',
  ])('"%s" still gives the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('a depression named, not told as hers now, is no low mood lasting weeks (isMoodNamedOnly, depression_name_asked)', () => {
  it.each([
    'had PND after my first baby. 30 weeks with my second now, what can I set up before she comes?',
    'did an online PND quiz and scored low, tired but happy at 9 weeks. anything to do?',
    'is postnatal anxiety a real thing or just another name for postnatal depression?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    "had PND after my first and it's back, I'm 30 weeks and low every day",
    'had PND after my first baby. 30 weeks with my second now and I have cried every day for a month',
    'did an online PND quiz and scored 21, I have felt hopeless every day for 3 weeks, baby is 9 weeks',
    'is postpartum depression an actual thing? because I have felt empty every day since she was born 6 weeks ago',
    'I think I might have postnatal depression, baby is 8 weeks',
    'my GP mentioned postnatal depression at my 8 week check, I am off my food and cannot concentrate and feel low',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));
});

describe('a low mood already in treatment is with the person the row sends her to (treatment_given)', () => {
  it.each([
    'my wife is in therapy for PPD and doing better, how can I help with night feeds?',
    "I've been diagnosed with PND and started talking therapy, is there a group near me too?",
    'I just started a low dose antidepressant for PND, is it ok with breastfeeding? baby is 4 months',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    "I'm on sertraline for PND but I still cry every day and feel worse, baby is 3 months",
    "I've been seeing a therapist for PND and it's not helping, I feel hopeless most days, baby 10 weeks",
    "my wife is in therapy for PND but this week she's crying all day every day, baby 2 months",
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));

  it.each([
    "I'm in therapy for PND and doing better but last night I thought about ending it",
    'my wife is seeing a psychiatrist for PND and today she said the baby would be better off without her',
  ])('"%s" still gives the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
