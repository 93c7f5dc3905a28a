import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-mind: the baby blues told as over was tried (isBluesToldOver) and dropped after review: her
// wellness told now was taken back after it too often ("not", "jk", "that's what I tell myself", "until 3am", a
// later sentence of her state) for a rule to read it safely. A low mood told in the first two weeks and then told
// any way but plainly over is the low mood row; a wish to die beside it keeps the crisis reply. Wordings written
// for these tests (the review's kinds reworded).

const triage = sharedRuleTriage();

const { expectRuleLevel } = ruleExpectations(triage);

describe('a low mood told in the first two weeks, then told of her since, is still the low mood row', () => {
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
    // The review of s25-mind: her wellness taken back after it, or the stretch told as going on.
    'I cried every day for the first fortnight. now at 6 weeks I am fine. or so I keep telling myself',
    'for the first two weeks I felt low. now she is 6 weeks I am fine. not really.',
    'the first 2 weeks I felt really low. at 5 weeks I am ok. joking, I am falling apart',
    'in the first two weeks I cried every day and most days since then as well. at 7 weeks I feel much better',
    'for the first 2 weeks I felt low. now at 8 weeks I feel fine. until 2am, then the thoughts begin',
    'felt so low the first 2 weeks. 7 weeks now and I am ok!! my partner takes the baby every night because I just lie there',
    // The baby's wellness is not hers.
    'for the first two weeks I cried every day and felt low, now at 5 weeks she is fine and feeding well',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));

  it.each([
    'for the first two weeks I cried all the time, now at 4 weeks I feel loads better, but some nights I want to die',
    'the first few days I felt numb, now at 5 weeks I am fine, I just keep thinking the baby would be better off without me',
  ])('"%s" keeps the crisis reply', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
