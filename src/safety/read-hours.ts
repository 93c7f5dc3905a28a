import { addAge, type NumberAt, type QuantityReading } from './quantity-reading';
import { sinceBirthWords } from './since-birth-words';
import { hourUnits } from './time-units';

// "a 24 hour bug": an illness's name, not how long since anything.
const illnessNames = new Set(['bug', 'virus', 'flu', 'sickness', 'illness']);

/** Reads a number of hours or minutes ("for 6 hours", "48 hours old"); true when the number has such a unit. */
export function readHours(reading: QuantityReading, number: NumberAt): boolean {
  const { tokens } = reading;
  const { index, value, shift, next, afterNext } = number;
  const hourUnit = hourUnits[next];
  if (hourUnit === undefined) return false;
  if (illnessNames.has(afterNext)) return true;
  if (afterNext === 'old') addAge(reading, index, (value * hourUnit) / 24, 3);
  else {
    // "48 hours after birth", "72 hours pp": the baby's age, and still a number of hours.
    // "born six hours ago" too.
    const bornAgo = afterNext === 'ago' && tokens.slice(Math.max(0, index - 4), index).some((other) => sinceBirthWords.has(other.word));
    const sinceBirth = bornAgo || afterNext === 'pp' || afterNext === 'postpartum' || ((afterNext === 'after' || afterNext === 'since' || afterNext === 'from') && tokens.slice(index + 3 + shift, index + 6 + shift).some((other) => sinceBirthWords.has(other.word)));
    if (sinceBirth) addAge(reading, index, (value * hourUnit) / 24, 3);
    reading.quantities.push({ kind: 'hours', value: value * hourUnit, at: index });
  }
  return true;
}
