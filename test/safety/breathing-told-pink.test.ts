import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s28: periodic breathing told with the baby's colour as a word of a list ("10 days old, pink, feeding
// well"), read as colour good as "she is pink and feeding" was. Wordings written for these tests.

const { expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

describe('a few quick breaths and a short pause, the baby pink, feeding well', () => {
  it('stays ordinary', () => expectOrdinary('2 week old breathes fast for a few seconds in her sleep then settles, pink, feeding well. normal?'));
  it.each([
    'she stops breathing for 20 seconds at a time, pink, feeding well, 2 weeks',
    'breathes fast for a few seconds then her lips go blue, feeding well otherwise, 10 days',
  ])('"%s" is an emergency', (text) => expectRuleLevel(text, 'emergency'));
});
