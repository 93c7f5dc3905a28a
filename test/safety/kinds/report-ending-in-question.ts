import { ruleExpectations } from '../../support/rule-expectations';
import { sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s21-asked: parents nearly always end a report with a question ("… how do I know if it's serious?",
// "… is it possible it's meningitis?"). Seven rules let a general question ("is it possible", "what causes")
// stand for the whole message; when the writer tells the sign as her baby's or her own (a possessive, her own
// act of checking, a subject told with it, an age or a time word outside the question), the question asks
// about her report, and the rule still fires (src/safety/is-told-as-own.ts). A question with no report of her
// own stays information. Wordings written for this test.

const triage = sharedRuleTriage();

const { expectNoRuleFlag, expectRuleLevel } = ruleExpectations(triage);

/** The rule fires at `level`, certain, and it is the rule `ruleId` (the seven have a general-question exception). */
function expectRule(text: string, ruleId: string, level: string): void {
  expectRuleLevel(text, level);
  expect({ text, rule: triage(text, [], {})?.ruleId }).toEqual({ text, rule: ruleId });
}

describe('a report of her own, ending with a general question, still escalates', () => {
  it.each([
    // baby.skin, a rash that does not fade
    ['I pressed a glass on his spots and they did not fade, how do I know if it is serious?', 'baby.skin', 'emergency'],
    ['my baby has spots that do not fade under a glass, is it possible it is meningitis?', 'baby.skin', 'emergency'],
    ['little red spots on his legs, I rolled a glass over them and they stayed, what causes that?', 'baby.skin', 'emergency'],
    // the question first, her own check in a sentence after it (the question scope, is-asked-about.ts)
    ['how do I know if his spots do not fade? I pressed a glass on them', 'baby.skin', 'emergency'],
    // baby.skin, cold skin with an unwell baby
    ['he feels cold and clammy and his cry is really weak today, how do I know if he is just tired?', 'baby.skin', 'emergency'],
    ['her chest feels cold to the touch and she has gone quiet this morning, is it possible she is just sleepy?', 'baby.skin', 'emergency'],
    // baby.jaundice, no age given
    ['my baby is yellow all over his face and chest, how do I know if it is normal?', 'baby.jaundice', 'urgent_today'],
    ['she looks yellow in her eyes today, what causes that?', 'baby.jaundice', 'urgent_today'],
    // baby.blood, black poo after the first week
    ['his poo has been black since yesterday and he is 6 weeks old, is it possible it is blood?', 'baby.blood', 'urgent_today'],
    // mother.self_harm, psychosis named
    ['I have been feeling psychotic since yesterday, is it possible it is postpartum psychosis?', 'mother.self_harm', 'emergency'],
    ['my wife has postpartum psychosis signs since last night, what are the signs to look for?', 'mother.self_harm', 'emergency'],
    // mother.low_mood, lasting distress with how long
    ['I have been having panic attacks every day for 6 weeks, is it possible it is just tiredness?', 'mother.low_mood', 'soon'],
    ['I keep getting flashbacks of the birth, it has been 3 months now, how common is that?', 'mother.low_mood', 'soon'],
    // mother.low_mood, depression named
    ['I feel depressed today, is it possible it is PND?', 'mother.low_mood', 'soon'],
  ])('"%s" fires %s at %s', (text, ruleId, level) => expectRule(text, ruleId, level));
});

describe('a general question with no report of her own stays information', () => {
  it.each([
    'what does a rash that does not fade look like?',
    'if a rash fades partly under the glass is that an emergency?',
    'how do I know if a rash does not fade? I read about the glass test online',
    'what happens if the baby has a rash that does not fade under a glass?',
    'is it possible for a newborn to get a rash that does not fade?',
    'what happens if the baby\'s hands and feet feel cold?',
    'how do I know if my baby has jaundice?',
    'what are the signs of jaundice in a newborn?',
    'is it possible for a baby to have black poo from iron drops?',
    'how common is postpartum psychosis?',
    'what are the signs of postpartum psychosis and how common is it?',
    'how do I know if I have postnatal depression?',
    'how do I know if my baby is dehydrated?',
    'how do I know if my baby is getting enough milk?',
    'my baby has spots on her face, is it possible it is baby acne?',
    'my baby has been feeding every hour today, is it possible it is a growth spurt?',
  ])('"%s" raises no rule', (text) => expectNoRuleFlag(text));
});
