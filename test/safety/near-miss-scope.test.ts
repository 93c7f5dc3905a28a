import { buildRuleTriage } from '../../src/app/build-rule-triage';
import { ruleExpectations } from '../support/rule-expectations';
import { sharedContent } from '../support/shared-engine';

// Issue 11, near misses by how they are read (branch s9-rf-nm): the scope of a sign (a story told as over,
// someone else's, a question asked ahead) and the quantities told in the message, rather than phrases. Each
// kind has near misses from the training corpora that no rule escalates, and red flags written to break it,
// which the rules must still escalate with certainty at the row's level (RED-FLAGS.md: when unsure, escalate).

const triage = buildRuleTriage(sharedContent());

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a story told as over: a sign told in the past, the same person told well now in a later sentence (well_now)', () => {
  it.each([
    'had PND after my son, took about a year to feel myself but im good now, hes 3',
    'I had PND after number one, was on meds for about a year, stopped 8 months ago and feel like me again. Now pregnant with number two. Is it safe to go back on the same antidepressant and breastfeed if I need to?',
    "my twin girls both had a bit of bloody discharge around day 4 and 5, it stopped by day 7, they're 3 weeks now and fine. does it mean anything for later?",
    'had a breast abscess drained while feeding my first, healed fine. pregnant again, anything to watch for?',
    'twins were in hospital 2 weeks after birth with jaundice and feeding, both lost 10%, I exclusively pumped. now 7 months, both thriving and I\'m weaning off the pump. any tips to avoid clogs?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
  it.each([
    // Still so, or worse, after the story.
    'i had pnd after my first and was fine since, but the last 3 weeks i have cried every day',
    'had pnd after my son, im good now but it has come back, i cry every day for 3 weeks',
    'my baby had jaundice at birth, all sorted, but now at 3 weeks his eyes are still yellow',
    // The writer well is not the baby well.
    'my 10 day old had blood in his poo this morning and it is still there, I had a bad night but I am fine now',
  ])('"%s" still escalates the same day', (text) => expectRuleLevel(text, /mood|pnd/.test(text) ? 'soon' : 'urgent_today'));
  it.each([
    // An emergency sign that still needs a person once passed, with no professional and not long ago.
    'she had a fit this morning, she is fine now',
    'she was very sleepy and would not wake for feeds yesterday, she is fine now',
    'lost a lot of blood after the birth, was fine, but now i am soaking a pad an hour',
  ])('"%s" still escalates as an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
