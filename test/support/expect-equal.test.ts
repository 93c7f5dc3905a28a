import { runInNewContext } from 'node:vm';
import { expectEqual, expectStrictEqual } from './expect-equal';

/** Whether an expectation passes, without failing the test. */
function passes(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

const shared = { id: 1 };
const cyclic = (): Record<string, unknown> => {
  const value: Record<string, unknown> = { name: 'loop' };
  value.self = value;
  return value;
};

// Pairs where the quick comparisons must agree with jest's own: the helpers only ever hand a doubt to jest,
// so a pair jest fails must fail, and a pair jest passes must pass.
const pairs: [string, unknown, unknown][] = [
  ['equal plain data', { a: [1, 'two', null], b: { c: true } }, { a: [1, 'two', null], b: { c: true } }],
  ['a different leaf', { a: [1, 2] }, { a: [1, 3] }],
  ['an undefined property against none', { a: 1, b: undefined }, { a: 1 }],
  ['a hole against undefined', [1, , 3], [1, undefined, 3]],
  ['0 against -0', { n: 0 }, { n: -0 }],
  ['NaN against NaN', { n: Number.NaN }, { n: Number.NaN }],
  ['a class instance against a plain object', new Point(1, 2), { x: 1, y: 2 }],
  ['two class instances', new Point(1, 2), new Point(1, 2)],
  ['Maps in another order', new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]])],
  ['Maps with another value', new Map([['a', 1]]), new Map([['a', 2]])],
  ['Maps keyed by equal objects', new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]])],
  ['Sets of equal objects', new Set([{ k: 1 }]), new Set([{ k: 1 }])],
  ['Sets of other primitives', new Set([1, 2]), new Set([1, 3])],
  ['an array of another realm', { list: runInNewContext('[1, 2, 3]') }, { list: [1, 2, 3] }],
  ['an object of another realm', runInNewContext('({ a: 1 })'), { a: 1 }],
  ['typed arrays', Int32Array.from([1, 2]), Int32Array.from([1, 2])],
  ['typed arrays of two kinds', Int32Array.from([1, 2]), Uint32Array.from([1, 2])],
  ['dates', new Date(0), new Date(0)],
  ['other dates', new Date(0), new Date(1)],
  ['a symbol key', { [Symbol.for('s')]: 1 }, {}],
  ['shared objects against copies', [shared, shared], [{ id: 1 }, { id: 1 }]],
  ['cycles', cyclic(), cyclic()],
  ['an asymmetric matcher', { a: 'text' }, { a: expect.any(String) }],
];

describe('expectStrictEqual', () => {
  it.each(pairs)('agrees with toStrictEqual on %s', (_name, actual, expected) => {
    expect(passes(() => expectStrictEqual(actual, expected))).toBe(passes(() => expect(actual).toStrictEqual(expected)));
  });

  // The quick way is worth having only if it decides plain data alone: no expectation is made for such pairs.
  it.each([
    ['plain data', { a: [1, 'two', null, undefined], b: { c: true } }, { a: [1, 'two', null, undefined], b: { c: true } }],
    ['Maps and Sets of primitives', { m: new Map([['a', [1]]]), s: new Set(['x']) }, { m: new Map([['a', [1]]]), s: new Set(['x']) }],
    ['typed arrays', { starts: Int32Array.from([3, -1, 7]) }, { starts: Int32Array.from([3, -1, 7]) }],
    ['class instances', new Point(1, 2), new Point(1, 2)],
    ['an array of another realm', { list: runInNewContext('[1, 2, 3]') }, { list: [1, 2, 3] }],
    ['cycles', cyclic(), cyclic()],
  ])('decides %s without jest\'s comparison', (_name, actual, expected) => {
    const before = expect.getState().assertionCalls;
    expectStrictEqual(actual, expected);
    expect(expect.getState().assertionCalls).toBe(before);
  });
});

describe('expectEqual', () => {
  it.each(pairs)('agrees with toEqual on %s', (_name, actual, expected) => {
    expect(passes(() => expectEqual(actual, expected))).toBe(passes(() => expect(actual).toEqual(expected)));
  });
});
