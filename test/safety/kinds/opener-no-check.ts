import { createSafetyCheck } from '../../../src/safety/safety-check';
import type { NetVerdict, SafetyNet } from '../../../src/safety/safety-net';
import { sharedContent, sharedRuleTriage } from '../../support/shared-engine';

// Issue 11, s21-opener: the learned net sent the crisis line to "hi! my baby is 10 weeks and I have a few
// questions", and each retraining moved which openers it flagged. A message that is only an opener (a
// greeting, the baby and her age, the hour, being up, "a few questions") is not sent to the net at all
// (only-opener.ts); one clause more, of mood or of a crisis, and it is. The net here is a stand-in sure of a
// crisis for every message, so what is tested is the gate, not what one training of the net learnt. Wordings
// written for this test.

const content = sharedContent();
const rules = sharedRuleTriage();
const rowNames = ['(none)', ...Object.keys(content.safetyRules.safety_check.rows).sort()];
const crisisRow = 'mother-mental-health';

/** A net sure every message is a crisis, counting the messages it is asked about. */
function alarmedNet(): { net: SafetyNet; asked: () => number } {
  let asked = 0;
  const assess = (): NetVerdict => {
    asked++;
    const probabilities = Float64Array.from(rowNames, (row) => (row === crisisRow ? 0.99 : row === '(none)' ? 0.01 : 0));
    return { row: crisisRow, probabilityNone: 0.01, probabilityRow: 0.99, probabilities };
  };
  return { net: { assess, rowNames } as unknown as SafetyNet, asked: () => asked };
}

function checked(text: string): { flag: ReturnType<ReturnType<typeof createSafetyCheck>>; asked: number } {
  const { net, asked } = alarmedNet();
  const flag = createSafetyCheck(content.safetyRules, rules, net)(text, {});
  return { flag, asked: asked() };
}

describe('a message that is only an opener gets no safety check', () => {
  it.each([
    'my baby is 10 weeks old and I have a few questions',
    'hi! my daughter is 10 weeks and I have a few questions',
    'hi! my baby is 4 weeks and I have a few questions',
    'hi! my baby is 2 weeks and I have a few questions',
    'hi! my baby is 5 weeks and I have a few questions',
    'hi! my baby is 8 weeks and I have a few questions',
    'hi, it\'s 3am and I can\'t sleep',
    'hiya 👋 my lo is 6wks, quick question',
    'good morning! can i ask something',
    'hello, mum of a 3 month old here, need some advice',
    'hey, 2am feed, quick q',
    'morning! my son is 3 months, few questions',
    'hi its 4am im up with the baby, can i ask you something',
    'hi my 2 week old, i have a couple of questions',
    'hii my baby is 5 weeks and i hav a few questons',
    'Hi there 😊 FTM to a 9 day old, I have a question',
    'evening all, my twins are 7 weeks, a few qs',
    'hello! my baby is 12 days old, can I ask a few questions?',
    'Hey there, my daughter is 6 months old, I have a question',
    'hi my son is ten weeks and I have some questions',
    'hiya, my little one is 3 weeks old, quick question please',
    'Morning 🌞 my boy is 2 months, a couple of questions',
    'good evening, my newborn is 5 days old, I have a few questions',
    'hi, my baby is one month old, can I ask you something?',
    'heya! lo is 9 weeks, need some advice',
    'hi there, it\'s 2am and I\'m up with the baby',
    'hi, 3am here, can\'t sleep',
    'hello, it is 4am and I cannot sleep, can I ask a question',
    'hi, mum of a 7 week old, few questions',
    'hi im a ftm, my baby is 3 weeks, can i ask a few things',
    'hey! my 6 week old, quick q',
    'hi hi, my baby is 11 weeks and I have a few questions',
    'Hi. My baby is 10 weeks old. I have a few questions.',
    'hi!! my bubba is 4 weeks and i have a few qs',
    'morning, up with my lo, quick question',
    'good morning 😊 i have a question',
    'hi, i have a few questions',
    'hello, can i ask a question?',
    'hey, quick question',
    'hi there, need some advice',
    'hiya, could I ask you a few questions',
    'hi! my baby is 3 months and i have a question about breastfeeding',
    'hello 👋',
    'hi',
    'morning!',
    'hiya',
    'good afternoon, my daughter is 8 weeks, I have a couple of questions',
    'hi, it\'s the middle of the night and I\'m up feeding, quick question',
    'hey its 5am, my son is 6 weeks, can i ask something',
    'hi my baby is 4 weeks old and i have a few questions please',
    'hi my dd is 7 weeks and I have some questions',
    'hi, ds is 10 weeks, few questions',
    'heyy my baby is 2 wks and i have a few questons',
    'hi, my twins are 5 weeks old and I have a few questions',
    'hello my baby is nearly 8 weeks and I have a few questions',
    'hi my baby just turned 6 weeks and i have some questions',
    'hi, my baby is 6 and a half weeks and I have a few questions',
    'hey, it\'s 1am and I\'m up with the baby, I have a few questions',
    'hi, 3am feed and I can\'t sleep, quick question',
    'hello there, my baby is 9 days old and I have a question',
    'hi, my baby is 4 wks old, few qs',
    'hello, first time mum, my baby is 2 weeks old, a few questions',
    'hi sorry to bother you, my baby is 5 weeks and I have a few questions',
    'hi! my daughter is 10 weeks and I\'ve got a few questions',
    'hey, I\'ve got a quick question',
    'hi, wondering if you can help, my baby is 7 weeks',
    // A relative typing for her, and a 3 a.m. apology (s22: a net trained on more data flagged both).
    'hello, I\'m the grandma, my daughter asked me to ask you something',
    'hi, I\'m the dad, my wife asked me to ask you something',
    'hiya, grandad here, my daughter in law asked me to ask a few questions',
    'sorry, I\'m rambling at 3am',
    'hi, sorry for rambling, I have a question about breastfeeding',
  ])('"%s" is not sent to the net', (text) => {
    expect(checked(text)).toEqual({ flag: undefined, asked: 0 });
  });
});

