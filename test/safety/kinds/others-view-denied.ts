import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s25-mind: a relative's view of her mood that she denies (isOthersViewDenied) was tried and dropped
// after review: the denial was followed by a duration, "she's right", "(not)" or a sign of hers, or the view was a
// professional's told as "she", too often for a rule to read it safely. Each such wording is the low mood row; a
// wish to die beside it keeps the crisis reply. Wordings written for these tests (the review's kinds reworded).

const triage = sharedRuleTriage();

const { expectRuleLevel } = ruleExpectations(triage);

describe('a relative\'s view of her mood that she denies is still the low mood row', () => {
  it.each([
    'my sister reckons I am depressed because I stay in with the baby. I am fine, I just cry every day. 7 weeks',
    'my sister reckons I am depressed. I tell her I am fine. 7 weeks',
    'my sister reckons I am depressed. I am fine most days. 7 weeks',
    'my sister reckons I am depressed and she is right. 7 weeks',
    'the health visitor thinks I am depressed. I am fine. 7 weeks',
    // The review of s25-mind.
    'my hv popped in this morning. she reckons I am depressed. I am fine, only tired. he is 6 weeks',
    'went to the doctor today and she thinks I have postnatal depression. I am fine. 8 weeks',
    'my partner reckons I am depressed. I am fine. I just cannot see the point of getting dressed. 9 weeks',
    'my mum thinks I am depressed haha. I am fine. she is probably not wrong tbh. 10 weeks',
    'my husband says I am depressed. I am fine (I am not). she is 7 weeks',
    'my boyfriend thinks I am depressed, I am fine, it has been this way for 3 months',
    'my partner thinks I am depressed. I am fine. I have not washed my hair or left the house for 3 weeks',
    'my mil says I am not bonding. we are great, but I feel nothing when I hold him. he is 10 weeks',
  ])('"%s" is still soon', (text) => expectRuleLevel(text, 'soon'));

  it.each([
    'my sister reckons I am depressed. I am fine, I just think they would be better off without me. 7 weeks',
  ])('"%s" keeps the crisis reply', (text) => expectRuleLevel(text, 'emergency', 'crisis'));
});
