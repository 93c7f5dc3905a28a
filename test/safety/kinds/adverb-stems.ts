import { stemOf } from '../../../src/safety/triage-tokens';
import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s12-rf-bugs: concept words are matched by stem, and Porter's stemmer folds some adverbs in "-ly"
// into a word of another sense ("lately" into "late"), so "can postpartum depression start late?" read as low
// mood told as now (mood_now's "lately"). Such an adverb keeps its own stem; inflections still share one.
// Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('an adverb in -ly is not the word Porter folds it into (stemOf)', () => {
  it.each([
    ['lately', 'late'],
    ['likely', 'like'],
    ['lovely', 'love'],
    ['barely', 'bare'],
    ['completely', 'complete'],
    ['seriously', 'serious'],
  ])('"%s" and "%s" have different stems', (adverb, other) => expect(stemOf(adverb)).not.toBe(stemOf(other)));

  it.each([
    ['hurting', 'hurts'],
    ['crying', 'cry'],
    ['bleeding', 'bleeds'],
    ['normally', 'normal'],
  ])('"%s" and "%s" still share a stem', (first, second) => expect(stemOf(first)).toBe(stemOf(second)));
});

describe('"late" is not "lately" in the mind rows', () => {
  it.each([
    "can postpartum depression start late? baby is 10 months and i'm fine, just curious",
    'can postnatal depression come on late, like at a year? asking for a leaflet i am writing, i am well',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    "i've felt low lately and cry every day, baby is 5 weeks",
    'lately i have been crying every day and feel hopeless, 6 weeks pp',
  ])('"%s" still escalates (lately is now)', (text) => expectRuleLevel(text, 'soon'));
});
