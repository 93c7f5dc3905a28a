import { clockHour } from './quantity-contexts';
import { wordAt, type NumberAt, type QuantityReading } from './quantity-reading';
import { dayUnits, hourUnits } from './time-units';

/**
 * Reads a time of day ("6am", "quarter past three", "it's 12 now", "at 8"); true when the number is only
 * that. A bare hour after "at" is kept as a time of day and false returned: it may still be something else.
 */
export function readClockTime(reading: QuantityReading, number: NumberAt): boolean {
  const { tokens, clocks } = reading;
  const { index, token, value, next, previous } = number;
  const word = (at: number) => wordAt(tokens, at);
  const clock = clockHour(tokens, index);
  if (clock !== undefined) {
    clocks.push({ hour: clock, at: index });
    return true;
  }
  // "quarter past three", "half past 2", "it's now 9": a time of day without am or pm. A unit of time after the
  // number makes "5 to 8" a range ("stops for 5 to 8 seconds", "10 to 12 hours"), not five to eight o'clock.
  const rangeOfUnits = previous === 'to' && (dayUnits[next] !== undefined || hourUnits[next] !== undefined || /^(seconds|second|secs|sec)$/.test(next));
  const endsHere = token.sentenceEnd || token.clauseEnd || next === '' || next === 'and' || next === 'o' || next === 'oclock' || next === 'now';
  if (
    token.value !== undefined &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= 12 &&
    (((previous === 'past' || (previous === 'to' && !rangeOfUnits)) && /^(quarter|half|10|20|5|25)$/.test(word(index - 2))) || (previous === 'now' && endsHere && !dayUnits[next] && !hourUnits[next]))
  ) {
    clocks.push({ hour: (previous === 'to' ? value - 1 : value) % 12, at: index, ambiguous: true });
    return true;
  }
  // "it's 12 now", "its gone half 9 now", "it's nearly 12:30": the time now, told without am or pm, after
  // "it is" (train-7: "last one was 4 this morning and its 12 now" read no hours at all).
  if (token.value !== undefined && Number.isInteger(value) && value >= 1 && value <= 12) {
    const half = previous === 'half';
    const lead = half ? word(index - 2) : previous;
    const leadAt = half ? index - 2 : index - 1;
    const saidOfIt = (lead === 'is' && word(leadAt - 1) === 'it') || (/^(gone|nearly|almost|past)$/.test(lead) && word(leadAt - 1) === 'is' && word(leadAt - 2) === 'it');
    const minutes = tokens[index + 1]?.value;
    const withMinutes = !half && minutes !== undefined && Number.isInteger(minutes) && minutes < 60;
    const after = withMinutes ? word(index + 2) : next;
    const endsNow = after === '' || after === 'now' || after === 'and' || (withMinutes ? Boolean(tokens[index + 1].sentenceEnd || tokens[index + 1].clauseEnd) : endsHere);
    if (saidOfIt && endsNow && !dayUnits[after] && !hourUnits[after]) {
      clocks.push({ hour: (value % 12) + (half ? 0.5 : withMinutes ? (minutes as number) / 60 : 0), at: index, ambiguous: true });
      return true;
    }
  }
  // "since my wife went to bed at 8 … it's 4am": a bare hour after "at", a time of day (it also stays
  // whatever else it may be).
  if (token.value !== undefined && Number.isInteger(value) && value >= 1 && value <= 12 && previous === 'at' && endsHere && !dayUnits[next] && !hourUnits[next]) {
    clocks.push({ hour: value % 12, at: index, ambiguous: true, bare: true });
  }
  return false;
}
