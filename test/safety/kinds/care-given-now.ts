import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s16-nm: a near-miss kind from train-13 (already seen or treated by a professional), fixed as a
// mechanism. Care a professional is giving a sign now (a baby's hospital care: "under the lights", "in special
// care"; a treatment: "being treated for", "on antidepressants") closes a sign of a row that is not an
// emergency, told in the care's sentence or the one before: the person the escalation sends the writer to
// has it. Care asked about, wanted or past, care told as not working, a sign told worse, and a baby's care
// beside the mother's own sign leave the sign standing. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('care a professional is giving a sign now', () => {
  it.each([
    "she's under the blue lights for jaundice on the ward, can I keep feeding her between sessions?",
    'my 3 week old is in special care and still yellow, can I express for him?',
    'I have felt low for over a month and I am being treated for it by my GP, will the tablets affect my milk?',
    'I have felt low every day for 2 months. I am on antidepressants from my GP.',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // Told worse after the care.
    'she is under the lights for jaundice and it is getting worse, 4 days old',
    // Care asked about, not given.
    "should she be under the lights? she's 3 weeks and still yellow",
    'is he having phototherapy? he is 3 weeks and still yellow',
    // The baby's care does not cover the mother's own sign.
    "my milk still hasn't come in on day 5 and he's in nicu on formula",
  ])('"%s" is still urgent today', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each([
    // Care told as not working.
    'I have felt low every day for 2 months. I am on antidepressants but nothing is changing.',
    // Care wanted, not given: the sign is the one to act on.
    'I have felt low for over a month and my GP says it may need treatment, will tablets affect my milk?',
  ])('"%s" still books a check soon', (text) => expectRuleLevel(text, 'soon'));
});

// Issue 11, s25-mind: care under way in looser words (care_ongoing: a counsellor or therapist seen, medication with
// more care after it, a perinatal team) covers a depression's name only with her told going well after it in its
// sentence and no change told after that (careGoingWell). Wordings written for these tests.
describe('care under way in looser words, told going well, covers the low mood row', () => {
  it.each([
    'my girlfriend has pnd and is seeing her gp and a therapist, doing better. how can I help with night feeds?',
    'my wife has postnatal depression, she is on medication and sees her gp every fortnight and is slowly improving. any ideas for trips out?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'my girlfriend has pnd and is seeing her gp and a therapist, but she is getting worse and cries all day',
    'my girlfriend has pnd and is seeing her gp and a therapist. she has cried every day for 3 weeks',
    'my wife has postnatal depression, she is on medication and sees her gp every fortnight and is slowly improving. since Sunday she has stopped eating',
    'my wife has postnatal depression, she is on medication and sees her gp every fortnight but it is back again',
    // The review of s25-mind: the going well told of the baby, her bleeding or her supply, not of her.
    'I have cried every day for 5 weeks and feel useless. I am on medication and the baby is doing well, can I feed on it?',
    'I have been crying every day for 2 months. I am on medication and my bleeding is a lot better',
    'I have felt low every day for 6 weeks. I am on medication and my supply is improving, is it safe?',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));

  it.each([
    'my wife has postnatal depression, she is on medication and sees her gp every fortnight and is doing ok, but last night she said she wants to die',
  ])('"%s" keeps the crisis reply', (text) => expectRuleLevel(text, 'emergency'));
});
