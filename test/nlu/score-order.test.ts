import { ScoreOrder } from '../../src/nlu/score-order';
import { seededRandom } from '../../src/nlu/seeded-random';

/** The order the classifier always gave: positions stably sorted by descending score. */
function stableDescending(scores: readonly number[]): number[] {
  return scores.map((_, position) => position).sort((first, second) => (scores[second] > scores[first] ? 1 : scores[second] < scores[first] ? -1 : first - second));
}

describe('ScoreOrder', () => {
  it('orders positions by descending score, equal scores by position', () => {
    const order = new ScoreOrder(6);
    expect([...order.orderOf([0.1, 0.5, 0.1, 0.3, 0.5, 0])]).toEqual([1, 4, 3, 0, 2, 5]);
  });

  it('tells apart scores that differ only in the lowest bits, which its keys give to the position', () => {
    // 1 + 2^-52 and 1 differ in the last bit of the mantissa only: the exact pass puts them right.
    const scores = [1, 1 + 2 ** -52, 1, 1 + 2 ** -51, 0.5, 1 + 2 ** -52];
    expect([...new ScoreOrder(scores.length).orderOf(scores)]).toEqual(stableDescending(scores));
  });

  it('orders negative scores, zeros and -0 as the stable sort does', () => {
    const scores = [0, -0, -1, 2, -0, -1, 0, -3.5, 2];
    expect([...new ScoreOrder(scores.length).orderOf(scores)]).toEqual(stableDescending(scores));
  });

  it('gives the stable sort on random scores with many ties, for sizes from 1 to 300', () => {
    const random = seededRandom(13);
    for (let size = 1; size <= 300; size += size < 20 ? 1 : 37) {
      const order = new ScoreOrder(size);
      for (let round = 0; round < 20; round++) {
        // Probability-like scores, a third of them drawn from a few repeated values.
        const scores = Array.from({ length: size }, () => (random() < 0.33 ? [0, 0.25, 1e-9][Math.floor(random() * 3)] : random() ** 6));
        expect([...order.orderOf(scores)]).toEqual(stableDescending(scores));
      }
    }
  });

  it('is reused from call to call without carrying one order into the next', () => {
    const order = new ScoreOrder(3);
    expect([...order.orderOf([0.2, 0.3, 0.1])]).toEqual([1, 0, 2]);
    expect([...order.orderOf([0.9, 0.05, 0.05])]).toEqual([0, 1, 2]);
  });

  it('refuses more positions than its keys can hold', () => {
    expect(() => new ScoreOrder(2 ** 21)).toThrow('at most');
  });
});
