import { readSlotAnswer, type ReadContext } from '../../src/dialog/read-slot-answer';
import { extractFacts } from '../../src/nlu/extract-facts';
import { normaliseText } from '../../src/nlu/normalise-text';

// Wednesday 15 May 2024.
const today = new Date('2024-05-15T12:00:00.000Z');

function context(raw: string): ReadContext {
  const normalised = normaliseText(raw);
  return { raw: raw.toLowerCase(), normalised, messageFacts: extractFacts(normalised, today), today, yesWords: ['yes', 'yeah', 'she has'], noWords: ['no', 'nope', 'not sure'] };
}

describe('reading a day of life', () => {
  it.each([
    ['2', 2],
    ['three', 3],
    ['about 4 days', 4],
    ['a week', 7],
    ['2 weeks', 14],
    ['today', 0],
    ['this morning', 0],
    ['yesterday', 1],
    ['the day before yesterday', 2],
    ['she was born on monday', 2],
    ['monday', 2],
    ['4 days ago', 4],
    ['day 5', 5],
    ['2024-05-11', 4],
    ['11/05/2024', 4],
    ['11 may', 4],
    ['May 11th', 4],
    ['on the 13th', 2],
  ])('reads "%s" as %d days', (text, days) => {
    expect(readSlotAnswer('days', context(text))).toBe(days);
  });

  it('reads a month-first date only when day-first is impossible', () => {
    expect(readSlotAnswer('days', context('5/13/2024'))).toBe(2);
  });

  it('counts back to last month for a day of the month still to come', () => {
    expect(readSlotAnswer('days', context('the 20th'))).toBe(25);
  });

  it.each(['hmm not sure', 'why is that', '', 'next friday week', '3000 days'])('cannot read "%s"', (text) => {
    expect(readSlotAnswer('days', context(text))).toBeUndefined();
  });

  it('rejects a date in the future and one more than two years back', () => {
    expect(readSlotAnswer('days', context('2024-06-20'))).toBeUndefined();
    expect(readSlotAnswer('days', context('2020-01-01'))).toBeUndefined();
  });
});

describe('reading a count', () => {
  it.each([
    ['3', 3],
    ['about 6', 6],
    ['only 2 wet ones', 2],
    ['none', 0],
    ['zero', 0],
    ['no wet nappies at all', 0],
    ['she has had 4', 4],
    ['five', 5],
  ])('reads "%s" as %d', (text, count) => {
    expect(readSlotAnswer('count', context(text))).toBe(count);
  });

  it('cannot read a sentence with no number', () => {
    expect(readSlotAnswer('count', context('lots i think'))).toBeUndefined();
  });
});

describe('reading yes or no', () => {
  it.each([
    ['yes', true],
    ['Yeah!', true],
    ['she has, loads', true],
    ['no', false],
    ['nope', false],
    ['not sure', false],
  ])('reads "%s" as %s', (text, value) => {
    expect(readSlotAnswer('yes_no', context(text))).toBe(value);
  });

  it('reads only a yes or no at the start, so a new question is not taken for an answer', () => {
    expect(readSlotAnswer('yes_no', context('is it no good to drink coffee'))).toBeUndefined();
    expect(readSlotAnswer('yes_no', context('how do i know'))).toBeUndefined();
  });
});

describe('reading how the baby was born', () => {
  it.each([
    ['c-section', 'caesarean'],
    ['CS', 'caesarean'],
    ['emergency section', 'caesarean'],
    ['caesarian', 'caesarean'],
    ['vaginal', 'vaginal'],
    ['naturally, at home', 'vaginal'],
    ['forceps', 'vaginal'],
  ])('reads "%s" as %s', (text, type) => {
    expect(readSlotAnswer('birth_type', context(text))).toBe(type);
  });

  it('cannot read an answer that names neither', () => {
    expect(readSlotAnswer('birth_type', context('it was quick'))).toBeUndefined();
  });
});

describe('reading a day of life with dots', () => {
  it('reads 11.05.2024 as a date and 3.5 as three and a half days', () => {
    expect(readSlotAnswer('days', context('11.05.2024'))).toBe(4);
    expect(readSlotAnswer('days', context('3.5'))).toBe(3);
  });
});
