/** Deeper than any Activity a channel sends; a 20,000-deep one overflowed the stack when the reply was written. */
export const maximumJsonDepth = 32;

/**
 * How deeply `value` nests (a scalar is 0), counted without recursion so a hostile body cannot overflow the
 * stack here either; stops counting past `limit`.
 */
export function jsonDepth(value: unknown, limit = maximumJsonDepth): number {
  let deepest = 0;
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) pending.push({ value: child, depth: here });
    }
  }
  return deepest;
}
