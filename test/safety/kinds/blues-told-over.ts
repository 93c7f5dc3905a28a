import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-mind: the baby blues told as over (isBluesToldOver). RED-FLAGS.md's low mood row is "most days for
// more than 2 weeks", and "baby blues in the first two weeks are common and pass": a mood told only in the first two
// weeks, with her well now in her own words, is that. Each calm wording is paired with the same story and a mood
// told now, a longer stretch, a front or a narrowed wellness, which is still soon (s24-mind's review: a six-week
// stretch, "I tell everyone I'm fine", "ok with the feeding", the baby's "she is fine", "and I still do"); a wish to
// die beside it keeps the crisis reply. Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a low mood told only in the first two weeks, with her well now, is not the low mood row', () => {
  it.each([
    'for the first ten days I sobbed every day, now at 5 weeks I am fine. was that the blues?',
    'the first couple of weeks I felt numb and weepy every day, now at 4 weeks I am ok',
    'for a week after the section I cried all the time, but now at 3 weeks I am fine, just tired',
    'in the first week I felt hopeless about feeding and cried constantly, now at 6 weeks I feel much more confident',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    // A stretch longer than two weeks.
    'for the first three weeks I sobbed every day, now at 5 weeks I am fine. was that the blues?',
    'for the first 20 days I cried all the time, now at 6 weeks I am fine',
    // A mood told after her wellness, denied or not, or the wellness narrowed or taken back.
    'the first couple of weeks I felt numb and weepy, now at 4 weeks I am fine. I have not stopped crying this week though',
    'the first couple of weeks I felt numb and weepy, now at 4 weeks I feel loads better with the feeding, but I feel empty every day',
    'for a week after the section I cried all the time, but now at 3 weeks I am fine on the outside',
    'for a week after the section I cried all the time, now at 3 weeks I am fine when the baby sleeps, the rest of the day I cry',
    // A front, a wish or another's view.
    'for the first ten days I sobbed every day, now at 5 weeks I tell everyone I am fine and cry in the shower',
    'for the first ten days I sobbed every day, now at 5 weeks I wish I was fine, I cry all the time',
    // Told as going on, back or worse.
    'in the first week I felt hopeless and cried constantly and I still do, now at 6 weeks I feel more confident with the feeds',
    'for the first two weeks I cried every day, now at 5 weeks I am fine, but the crying is back this week every day',
    // The baby's wellness is not hers.
    'for the first two weeks I cried every day and felt low, now at 5 weeks she is fine and feeding well',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));

  it.each([
    'for the first two weeks I cried all the time, now at 4 weeks I feel loads better, but some nights I want to die',
    'the first few days I felt numb, now at 5 weeks I am fine, I just keep thinking the baby would be better off without me',
  ])('"%s" keeps the crisis reply', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
