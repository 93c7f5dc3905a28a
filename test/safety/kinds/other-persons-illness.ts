import { firstTurn } from '../../support/shared-engine';
import { sharedRuleExpectations } from '../../support/rule-expectations';

// Issue 11, s19 review: safety_check.row_needs lets an illness the writer names ("running 38.8 with a chest
// infection") account for her fever, so the net's mastitis check is not sent. Another person's cold is no such
// account: a fever, shivers and a sore breast beside a toddler's or the baby's cold still get the check.
// Wordings written by the review.

const { expectOrdinary } = sharedRuleExpectations();

describe("another person's illness does not explain the mother's mastitis signs", () => {
  it.each([
    "my toddler has a cold, and I'm 38.8 with shivers and my breast aches",
    "baby has a cold so feeding lots, now I'm shivery with a temperature and one breast hurts",
  ])('"%s" is sent the red-flag route', (text) => {
    const { trace } = firstTurn(text);
    expect({ text, route: trace.route }).toEqual({ text, route: 'red_flag' });
  });

  it('the writer\'s own chest infection still accounts for her fever', () => expectOrdinary('running 38.8 with a chest infection and aching all over, safe to breastfeed?'));
});
