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
