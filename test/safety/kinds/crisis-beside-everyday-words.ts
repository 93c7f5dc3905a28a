import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s18 review: exclusions that read "tracking her feeds", "since the birth, marks on her arms" or "the
// midwife … called them" as everyday words silenced these crises, and were taken out (revert of 74fd12a). A
// paranoid belief, self-harm marks or voices told beside those words is still a crisis. Wordings written by
// the review for this test.

const triage = sharedRuleTriage();

const { expectRuleLevel } = ruleExpectations(triage);

describe('a crisis told beside everyday words of tracking, marks or names is still a crisis', () => {
  it.each([
    "she's sure the hospital is tracking her sleep through the app and won't let anyone in",
    "she's scared they are tracking her feeds through the app and has unplugged everything",
    'Since the birth, marks on her arms keep appearing and she wears long sleeves now',
    "since the birth marks on her arms keep appearing and she won't say how she got them",
    'she says the midwife and the voices called them evil',
  ])('"%s" gets the crisis line', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
