import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// A sign that stopped and then came back (issue 11: "no contradicting reassurance"). "Has stopped" after the
// first mention closed the sign, and the "it" of the second mention named no cord, so a stump bleeding again
// got no flag at all. A part of a sign told with "again" or "back" after the "stopped" reopens it; what is
// told "again" that is no sign ("feeding again") leaves the "stopped" closing it.

const triage = sharedRuleTriage();
const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a sign told as come back after "it has stopped"', () => {
  it.each([
    'her cord is bleeding, it has stopped but now it is bleeding again',
    "my son's belly button was bleeding, it has stopped, now it's bleeding again",
    'the stump bled on his vest, it has stopped but an hour later it was bleeding again',
  ])('"%s" still escalates', (text) => expectRuleLevel(text, 'urgent_today'));

  it.each(['her cord bled a tiny bit, it has stopped and she is feeding again', 'his cord was bleeding, it has stopped now'])('"%s" stays closed', (text) =>
    expectNoRuleFlag(text),
  );
});
