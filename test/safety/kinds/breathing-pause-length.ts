import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// s23-pause: a pause in a baby's breathing told with its length of 15 seconds or more is RED-FLAGS.md's
// breathing pause, an emergency, however the words are ordered. Main read "pause .. breathing" only with the
// words close together, so "he had a pause of 25 seconds in his breathing" raised no rule (found in the review of
// s23-baby). Phrasings written for these tests, not taken from the corpora.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a breathing pause of 15 seconds or more is an emergency', () => {
  it.each([
    'my 3 week old had a pause of about 25 seconds in his breathing during his nap',
    'she went twenty seconds without breathing in her sleep last night',
    'he paused for 30 seconds while asleep and then gasped, 12 days old',
    'the apnoea monitor went off, she had a gap of 20 seconds in her breathing',
    "my husband timed it, 15 seconds and she didn't breathe, she was asleep in the moses basket",
  ])('"%s"', (text) => expectRuleLevel(text, 'emergency'));
});

describe('a pause of that length that is no breathing pause raises no rule', () => {
  it.each([
    'she stops for 20 seconds at the breast and then carries on feeding, 5 weeks',
    'I paused the white noise for 20 seconds while she slept',
    'he sleeps for 20 minutes in the day and then wakes crying, 6 weeks',
  ])('"%s"', (text) => expectNoRuleFlag(text));
});
