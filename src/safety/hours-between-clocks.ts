import type { ClockTime } from './quantity-reading';
import type { Quantity } from './quantity';

/** Two clock times in a message: the hours between them ("from 10pm to 5am", "since 6 this morning, it's 2pm"). */
export function hoursBetweenClocks(clocks: readonly ClockTime[]): Quantity[] {
  const quantities: Quantity[] = [];
  for (let later = 1; later < clocks.length; later++) {
    let hours = (clocks[later].hour - clocks[later - 1].hour + 24) % 24;
    if ((clocks[later].ambiguous || clocks[later - 1].bare) && hours > 12) hours -= 12;
    // "at bedtime at 8 … still dry at 8 this morning": a bare hour, then the same hour told as morning or
    // evening, is half a day apart (nobody tells of no time passing that way).
    if (hours === 0 && clocks[later - 1].bare && !clocks[later].ambiguous) hours = 12;
    if (hours > 0) quantities.push({ kind: 'hours', value: hours, at: clocks[later].at });
  }
  return quantities;
}
