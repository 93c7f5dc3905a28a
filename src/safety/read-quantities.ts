import type { TriageToken } from './triage-tokens';
import { babyAges, toddlerAge, type AgeMention } from './baby-ages';
import { hoursBetweenClocks } from './hours-between-clocks';
import type { Quantity } from './quantity';
import { wordAt, type NumberAt, type QuantityReading } from './quantity-reading';
import { readAgeFromWeekdays } from './read-age-from-weekdays';
import { readBreaths } from './read-breaths';
import { readClockTime } from './read-clock-time';
import { readCount } from './read-count';
import { readDayOfLife } from './read-day-of-life';
import { readDays } from './read-days';
import { readHours } from './read-hours';
import { readTemperature } from './read-temperature';
import { readWeight } from './read-weight';
import { weightDrop } from './read-weights';
import { dayUnits, hourUnits } from './time-units';

// The quantity types live in quantity.ts so that each reader can name them; their importers keep this path.
export { quantityKinds, type Quantity, type QuantityKind } from './quantity';

export interface ReadQuantities {
  quantities: Quantity[];
  /** The ages that may be the baby's (see babyAges), in the order told. */
  ages: AgeMention[];
  /** The baby's age in days, when the message gives it ("10 days old", "a week old", "day 4", "4 and a half months"). */
  ageDays?: number;
  /** The day of life the nappy chart is read by: "day 4" is day 4, "4 days old" is day 4 too. */
  dayOfLife?: number;
  /** Ages set aside as another person's baby's ("my friend's 4 month old"), so that no one reads them as this baby's. */
  othersAgeDays?: number[];
  /** True when the writer tells the weeks of her own pregnancy now ("i'm 32 weeks", "36 weeks with number two"). */
  pregnancyTold?: boolean;
}

/** Words between a number and its unit that leave the duration as it is: "four whole days". */
const unitFillers = new Set(['whole', 'full', 'long', 'entire', 'straight']);

/**
 * Everything with a number in it that the red-flag rules compare: temperatures, hours, ages, weights, counts.
 * Each number goes to the readers in turn, in an order that matters (a day of life before a clock time, a
 * temperature before a count), until one reads it.
 *
 * `someoneElses`: true for a token position whose age is another person's baby's ("my friend's baby was
 * readmitted at a week old, mine's 5 days"): such an age is not the writer's baby's.
 */
export function readQuantities(tokens: readonly TriageToken[], someoneElses: (index: number) => boolean = () => false): ReadQuantities {
  const reading: QuantityReading = { tokens, quantities: [], ages: [], clocks: [], weights: [], pregnancyTold: false };
  const { quantities, clocks } = reading;
  const word = (index: number) => wordAt(tokens, index);

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    // "a week old", "a day old", "an hour": the article is the number one.
    // "lost a pound": the article is the number one too.
    const poundLost = token.word === 'a' && /^(pound|lb)$/.test(word(index + 1)) && /^(lost|losing|dropped|down)$/.test(word(index - 1));
    const value = token.value ?? ((token.word === 'a' || token.word === 'an') && (dayUnits[word(index + 1)] || hourUnits[word(index + 1)] || poundLost) && word(index - 1) !== 'once' ? 1 : undefined);
    if (value === undefined) {
      if (token.word === 'midnight') clocks.push({ hour: 0, at: index });
      else if (token.word === 'midday' || token.word === 'noon' || token.word === 'lunchtime' || token.word === 'lunch') clocks.push({ hour: 12, at: index });
      continue;
    }
    // "four whole days": the filler is read past, as if it were not there.
    const shift = unitFillers.has(word(index + 1)) && (dayUnits[word(index + 2)] !== undefined || hourUnits[word(index + 2)] !== undefined) ? 1 : 0;
    const number: NumberAt = { index, token, value, shift, next: word(index + 1 + shift), afterNext: word(index + 2 + shift), previous: word(index - 1) };
    const { next, afterNext } = number;

    if (readDayOfLife(reading, number) || readClockTime(reading, number) || readTemperature(reading, number)) continue;
    if (next === '%' || next === 'percent' || (next === 'per' && afterNext === 'cent')) {
      quantities.push({ kind: 'percent', value, at: index });
      continue;
    }
    if (readBreaths(reading, number)) continue;
    // How long something lasted in seconds ("stops for like 5 seconds"): a rule's normal_when reads it (a
    // pause in breathing under 10 seconds with good colour).
    if (/^(seconds|second|secs|sec)$/.test(next)) {
      quantities.push({ kind: 'seconds', value, at: index });
      continue;
    }
    if (readHours(reading, number)) continue;
    // A reading that runs over several tokens ("2 weeks and 3 days", "7lb 8oz") moves the walk past them.
    const lastRead = readDays(reading, number) ?? readWeight(reading, number);
    if (lastRead !== undefined) {
      index = lastRead;
      continue;
    }
    readCount(reading, number);
  }
  const drop = weightDrop(tokens, reading.weights, reading.lost);
  if (drop) quantities.push({ kind: 'weight_drop', ...drop });
  quantities.push(...hoursBetweenClocks(clocks));
  readAgeFromWeekdays(reading);
  const { ages, pregnancyTold } = reading;
  const othersAgeDays = ages.filter((age) => someoneElses(age.at)).map((age) => age.days);
  const kept = babyAges(tokens, ages.filter((age) => !someoneElses(age.at)));
  if (kept.length === 0) {
    const toddler = toddlerAge(tokens);
    if (toddler) kept.push(toddler);
  }
  const strongest = kept.reduce<AgeMention | undefined>((best, age) => (!best || age.strength > best.strength ? age : best), undefined);
  return { quantities, ages: kept, ...(strongest && { ageDays: strongest.days, dayOfLife: strongest.day }), ...(othersAgeDays.length > 0 && { othersAgeDays }), ...(pregnancyTold && { pregnancyTold }) };
}
