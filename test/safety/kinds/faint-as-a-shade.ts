import { buildRuleTriage } from '../../../src/app/build-rule-triage';
import { ruleExpectations } from '../../support/rule-expectations';
import { sharedContent } from '../../support/shared-engine';

// Issue 11, s20-nm: words in another sense. "Faint" before a colour or a shade ("a faint bluish shadow above
// her lip", "a faint golden colour to his skin") is a pale shade, not fainting (train-17 and train-18 near
// misses); and faintness told with its verb keeps its sense when a colour follows after a comma ("I felt
// faint, grey and sweaty"), which the shade reading had silenced on main. Phrasings written for these tests.

const triage = buildRuleTriage(sharedContent());

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('"faint" as a shade of a colour, and faintness told with its verb', () => {
  it.each([
    'there is a faint greenish tint on the nappy liner after a feed, he is 6 weeks and gaining, is that my diet?',
    'I noticed a faint bluish vein across the bridge of her nose, she is 4 weeks and feeding well',
    'my 5 week old has a faint golden tone to his cheeks in the evening light, lots of wet nappies',
    'a faint yellowish mark on my nipple where the flange rubs, no pain, is that normal?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    '4 days after the birth I felt faint, grey and sweaty when I stood up from the sofa',
    'I feel a bit faint, pink in the face and clammy, baby is 2 days old',
    'went faint, white as a sheet, on the stairs this morning, 6 days after my section',
    'feeling faint, yellow spots in front of my eyes, the baby is 3 days old',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
