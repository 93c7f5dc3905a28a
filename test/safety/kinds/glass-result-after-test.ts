import { buildRuleTriage } from '../../../src/app/build-rule-triage';
import { ruleExpectations } from '../../support/rule-expectations';
import { sharedContent } from '../../support/shared-engine';

// Issue 11, s20-nm: a near-miss kind of train-17 and train-18 (normal findings told). RED-FLAGS.md's sign is a
// rash that does not fade under a glass; the glass test told first and its reassuring result after it ("when I
// push a glass on it the spots go white", "pressed a glass and it all went pale") or of the spots named by "that"
// ("spots that go white when I press", "a rash that vanishes under a glass") is the rash that fades. A result
// told as fading only in part or with doubt is still the sign, whatever fading is told beside it.
// Phrasings written for these tests.

const triage = buildRuleTriage(sharedContent());

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a glass test told first, its reassuring result after it', () => {
  it.each([
    'pink blotches on her arms after the bath, I rolled a glass on them and they all went pale, she is 7 weeks and cooing',
    'little red spots on his cheeks, when I squash a glass on them the spots go white. 4 months, feeding fine',
    'she has a rash that disappears under a glass, 9 weeks, happy and feeding',
    'he has red patches which fade when I press the glass on them, 10 weeks old and laughing',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'pressed a glass on the spots and they went white but not completely, 3 weeks old',
    'rolled a glass over her rash and it went pale, apart from two dots on her foot, 6 weeks',
    'when I push a glass on them the spots go white but I am not sure, it is hard to tell in this light, 5 weeks',
    'spots on his legs that go white when I press a glass on them, except one dark one on his knee',
    'under a glass some of the spots went white and a few did not, 2 months old',
    'pressed a glass on her rash and the spots do not go white, 10 weeks old',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
