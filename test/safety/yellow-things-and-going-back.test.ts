import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s30: near-miss kinds read from train-26 and train-27's flagged near misses. The yellow of a thing (a poo
// told as "one", sick brought up curdled, cradle cap); jaundice asked about with the writer's own baby told not
// yellow; someone else's story, or the writer's own long past, with a going back somewhere ("had to go back into
// hospital") read as no "still". Beside each, the closest red flags still escalate at their level. Prolonged
// jaundice a professional has tested stays escalated (the review of s23-blood; jaundice-blood-ordinary.ts).
// Wordings written for these tests.

const { expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

describe('the yellow of a thing that is not the skin', () => {
  it.each([
    'at 8 weeks she did a massive runny yellow one right up her back this morning, she is otherwise her happy self. do I need to change anything?',
    'his sick came up curdled and yellow after a big feed, he is 6 weeks and gaining loads. why does it look like that?',
    'my 5 week old has yellowish greasy flakes on his scalp. how do I get rid of them?',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));

  it.each([
    // The baby told yellow beside the thing stays yellow.
    'my 3 week old is still yellow and his sick is curdled',
    'he is 4 weeks and still looks yellow, and he did a big soft one this morning',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe('jaundice asked about, or another baby or time told, with none now', () => {
  it.each([
    "someone at baby group said jaundice means your milk is too rich. is that true? mine isn't yellow at all, I just wondered",
    "my friend's little girl had jaundice and had to go back into hospital for phototherapy. I'm due next month, can I do anything to lower the chance?",
    "when I went back to work last year I got mastitis that turned into an abscess. I'm pregnant again, how do I avoid it this time?",
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));

  it.each([
    "my friend's baby lost 11% and had to go back into hospital, and now mine has lost 12% too, he is 4 days old",
    'I went back to work on monday and my breast has been red and hot with a fever, 3 days of antibiotics and it is no better',
    'someone said jaundice means your milk is too rich. mine is 3 weeks and still yellow, is that why?',
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});
