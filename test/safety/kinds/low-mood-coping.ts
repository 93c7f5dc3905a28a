import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s12-rf-bugs: RED-FLAGS.md's low-mood row is low mood most days for more than two weeks. A low word
// beside the baby's age, with her days told as going on well in that sentence or the next (coping_told: eating
// and sleeping, still enjoying things, seeing friends), is not that; the same with the mood told as there most
// days, every day or all the time (mood_now) still is. Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a low word beside days told as going on well (coping_told)', () => {
  it.each([
    "i'm not enjoying the night feeds, but i'm sleeping okay in the day, eating well and love my baby. he's 6 weeks",
    'a bit resentful of my partner sleeping through, baby is 5 weeks, otherwise fine and eating and sleeping',
    "she's 8 weeks and some evenings i feel low after a long day but then it passes and i'm ok, still enjoying walks with her",
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});

describe('low mood told as most days still escalates beside coping words', () => {
  it.each([
    "baby is 6 weeks and i feel low every day, though i'm eating and sleeping ok",
    "i've felt so low most days for a month now, otherwise fine and eating well, she's 7 weeks",
    'crying all the time and feel hopeless, baby is 5 weeks, i love my baby but i cannot cope',
    // Loving the baby is no sign against low mood: a mother with postnatal depression does.
    'nothing feels fun anymore, not enjoying anything, but i love him to bits. 7 weeks',
  ])('"%s" still escalates', (text) => expectRuleLevel(text, 'soon'));
});
