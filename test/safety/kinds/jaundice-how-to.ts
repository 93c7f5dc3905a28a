import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11 item 6, s12-rf-bugs: a question on how to help jaundice clear, or on what suits a jaundiced baby in
// general, with no baby told as yellow now, no age and no other sign, is a question (jaundice_asked), not the
// same-day escalation for yellow skin of unknown age. A baby told as yellow or jaundiced now, an age past two
// weeks, pale poo, sleepiness or poor feeding beside it still escalate. Phrasings written for these tests,
// beside train-j's two questions that showed it.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel, expectOrdinary } = ruleExpectations(triage);

describe('how to help jaundice clear, asked in general', () => {
  it.each([
    'how do i help clear jaundice',
    'what can you do to help clear newborn jaundice quicker?',
    'is there anything that helps get rid of jaundice faster, like feeding more?',
    'what helps a jaundiced baby feed better',
    'is it ok to breastfeed babies with jaundice?',
    'how often should you feed a baby with jaundice to flush it out?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each(['how many feeds a day should a newborn have to help clear jaundice?', 'is colostrum good for a jaundiced baby or should i wait for my milk?'])(
    '"%s" gets no red flag at all on a first message',
    (text) => expectOrdinary(text),
  );
});

describe('jaundice told of the baby now still escalates', () => {
  it.each([
    'my baby has jaundice, how do i help clear it',
    'my baby is yellow, how do i help clear it',
    "how do i help clear jaundice, she's 3 weeks",
    'how do i help clear jaundice, her poo is pale',
    'how do i get rid of jaundice, she is yellow and it is getting worse',
  ])('"%s" escalates today', (text) => expectRuleLevel(text, 'urgent_today'));

  it('"how do i help clear jaundice, he is very sleepy and won\'t feed" is an emergency', () =>
    expectRuleLevel("how do i help clear jaundice, he is very sleepy and won't feed", 'emergency'));
});
