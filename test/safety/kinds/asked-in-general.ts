import { buildRuleTriage } from '../../../src/app/build-rule-triage';
import { ruleExpectations } from '../../support/rule-expectations';
import { sharedContent } from '../../support/shared-engine';

// Issue 11, s17-nm: a near-miss kind from train-15 (a condition named only as the topic of a question), fixed
// as a mechanism (isAskedInGeneral). A sign of a row that is not an emergency, named in a question about no one,
// in a message that anchors no case (no baby's age, no number, nothing told as so now), raises no rule. The
// same sign asked beside a case, told of someone, or pointed at ("is it ...?") still does. Phrasings written
// for these tests.

const triage = buildRuleTriage(sharedContent());

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a sign named only as the topic of a question about no one raises no rule', () => {
  it.each([
    'does postnatal depression run in families? my aunt thinks it does',
    'what makes bilirubin go up after birth? trying to understand the leaflet',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    ['my 3 week old is still yellow, does jaundice go away on its own?', 'urgent_today'],
    ['she has had postnatal depression for a month now, does it go away?', 'soon'],
    ['does jaundice last this long? he is 16 days old', 'urgent_today'],
  ] as const)('"%s" is still %s', (text, level) => expectRuleLevel(text, level));
});
