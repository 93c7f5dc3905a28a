import { breathRateTold } from './breath-rate-told';
import { secondsCounted } from './quantity-contexts';
import { isNear, wordAt, type NumberAt, type QuantityReading } from './quantity-reading';

/** Counts in seconds that are not breaths: a pulse, contractions, kicks. */
const notBreathCounts = new Set(['heart', 'heartbeat', 'heartbeats', 'heartrate', 'pulse', 'beats', 'beat', 'contraction', 'contractions', 'kicks', 'kick', 'hiccups', 'sucks', 'swallows', 'gulps']);

/** Words that name breathing, for a count told only as "in a minute". */
const breathWords = new Set(['breaths', 'breath', 'breathing', 'breathes', 'breathe', 'respirations', 'respiratory']);

const isMinute = (word: string | undefined) => word === 'minute' || word === 'min' || word === 'mins' || word === 'minutes';

/** Reads breaths a minute ("60 breaths a minute", "35 in 30 seconds", "65 per min"); true when the number was that. */
export function readBreaths(reading: QuantityReading, number: NumberAt): boolean {
  const { tokens, quantities } = reading;
  const { index, token, value, next, afterNext } = number;
  const perMinute = (first: string, second: string) => (first === 'a' || first === 'per' || first === 'every' || first === 'in' || first === '1') && (second === 'minute' || second === 'min');
  // A count over part of a minute, scaled to a minute: "i counted 35 in 30 seconds", "36 in half a minute",
  // "18 breaths in 15 secs". A count in seconds is breaths unless a heartbeat or contraction is named near.
  const countWord = next === 'breaths' || next === 'breath' || next === 'times' ? 1 : 0;
  const seconds = token.value !== undefined ? secondsCounted(tokens, index + 1 + countWord) : undefined;
  if (seconds !== undefined && (countWord === 1 || !isNear(tokens, index, 8, notBreathCounts))) {
    quantities.push({ kind: 'breaths', value: Math.round((value * 60) / seconds), at: index });
    return true;
  }
  if ((next === 'breaths' || next === 'breath' || next === 'bpm') || perMinute(next, afterNext) || ((next === 'breaths' || next === 'times') && perMinute(afterNext, wordAt(tokens, index + 3)))) {
    quantities.push({ kind: 'breaths', value, at: index });
    return true;
  }
  // A count in a whole minute with breathing named near: "counted her breaths like the HV showed me and got 72 in a
  // minute" (s32, train-32). Without a breath word "in a minute" is too often something else's count.
  const inOneMinute = next === 'in' && (afterNext === 'a' || afterNext === 'one' || afterNext === '1') && isMinute(wordAt(tokens, index + 3));
  if (inOneMinute && isNear(tokens, index, 15, breathWords)) {
    quantities.push({ kind: 'breaths', value, at: index });
    return true;
  }
  const rate = breathRateTold(tokens, index);
  if (rate !== undefined) {
    quantities.push({ kind: 'breaths', value: rate, at: index });
    return true;
  }
  return false;
}
