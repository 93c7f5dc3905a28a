import type { TriageToken } from './triage-tokens';

// The words around a number that tell readQuantities what it counts: the seconds a count was made over, a
// count of feeds told as wakings or as putting the baby on, an age or a gestation, an hour of the day.

/**
 * The seconds a count was made over, from the word after it: "in 30 seconds", "per 15 secs", "in half a
 * minute", "over a half minute". Undefined unless it is part of a minute (a whole minute is read as per minute).
 */
export function secondsCounted(tokens: readonly TriageToken[], start: number): number | undefined {
  const word = (index: number) => tokens[index]?.word ?? '';
  if (!/^(in|per|every|over|within)$/.test(word(start))) return undefined;
  const amount = tokens[start + 1]?.value;
  if (amount !== undefined && /^(seconds|second|secs|sec|s)$/.test(word(start + 2)) && amount >= 10 && amount < 60) return amount;
  if (word(start + 1) === 'half' && word(start + 2) === 'a' && /^(minute|min)$/.test(word(start + 3))) return 30;
  if (word(start + 1) === 'a' && word(start + 2) === 'half' && /^(minute|min)$/.test(word(start + 3))) return 30;
  if (word(start + 1) === 'quarter' && word(start + 2) === 'of' && word(start + 3) === 'a' && /^(minute|min)$/.test(word(start + 4))) return 15;
  return undefined;
}

/** "woke 4 times to feed", "wakes 5 times a day for a feed": a waking word just before, a feed word just after. */
export function wokeToFeed(tokens: readonly TriageToken[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 3), index);
  const after = tokens.slice(index + 2, index + 7);
  return before.some((other) => /^(woke|wake|wakes|woken|waking|waked)$/.test(other.word)) && after.some((other) => /^(feed|feeds|feeding|nurse|nursing)$/.test(other.word));
}

/** "get him on 5 times", "put her on the breast 4 times": a count of feeds told as putting the baby to the breast. */
export function puttingOn(tokens: readonly TriageToken[], index: number): boolean {
  for (let other = Math.max(0, index - 6); other < index - 1; other++) {
    if (/^(get|got|getting|put|putting|puts|gets)$/.test(tokens[other].word) && /^(him|her|them|baby|the|it)$/.test(tokens[other + 1].word) && tokens.slice(other + 2, index).some((next) => next.word === 'on')) return true;
  }
  return false;
}

/** What a combined "N weeks and M days" is, from the words after it (index: its last number). */
export function readDayUnit(tokens: readonly TriageToken[], index: number): 'age' | 'age-weak' | 'gestation' {
  const after = tokens[index + 2]?.word ?? '';
  if (['gestation', 'pregnant', 'gestational', 'early', 'premature', 'prem'].includes(after)) return 'gestation';
  if (after === 'old' || after === 'olds' || after === 'pp' || after === 'postpartum' || after === 'postnatal') return 'age';
  return 'age-weak';
}

/** "10pm", "5 am", "6 this morning", "4 in the afternoon" as an hour of the day (0-23). */
export function clockHour(tokens: readonly TriageToken[], index: number): number | undefined {
  const value = tokens[index].value;
  if (value === undefined || value > 12 || !Number.isInteger(Math.floor(value))) return undefined;
  const hour = Math.floor(value) % 12;
  const next = tokens[index + 1]?.word;
  const after = tokens[index + 2]?.word;
  if (next === 'am' || (next === 'this' && after === 'morning') || (next === 'in' && after === 'the' && tokens[index + 3]?.word === 'morning')) return hour;
  // "9 at night" is 21:00, "2 at night" 2:00.
  if (next === 'at' && after === 'night') return hour >= 6 ? hour + 12 : hour;
  if (next === 'pm' || (next === 'this' && (after === 'afternoon' || after === 'evening')) || next === 'tonight' || (next === 'in' && after === 'the' && /^(afternoon|evening)$/.test(tokens[index + 3]?.word ?? ''))) return hour + 12;
  if ((next === 'o' && after === 'clock') || next === 'oclock') return undefined;
  return undefined;
}

/** Words before a number that make it an upper bound: "up to 10%", "under 10%", "below", "less than", "no more than". */
export function toldAsUpperBound(tokens: readonly TriageToken[], at: number): boolean {
  const before = tokens[at - 1]?.word;
  const twoBefore = tokens[at - 2]?.word;
  if (before === 'under' || before === 'below') return true;
  return (before === 'to' && twoBefore === 'up') || (before === 'than' && (twoBefore === 'less' || tokens[at - 3]?.word === 'no'));
}
