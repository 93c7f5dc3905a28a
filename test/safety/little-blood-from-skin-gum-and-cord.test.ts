import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s30-skin-blood: a little blood from skin a nappy rash has broken, from a gum a tooth is coming through,
// or a small spot where the cord stump is coming away that stopped at once, with no blood told in the poo or sick
// and nothing of an infection, is no blood in the baby's poo or sick. Beside each, the sign in its own sense still
// escalates. Wordings written for these tests.

const { expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

describe('a little blood from the skin, a gum or the cord', () => {
  it.each([
    'her nappy rash has broken the skin and there was a little blood on the wipe from it. her poo is normal, 10 weeks',
    'his gum bled a little when his first tooth came through, 6 months, he is happy and eating',
    'a tiny spot of dried blood on the nappy where the cord stump came off yesterday, it stopped straight away and the skin round it is fine',
    'a little spot of blood on the nappy where the cord stump is coming away, it stopped when i pressed on it. no smell',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));

  it.each([
    // Blood told in the poo as well as the rash keeps the sign.
    'she has nappy rash with broken skin but there is also blood mixed in her poo, 8 weeks',
    // A spot that stopped, with pus or a smell beside it, keeps the sign.
    'a little spot of blood on the nappy where the cord stump is coming away, it stopped when i pressed on it but there is pus and it smells',
    'the cord stump keeps bleeding, a little spot every time i change him, 9 days old',
    // Blood in the sick beside a new tooth keeps the sign.
    'her gum bled when the tooth came through and now there is blood in her sick, 7 months',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});