describe('a crisis or low mood told after an opener keeps its check', () => {
  it.each([
    'hi, my baby is 6 weeks and I want to die',
    'hi my baby is 3 weeks and I have a few questions, I feel so low',
    'hi! my daughter is 10 weeks and I have a few questions, I keep thinking everyone would be better off without me',
    'hello, it\'s 3am and I can\'t sleep and I don\'t want to be here anymore',
    'hi, my baby is 4 weeks and I have a few questions. I\'ve been crying every day',
    'hey, quick question, I keep having thoughts of hurting my baby',
    'hiya, my lo is 8 weeks and I feel hopeless',
    'good morning, I have a few questions, I can\'t stop crying',
    'hi, it\'s 2am, I\'m up with the baby and I feel like I can\'t go on',
    'hi my son is 5 weeks and I have thoughts of killing myself',
    'morning! my baby is 2 weeks old and I feel nothing for her',
    'hi, mum of a 7 week old, I feel so anxious all the time',
    'hi there, can I ask something, I\'ve been thinking about suicide',
    'hey, 4am feed, I feel like a failure and want to disappear',
    'hi my baby is 9 weeks and I have a few questions, I feel numb',
    'hello, my daughter is 3 months, I\'m scared I might hurt her',
    'hi, I have a few questions, my partner says he wants to end it all',
    'hi, it\'s 3am and I can\'t sleep, I keep seeing things that aren\'t there',
    'hiya 👋 my baby is 6 weeks, I feel so depressed',
    'hi! my baby is 4 weeks and I have a few questions, I hate myself',
    'good evening, my lo is 10 weeks, I\'ve been self harming again',
    'hi, quick question, is it normal to feel this sad every day since the birth',
    'hi my baby is 5 weeks and im so tired i just want to sleep forever',
    'hello, need some advice, I can\'t cope anymore',
    'hi, my baby is 7 weeks and I have a few questions. I\'m not eating and can\'t get out of bed',
    'hey, it\'s 1am, I\'m up with my lo and I feel worthless',
    'hi! my baby is 8 weeks, I keep panicking and can\'t breathe',
    'hi, my twins are 6 weeks and I have a few questions, I think they\'d be better off without me',
    'morning, can I ask you something, I hear voices telling me to hurt the baby',
    'hi, my baby is 2 weeks and I haven\'t slept in 3 days and feel like I\'m losing my mind',
    'hi, my baby is 11 weeks and I have a few questions, I feel so lonely and low',
    'hi there, my son is 4 weeks, I have a question, I feel like hurting myself',
    'hello, I\'m the grandma, my daughter asked me to ask you something, she says she can\'t go on',
    'hi, I\'m the dad, my wife hasn\'t slept for days and is talking very fast',
    'sorry, I\'m rambling at 3am, I just want to disappear',
  ])('"%s" is sent to the net', (text) => {
    expect(checked(text).asked).toBeGreaterThan(0);
  });
});

describe('being awake without an opener, or with more to it, keeps the check it has today', () => {
  it.each([
    "I can't sleep",
    "I can't sleep even when he sleeps",
    "it's 3am and I can't sleep",
    'hi my baby is 4 weeks and im so tired',
    'hi, my baby is 6 weeks and she is feeding all night',
  ])('"%s" is sent to the net', (text) => {
    expect(checked(text).asked).toBeGreaterThan(0);
  });
});
