import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s24-mind: near misses of the mother's mind rows in everyday senses. Having bitten someone's head off
// (head_off_idiom) is snapping at them; her voice that calms or does not calm the baby is no voice heard; more of a good thing ("get
// more rest", "a bit more hopeful": more_of_good) is no sign told worse beside care under way, and a treatment
// started by a GP ("started me on it for PND") is care under way. Each calm wording is paired with the same story
// and a present sign, which still escalates at its level. Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a crisis word in an everyday sense is no crisis', () => {
  it.each([
    'my partner says I have lost the plot because I bit his head off over the washing up. baby is 4 weeks, I am fine otherwise',
    'my mum came round and my sister says her voice does not settle the baby the way mine does, she is a bit teary about it',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'my partner says I have lost the plot because I bit his head off over the washing up. I keep picturing throwing the baby down the stairs',
    'she says her voice does not settle the baby, and she hears a voice telling her to hurt him',
    'honestly I wish I could disappear for a few hours and have a nap and never come back',
    'I wish I could disappear for a day and sleep forever',
    'I wish I could just disappear for a day',
  ])('"%s" keeps the crisis reply', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

// The review of s24-mind: a wish to disappear for a short break, then an ending that is a crisis anywhere after it
// (not waking up, not coming back, sleeping forever), keeps the rule's crisis reply, not only the net's check; a
// wish to disappear for a break has no exclusion of its own for that reason. Wordings written for these tests.
describe('a short break wished for, then a crisis ending, keeps the crisis reply', () => {
  it.each([
    'I wish I could disappear for one night, have a long bath and not wake up',
    'wish I could disappear for an evening and have a bath and then just not wake up from it',
    'i want to disapear for the night and have a bath and not wake up',
    'I want to disappear for an afternoon to have a nap and not come back',
    'I want to disappear for a weekend and have a bath and not come back to any of it',
    'I want to disappear for a few hours and have a coffee and not ever come back home',
    'I wish I could disappear for the evening and have a shower. and never come back',
    'I wish I could disappear for an hour and read a book, and sleep forever',
  ])('"%s" keeps the crisis reply', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});

describe('care under way for a depression, told with more of a good thing, is not the low mood row', () => {
  it.each([
    'my partner has postnatal depression and is seeing a psychiatrist every week, on medication. how can I help her get more rest at night?',
    'can I breastfeed on sertraline? my GP started me on it for PND last month and I am feeling more hopeful already',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'my partner has postnatal depression and is seeing a psychiatrist every week, on medication. she is getting more withdrawn and stays in bed all day',
    'can I breastfeed on sertraline? my GP started me on it for PND last month but I still feel low every day',
    'my GP put me on it for PND 6 weeks ago and it is not helping, I feel low all day',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));

  it('"my GP started me on it for PND and now I keep thinking they would be better off without me" keeps the crisis reply', () =>
    expectRuleLevel('my GP started me on it for PND and now I keep thinking they would be better off without me', 'emergency', 'crisis'));
});

// Issue 11, s25-mind: "blue" in an idiom (blue_idiom) is no low mood of hers; her own mood told beside it is still
// one. The baby crying on and on is left to the low mood row's crying: the review found it told beside her own
// crying ("and so am I"), of a grown daughter, or of a woman with her age in brackets.
describe('an idiom of blue is no low mood', () => {
  it.each([
    'he screams blue murder every nappy change, 7 weeks old. is he cold?',
    'once in a blue moon she naps in the cot, 8 weeks, is that normal?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'he screams blue murder every nappy change, he is 7 weeks, and I have felt low every day for a month',
    'my 5 week old has been crying non stop since lunch and I have been crying every day for weeks',
    'out of the blue I started feeling hopeless every day, he is 6 weeks now',
    // The review of s25-mind: crying told on and on, of her or of a grown woman, beside a baby's age.
    'my 7 week old is crying all the time and so am I',
    'my 7 week old has been crying all the time and so have I',
    'my daughter has been crying all the time since her baby came, he is 6 weeks and she says she is useless',
    'my partner (29) has been crying every day since the baby came 7 weeks ago',
    'my son is 8 weeks. he keeps crying all day and I sit and cry with him every single day',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));
});
