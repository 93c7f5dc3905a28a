import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-mind: a relative's view of her mood that she denies in her own words (isOthersViewDenied): "my
// partner thinks I'm depressed lol, I'm alright" tells no low mood most days. Each calm wording is paired with the
// same story and a mood she tells, a front ("I tell him I'm fine"), a narrowed denial, no denial or a professional's
// view, which is still soon; a wish to die beside it keeps the crisis reply. Wordings written for these tests.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

describe('a relative\'s view of her mood, denied in her own words, is not the low mood row', () => {
  it.each([
    'my sister reckons I am depressed because I stay in with the baby. I am fine, we are doing great. 7 weeks, any sling tips?',
    'my mil says I am not bonding because I let my husband do bathtime. we are great. he is 10 weeks',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));

  it.each([
    'my sister reckons I am depressed because I stay in with the baby. I am fine, I just cry every day. 7 weeks',
    'my sister reckons I am depressed. I tell her I am fine. 7 weeks',
    'my sister reckons I am depressed. I am fine most days. 7 weeks',
    'my sister reckons I am depressed and she is right. 7 weeks',
    'the health visitor thinks I am depressed. I am fine. 7 weeks',
    'my mil says I am not bonding. we are great, but I feel nothing when I hold him. he is 10 weeks',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));

  it.each([
    'my sister reckons I am depressed. I am fine, I just think they would be better off without me. 7 weeks',
  ])('"%s" keeps the crisis reply', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
