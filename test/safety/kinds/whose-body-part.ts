import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s12-rf-bugs: whose body a sign word is told of. The mother's breasts or nipples as what is floppy,
// soft, hot or red make the sign hers, also through "mine", "they" or "them" standing for them; a breast told
// as the place where the baby is ("floppy at the breast") does not. And the writer who found or noticed a sign
// is not whose it is. Phrasings written for these tests, beside the train-j question that showed the first.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe("the mother's breasts as the subject of a sign word (markBreastSubjects)", () => {
  it.each([
    'How can I tell if my breasts are empty after a feed? Mine just feel kind of floppy',
    'my breasts went from rock hard to floppy, they feel floppy by the evening. is my milk drying up',
    'boobs are floppy and empty after feeds now, 6 weeks in',
    'are my boobs meant to be this soft? mine are totally floppy by the afternoon, baby is 5 weeks',
    'my tits used to be full and now they are limp and floppy, has my supply gone? 8 weeks pp',
    'floppy boobs after feeding, is that normal',
  ])('"%s" raises no rule for the baby', (text) => expectNoRuleFlag(text));

  it.each([
    // The breast as the place the baby is.
    'he went floppy at the breast and will not wake, 3 weeks old',
    'my baby went limp on my boob and is not responding',
    'she went all floppy on the nipple and her lips went blue',
    // The baby named nearer the sign than the breasts.
    'baby is 2 weeks, my boobs are soft and she is floppy and hard to wake',
    'my boobs are empty. she is floppy',
    'my breasts are soft now and mine is 10 days old and floppy, will not feed',
  ])('"%s" is still an emergency', (text) => expectRuleLevel(text, 'emergency'));
});

describe('the writer who found or noticed a sign is not whose it is', () => {
  it.each([
    "she's feeding ok but I've found a tiny spot on her tummy that doesn't fade when I press it, 6 weeks",
    'our 3 week old is grizzly and I just noticed purple spots that do not fade under a glass',
    'he is 5 weeks and not himself, I spotted a rash that stays when I press a glass on it',
  ])('"%s" is an emergency for the baby', (text) => expectRuleLevel(text, 'emergency'));

  it.each([
    'I noticed my nipple is cracked and bleeding a bit, baby is 2 weeks and feeding well',
    'I found a few spots of milk spots on my chest, nothing on the baby',
  ])('"%s" stays the writer\'s own', (text) => expectNoRuleFlag(text));
});
