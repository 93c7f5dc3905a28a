import { sharedRuleExpectations } from '../support/rule-expectations';

// Issue 11, s28: near-miss kinds read from train-26's flagged near misses once that file became training material.
// The mother's own bleeding (piles, the bleeding after the birth) is not the baby's blood or blood in her milk; a
// poo's or a discharge's yellow is no jaundice. Beside each, the sign in its own sense still escalates. Jaundice a
// professional tested and called breast milk jaundice still escalates at two weeks (the review of s23-blood, and
// test/safety/kinds/jaundice-blood-ordinary.ts): a benign test cannot be told apart from one done too early.
// Wordings written for these tests.

const { expectRuleLevel, expectOrdinary } = sharedRuleExpectations();

describe("the mother's own bleeding", () => {
  it.each([
    'I have piles since the birth and there is bright red blood on the paper when I wipe. 8 days pp, what cream can I use while feeding?',
    'my milk came in on day 3, bleeding is light now and stitches are healing. how often should she feed?',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
  it.each([
    "I've got piles, but the worry is the baby: there's bright red blood in his poo today, 5 weeks",
    'bright red blood in her nappy this morning mixed in with the poo, she is 3 weeks',
    'my milk has been pink with blood for a week now, both sides, 2 months pp',
  ])('"%s" still escalates', (text) => expect(() => expectOrdinary(text)).toThrow());
});

describe('jaundice still there at two weeks', () => {
  it.each([
    "she's 3 weeks and still yellow, the health visitor said it's breast milk jaundice but nobody has tested her",
    "he's 16 days old and still looks yellow in his eyes, feeding well",
    // Still yellow poo beside it does not make the baby's yellow the poo's.
    "he's 3 weeks and his eyes are still yellow, his poo is still soft yellow",
  ])('"%s" is urgent today', (text) => expectRuleLevel(text, 'urgent_today'));
});

describe("a poo's or a discharge's yellow is no jaundice", () => {
  it.each([
    'my 7 week old only poos every other day now but it is still soft yellow and he has plenty of wet nappies. normal?',
    '5 weeks since the birth and my discharge is now yellowish, no smell. how long does it last?',
    'how are you supposed to spot jaundice on a baby with darker skin?',
  ])('"%s" stays ordinary', (text) => expectOrdinary(text));
});
