/**
 * Freezes a value and everything it holds: for results shared between conversations (the first-turn cache,
 * its cards' remembered JSON), where a change to one would be an error, not another person's answer.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
