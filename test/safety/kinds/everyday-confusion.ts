import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s12-rf-bugs: RED-FLAGS.md's crisis row names confusion among the signs of postpartum psychosis:
// being confused, not knowing where she is or what day it is, beside other signs. A tired parent's own slip,
// told as a moment ("i got confused and put the remote in the fridge", "couldn't remember which boob"), is not
// that confusion, even beside little sleep (everyday_slip). The same words told of a partner, or confusion
// with a strong sign, still give the crisis line. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe("the writer's own everyday slip is not psychosis (everyday_slip)", () => {
  it.each([
    'so sleep deprived, barely slept in 3 days and i got confused and put the remote in the fridge lol',
    "i got confused last night and thought it was morning, he's 2 weeks and i've had no sleep",
    'got so confused at the 3am feed, could not remember which boob, not sleeping much. normal?',
    'was so confused this morning i forgot where i put my keys, the baby kept me up all night',
    'no sleep for days with a colicky baby and i got a bit confused about which day the weigh in was',
    'i was really confused at the clinic and forgot which side i fed on last, up all night with him',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('confusion told of a partner, or with a strong sign, still gives the crisis line', () => {
  it.each([
    'my wife is confused, does not know where she is and has not slept for 2 days',
    'my wife was so confused last night, talking nonsense and has not slept',
    'my partner got really confused and did not know where she was, no sleep for 2 days',
    'she got confused and forgot where she put the baby, she has not slept in 3 days',
    'i got confused and the voices told me the baby is not mine',
  ])('"%s" gets the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
