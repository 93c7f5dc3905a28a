import { letterPairsOf, mayHold, piecePairs } from '../../src/nlu/letter-pairs';

describe('letter pairs', () => {
  const text = ' my 3 week old has a cold, is it the flu? born on tuesday ';

  it('may hold every piece the text holds, wherever it stands', () => {
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 2; end <= Math.min(text.length, start + 12); end++) {
        expect(mayHold(letterPairsOf(text), piecePairs([text.slice(start, end)]))).toBe(true);
      }
    }
  });

  it('rules out a piece with a pair the text lacks', () => {
    const pairs = letterPairsOf(text);
    expect(mayHold(pairs, piecePairs(['fever']))).toBe(false);
    expect(mayHold(pairs, piecePairs(['twin', 'triplets']))).toBe(false);
    expect(mayHold(pairs, piecePairs([' i ']))).toBe(false);
    expect(mayHold(pairs, piecePairs(['fever', 'cold']))).toBe(true);
  });

  it('reads each text afresh', () => {
    expect(mayHold(letterPairsOf(' twins '), piecePairs(['twin']))).toBe(true);
    expect(mayHold(letterPairsOf(' a cold '), piecePairs(['twin']))).toBe(false);
  });
});
