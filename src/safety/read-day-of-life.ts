import { addAge, wordAt, type NumberAt, type QuantityReading } from './quantity-reading';

/** "Milk comes in by day 3": an expected day, not the baby's age. */
const expectedDayBefore = new Set(['by', 'until', 'till', 'before', 'around']);
/** "discharged us at day 10", "weighed at day 5": a day something happened, not the age now. */
const pastBeforeAt = new Set(['us', 'him', 'her', 'them', 'discharged', 'weighed', 'seen', 'checked', 'home', 'out', 'started', 'was', 'were', 'began', 'stopped', 'came', 'went', 'left', 'happened', 'weight']);

/** Reads a day of life ("day 4", "5th day", "the fifth day") as an age; true when the number was one. */
export function readDayOfLife(reading: QuantityReading, number: NumberAt): boolean {
  const { tokens } = reading;
  const { index, token, value, next, afterNext, previous } = number;
  // "5th day", "3rd day pp": the day of life, like "day 5".
  if (token.value !== undefined && /^(st|nd|rd|th)$/.test(next) && afterNext === 'day' && value <= 60) {
    addAge(reading, index, Math.max(0, value - 1), 2, value);
    return true;
  }
  // "the fifth day", "on the 4th day": the day of life.
  if (previous === 'the' && next === 'day' && token.value !== undefined && Number.isInteger(value) && value >= 1 && value <= 30) {
    // "top ups the first day, … today is sunday": the first day is most often a day told of, so any other age wins.
    addAge(reading, index, value - 1, value === 1 ? 0 : 2, value);
    return true;
  }
  // "… back every day. 5 months": a "day" that ends the sentence before is no "day 5".
  if (previous === 'day' && !tokens[index - 1].sentenceEnd && token.value !== undefined && value <= 60 && wordAt(tokens, index - 2) !== 'since' && wordAt(tokens, index - 2) !== 'from' && !(wordAt(tokens, index - 2) === 'at' && pastBeforeAt.has(wordAt(tokens, index - 3))) && !expectedDayBefore.has(wordAt(tokens, index - 2))) {
    // Day 1 is the day of birth: "day 4" is 3 days after it.
    addAge(reading, index, Math.max(0, value - 1), 2, value);
    return true;
  }
  return false;
}
