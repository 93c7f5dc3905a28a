import { keyedOrder } from '../../src/nlu/keyed-order';

// The safety net's training order (issue 11, s29): one example more or fewer must leave the others' order alone,
// where a shuffle by position reorders them all.

function orderOf(keys: number[], salt: number): number[] {
  const order: number[] = [];
  keyedOrder(order, Uint32Array.from(keys), salt);
  return order.map((position) => keys[position]);
}

const keys = Array.from({ length: 200 }, (_, index) => (index * 2_654_435_761) >>> 0);

describe('keyedOrder', () => {
  it('orders every sample once', () => {
    expect([...orderOf(keys, 7)].sort((a, b) => a - b)).toEqual([...keys].sort((a, b) => a - b));
  });

  it('keeps the other samples in the same order when one is added or taken away', () => {
    const withExtra = orderOf([...keys.slice(0, 120), 123_456_789, ...keys.slice(120)], 7);
    expect(withExtra.filter((key) => key !== 123_456_789)).toEqual(orderOf(keys, 7));
    const without = orderOf(keys.filter((_, index) => index !== 50), 7);
    expect(without).toEqual(orderOf(keys, 7).filter((key) => key !== keys[50]));
  });

  it('gives another order for another salt, not the keys in their own order', () => {
    const first = orderOf(keys, 7);
    expect(orderOf(keys, 8)).not.toEqual(first);
    expect(first).not.toEqual(keys);
    expect(first).not.toEqual([...keys].sort((a, b) => a - b));
  });

  it('is the same for the same keys and salt', () => expect(orderOf(keys, 11)).toEqual(orderOf(keys, 11)));
});
