import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s23-mind: near misses of the mother's mind rows read by structure. A crisis concept's words in an
// everyday sense (crisis_word_other_sense), psychosis named as care under way, a recovery, a risk or a relative's
// (psychosis_not_now), a depression's name counted as a low mood only when told as hers now (isMoodNamedOnly) or
// met as a quiz, a screen or a fear ahead (depression_name_asked), and treatment under way (treatment_given). Each
// calm wording is paired with the same story and a present sign, which still escalates at its level. The review of
// s23-mind added its red flags of each kind, reworded: a unit or a recovery with a change told now, a relapse of
// a relative or a feeding trouble back, a screen told high, a treatment told not working, a wish to die misspelt.
// Wordings written for these tests.

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

  // The review of s23-mind: a unit, a recovery or a risk lets the name go only with a question or a care ask
  // and nothing told of it now (psychosis_care_ask, psychosis_now_told).
  it.each([
    'my wife is on the mother and baby unit with postpartum psychosis and she has walked out, nobody knows where she is',
    'she made a full recovery from postpartum psychosis last time but she has stopped sleeping again',
    'she recovered well from postpartum psychosis after our first. our second is a week old and she is acting just like she did back then',
    'is it possible to get postpartum psychosis a second time? I feel like I am losing my mind again',
    'she was discharged from the mother and baby unit with postpartum psychosis and now she is refusing her tablets',
    'the perinatal psychiatrist wants my wife admitted to a mother and baby unit for psychosis asap, she is at home with me',
    'she recovered fully from psychosis but now she sits talking to herself for hours',
    'my wife had postpartum psychosis with our first and is pregnant again, she has stopped eating and says she is evil',
    'what are the chances of postpartum psychosis? since the birth my wife is behaving completely differently',
    'she is in the mbu for postpartum psychosis and she rang me tonight to say goodbye',
    'she is on the psychiatric ward with postpartum psychosis and keeps saying she will jump',
    'my wife is in the mother and baby unit with psychosis and the staff called, she is trying to leave with the baby',
  ])('"%s" still gives the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('psychosis told as back is hers, said of "it" beside the name (psychosis_back)', () => {
  it.each([
    'my cousin had postpartum psychosis and relapsed a few years after, how likely is that?',
    'my nan had postpartum psychosis and relapsed after her fourth baby, am I at risk? I feel fine',
    'had postpartum psychosis with my first, fully well now. his reflux is happening again, anything that helps?',
    'I had postpartum psychosis 3 years ago, well since. Mastitis, I think it is back, same breast as before',
    'had postpartum psychosis with my first baby, well for years now. my supply dip is starting again at 4 months, why is that?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'I had postpartum psychosis with my son and I think it is happening again',
    'had postpartum psychosis after my first baby and it is back, I am scared',
    'my wife had postpartum psychosis before and she has relapsed, she is not sleeping',
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
    // The review of s23-mind: a screen told high is no quiz met (screen_high).
    'the health visitor did the PND questionnaire with my partner and she scored high, she has hardly spoken in 3 weeks',
    'my PND screening came back high and it has been 4 weeks of this',
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
    // The review of s23-mind: a treatment told as not working or the mood still there (treatment_not_working).
    'taking sertraline for PND, I still feel low most days, baby is 10 weeks',
    'on sertraline and it is doing nothing, I have felt low every day for 5 weeks',
    'my girlfriend is on sertraline for PPD and she cries all day every day, baby 9 weeks',
    'started therapy for PND, still cannot stop crying and it has been 6 weeks',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));

  it.each([
    "I'm in therapy for PND and doing better but last night I thought about ending it",
    'my wife is seeing a psychiatrist for PND and today she said the baby would be better off without her',
    // The review of s23-mind: a treatment never closes a wish to die, however spelled.
    'i am in therapy for pnd and i want to kil myself',
    'my partner is on sertraline for ppd and she told me she wants to kil herself',
  ])('"%s" still gives the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

// The second review of s23-mind: a crisis told beside a care ask in other words stays a crisis; the change-now
// rule no longer reads a baby's sleep, "asap" for a feeding appointment or hair dye as one.
describe('the second review of s23-mind', () => {
  it.each([
    'my partner is on the mother and baby unit with postpartum psychosis, what should I take in for her? she asked me to help her die',
    'she has postpartum psychosis and is on the ward, what can I bring her, she keeps saying our son is not hers',
    'on sertraline for pnd and i want to dye',
  ])('"%s" still gives the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));

  it.each([
    'I had postpartum psychosis years ago and I am well. I need a lactation consultant asap, my nipples are bleeding',
    'I had postpartum psychosis last time and I am fine, she has stopped napping in her cot though',
    'I want to dye my hair while I am breastfeeding, is that safe?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
