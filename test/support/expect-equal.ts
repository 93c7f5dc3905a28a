import { isDeepStrictEqual } from 'node:util';

/**
 * `expect(actual).toEqual(expected)` for tests that compare a thousand whole turns: Node's exact comparison
 * first, several times quicker than jest's, and jest's own (which decides, and says what differs) only when
 * that one finds a difference. isDeepStrictEqual is the stricter of the two (undefined properties,
 * prototypes), so nothing passes here that toEqual alone would fail.
 */
export function expectEqual<T>(actual: T, expected: T): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

/**
 * `expect(actual).toStrictEqual(expected)` for whole object graphs (the loaded content: 1.6 s of jest's
 * comparison on a busy machine). `sameGraph` goes first; when it cannot tell, jest's own comparison decides
 * and says what differs. isDeepStrictEqual cannot go first here: loaded content holds arrays of Node's own
 * realm (readdirSync's), which jest, like this, takes as arrays, while Node's comparison sees another prototype.
 */
export function expectStrictEqual<T>(actual: T, expected: T): void {
  if (!sameGraph(actual, expected, new Map())) expect(actual).toStrictEqual(expected);
}

const typedArrayTag = /^\[object (Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64|BigInt64|BigUint64)Array\]$/;

/**
 * True only where toStrictEqual passes too; false whenever unsure (then jest decides). Stricter than jest
 * everywhere but one place, where it does as jest does: arrays of two realms are both arrays. Objects of any
 * other kind need the same prototype; Maps and Sets only primitive keys; nothing but plain data (no Date,
 * no RegExp, no asymmetric matcher, no symbol keys, no properties on Maps, Sets or typed arrays).
 */
function sameGraph(first: unknown, second: unknown, paired: Map<object, unknown>): boolean {
  if (Object.is(first, second)) return true;
  if (typeof first !== 'object' || typeof second !== 'object' || first === null || second === null) return false;
  if (typeof (second as { asymmetricMatch?: unknown }).asymmetricMatch === 'function') return false;
  // An object already paired: the same partner (a comparison in progress, or one that held), else unsure.
  if (paired.has(first)) return paired.get(first) === second;
  paired.set(first, second);
  if (Object.getOwnPropertySymbols(first).length > 0 || Object.getOwnPropertySymbols(second).length > 0) return false;
  if (Array.isArray(first) || Array.isArray(second)) return Array.isArray(first) && Array.isArray(second) && sameProperties(first, second, paired);
  if (Object.getPrototypeOf(first) !== Object.getPrototypeOf(second)) return false;
  const tag = Object.prototype.toString.call(first);
  if (tag !== Object.prototype.toString.call(second)) return false;
  if (tag === '[object Object]') return sameProperties(first, second, paired);
  if (typedArrayTag.test(tag)) {
    const [one, other] = [first as ArrayLike<unknown>, second as ArrayLike<unknown>];
    // Own keys are the indices alone: no property added beside them.
    if (one.length !== other.length || Object.keys(one).length !== one.length || Object.keys(other).length !== other.length) return false;
    for (let index = 0; index < one.length; index++) if (!Object.is(one[index], other[index])) return false;
    return true;
  }
  if (Object.keys(first).length > 0 || Object.keys(second).length > 0) return false;
  if (tag === '[object Map]') {
    const [one, other] = [first as Map<unknown, unknown>, second as Map<unknown, unknown>];
    if (one.size !== other.size) return false;
    for (const [key, value] of one) {
      if ((typeof key === 'object' && key !== null) || typeof key === 'function' || !other.has(key) || !sameGraph(value, other.get(key), paired)) return false;
    }
    return true;
  }
  if (tag === '[object Set]') {
    const [one, other] = [first as Set<unknown>, second as Set<unknown>];
    if (one.size !== other.size) return false;
    for (const item of one) if ((typeof item === 'object' && item !== null) || typeof item === 'function' || !other.has(item)) return false;
    return true;
  }
  return false;
}

/** The same own enumerable keys (holes and extra keys of arrays included), each with the same value. */
function sameProperties(first: object, second: object, paired: Map<object, unknown>): boolean {
  const keys = Object.keys(first);
  if (keys.length !== Object.keys(second).length) return false;
  for (const key of keys) {
    if (!Object.prototype.propertyIsEnumerable.call(second, key)) return false;
    if (!sameGraph((first as Record<string, unknown>)[key], (second as Record<string, unknown>)[key], paired)) return false;
  }
  return true;
}
