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
