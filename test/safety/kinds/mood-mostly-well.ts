import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s18-nm: RED-FLAGS.md's low mood row is "low mood most days for more than 2 weeks". A writer who tells
// herself well most of the time ("mostly happy", "happy most days", "most of the time I'm fine") tells a mood
// that is not most days (isToldMostlyWell). Each red flag below is written to break it: the mood told as every
// day or lasting, the wellness denied or asked, the baby's, or a crisis. Wordings written for this test.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a low mood told beside being well most of the time raises no rule', () => {
  it.each([
    'baby is 5 weeks and some evenings I feel a bit down when he cluster feeds, but mostly I am happy. how long does cluster feeding last?',
    "3 months postpartum, a few teary days when I'm shattered but honestly I'm fine most days. is that normal tiredness?",
    'she is 7 weeks, I feel low after a bad night now and then, most of the time I feel like myself. does broken sleep affect milk?',
    'partner is 2 months postpartum and sometimes gets down after a rough night, but she is happy most of the time. how can I help with nights?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('a low mood told as most days, lasting, or worse still escalates, whatever else is told', () => {
  it.each([
    'baby is 6 weeks and I have felt low every day for three weeks, mostly fine with him though',
    'I feel down all the time since the birth 5 weeks ago, mostly happy with the baby',
    "baby is 2 months and I'm not happy most days, I feel low and flat for weeks now",
    'my baby is 8 weeks, is it ok that I am mostly happy? I have felt hopeless for a month',
    'he is mostly happy and feeding well but I have felt low and empty every day for 3 weeks, she is 6 weeks old',
  ])('"%s" is still a low mood to see someone about', (text) => expectRuleLevel(text, 'soon'));
  it('a crisis is never closed by it', () =>
    expectRuleLevel('mostly I am fine but I keep thinking about ending my life, baby is 6 weeks', 'emergency', 'crisis'));
});
