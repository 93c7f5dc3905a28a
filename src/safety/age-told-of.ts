import type { Found } from './found';
import type { Recognition } from './recognition';

/**
 * The age told of a sign when a message gives several: the last told before the sign's first part (the
 * nearest subject: "my sister's baby is 6 months, mine is 3 weeks and has 38.2"), else the message's surest.
 */
export function ageToldOf(recognition: Recognition, combination: readonly Found[]): number | undefined {
  const start = Math.min(...combination.map((found) => found.span.start));
  const before = recognition.ages.filter((age) => age.at <= start);
  return before.length > 0 ? before[before.length - 1].days : recognition.ageDays;
}
