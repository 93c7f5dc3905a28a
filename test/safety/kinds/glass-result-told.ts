import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s15-nm: a near-miss kind from train-13, fixed as a mechanism. A glass test told with its reassuring
// result in other words ("it went completely white", "they fade completely") is the rash that fades, which
// RED-FLAGS.md does not flag; "did not fade completely" and a few spots that stay are still the sign.
// Phrasings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a glass test told with a reassuring result in other words', () => {
  it.each([
    'red patchy rash on his arm after a warm bath, I pushed a glass against it and it went completely white',
    'little pink spots on her back, tried the glass test and they fade completely, she is feeding and happy',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'spots on her tummy, I pressed a glass on them and they did not fade completely, 3 weeks old',
    'rash on his legs, I pushed a glass on it and it did not go completely white',
    'dots on her chest, did the glass test and most went completely white but two stayed dark purple',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
