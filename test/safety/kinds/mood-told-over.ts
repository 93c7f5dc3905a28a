import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s24-mind: a low mood told as a stretch of the past that is over (isMoodToldOver). RED-FLAGS.md's low
// mood row is a mood there now, most days for more than two weeks: "for the first two weeks I cried every day,
// now at 5 weeks I feel like myself" tells one that has gone. Each calm wording is paired with the same story and
// a mood told now (after the wellness, with a "but" or "only", or in a later stretch), which is still soon; a wish
// to die beside it keeps the crisis reply. Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a low mood told over, in a past stretch, with her well now, is not the low mood row', () => {
  it.each([
    'I was tearful every day for the first three weeks, and now at 7 weeks I feel like myself again. was that normal?',
    'for the first couple of weeks after the section I felt numb, now at 5 weeks I feel loads better. is that common?',
    'the first few days I sobbed all the time, she is 4 weeks now and I feel much better. was it the blues?',
    'in the first few weeks I felt empty and cried all the time, now at 10 weeks I am fine. does that count as PND?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // A mood told after the wellness, or the wellness taken back in its sentence.
    'I cried every day for the first three weeks, now at 7 weeks I feel fine but it is back, I cry every day',
    'for the first couple of weeks after the section I felt numb, now at 5 weeks I feel loads better. I still feel nothing for the baby',
    'the first few days I sobbed all the time, she is 4 weeks now and I feel much better only when she sleeps, the rest of the day I feel empty',
    'in the first few weeks I felt empty and cried all the time, now at 10 weeks I am fine. I think I have PND though, I feel low every day',
    // A later mood told after the past stretch ("but since then"), or in a sentence of its own before the wellness.
    'for the first two weeks I was fine but since then I have cried every day, now at 5 weeks I feel like me only at weekends',
    'for the first two weeks I was fine. since then I have felt hopeless every day. now at 6 weeks I feel like me for an hour in the morning',
    // The wellness in a mood's words: a front told to others.
    'for the first two weeks I cried all the time. now at 6 weeks I tell everyone I am fine but I feel empty every day',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));

  it.each([
    'the first few days I cried constantly, now at 4 weeks I feel loads better but some days I want to die',
    'for the first two weeks I felt numb, now at 6 weeks I feel fine, but I keep thinking the baby would be better off without me',
  ])('"%s" keeps the crisis reply', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
