import type { TriageToken } from './triage-tokens';
import { isUnitAfterNumber } from './unit-after-number';

// A breathing rate told with no unit after its number: "his breathing rate has been 65-70" (a monitor app), "I
// counted her breaths twice and got 72", "resp rate 70". Counts and monitors give breaths a minute, so the
// number is read so (train-13: both were missed, RED-FLAGS.md's breathing 60+ a minute). A count told over
// part of a minute before the number ("counted for 30 seconds and got 35") is scaled to a minute.

/** Words that name a rate as the breathing's when they stand just before "rate". */
const breathingWords = new Set(['breathing', 'breath', 'breaths', 'respiratory', 'resp', 'respiration', 'respirations']);
const countVerbs = new Set(['counted', 'count', 'counting', 'counts', 'timed', 'checked', 'measured']);
/** How far back a breathing rate's words may stand from its number, within the sentence. */
const reach = 8;

/**
 * Breaths a minute for the number at `index` when a breathing rate is told just before it in the same sentence
 * and no unit follows it; undefined otherwise.
 */
export function breathRateTold(tokens: readonly TriageToken[], index: number): number | undefined {
  const value = tokens[index]?.value;
  if (value === undefined || !Number.isInteger(value) || value < 10 || value > 200) return undefined;
  if (isUnitAfterNumber(tokens[index + 1]?.word)) return undefined;
  let named = false;
  let seconds: number | undefined;
  for (let other = index - 1; other >= Math.max(0, index - reach); other--) {
    const token = tokens[other];
    if (token.sentenceEnd) break;
    const word = token.word;
    if (word === 'rate' && breathingWords.has(tokens[other - 1]?.word ?? '')) named = true;
    if ((word === 'breaths' || word === 'breath') && tokens.slice(Math.max(0, other - 3), other).some((before) => countVerbs.has(before.word))) named = true;
    // "for 30 seconds and got 35": the count was made over part of a minute.
    const amount = token.value;
    if (amount !== undefined && amount >= 10 && amount < 60 && /^(seconds|second|secs|sec)$/.test(tokens[other + 1]?.word ?? '')) seconds = amount;
    if (word === 'half' && /^(minute|min)$/.test(tokens[other + 2]?.word ?? '') && tokens[other + 1]?.word === 'a') seconds = 30;
  }
  if (!named) return undefined;
  return seconds === undefined ? value : Math.round((value * 60) / seconds);
}
