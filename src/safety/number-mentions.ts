import { numberWordValues, tensWordValues } from '../nlu/number-words';

/** A number as written in a text, with its unit folded to one spelling ('' when it has none). */
export interface NumberMention {
  value: number;
  unit: string;
}

const smallNumbers: Readonly<Record<string, number>> = { ...numberWordValues, half: 0.5, dozen: 12, twice: 2 };
const tens = tensWordValues;

const units: Record<string, string> = {
  '%': '%', percent: '%',
  c: 'c', celsius: 'c', centigrade: 'c', f: 'f', fahrenheit: 'f',
  hour: 'hours', hours: 'hours', hr: 'hours', hrs: 'hours', h: 'hours',
  minute: 'minutes', minutes: 'minutes', min: 'minutes', mins: 'minutes',
  second: 'seconds', seconds: 'seconds', secs: 'seconds',
  day: 'days', days: 'days', week: 'weeks', weeks: 'weeks', wk: 'weeks', wks: 'weeks',
  month: 'months', months: 'months', year: 'years', years: 'years',
  ml: 'ml', mls: 'ml', millilitre: 'ml', millilitres: 'ml', milliliter: 'ml', milliliters: 'ml',
  l: 'litres', litre: 'litres', litres: 'litres', liter: 'litres', liters: 'litres',
  oz: 'oz', ounce: 'oz', ounces: 'oz', mg: 'mg', milligram: 'mg', milligrams: 'mg',
  // µg as typed (micro sign) and as NFKC leaves it (Greek mu).
  mcg: 'mcg', '\u00b5g': 'mcg', '\u03bcg': 'mcg', microgram: 'mcg', micrograms: 'mcg', g: 'g', gram: 'g', grams: 'g',
  kg: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  iu: 'iu', unit: 'units', units: 'units', cup: 'cups', cups: 'cups', drink: 'drinks', drinks: 'drinks',
  time: 'times', times: 'times', feed: 'feeds', feeds: 'feeds', nappy: 'nappies', nappies: 'nappies',
  diaper: 'nappies', diapers: 'nappies', drop: 'drops', drops: 'drops', tablet: 'tablets', tablets: 'tablets',
  capsule: 'capsules', capsules: 'capsules', dose: 'doses', doses: 'doses', teaspoon: 'teaspoons', teaspoons: 'teaspoons',
  tsp: 'teaspoons', spoonful: 'spoonfuls', spoonfuls: 'spoonfuls', puff: 'puffs', puffs: 'puffs', sachet: 'sachets', sachets: 'sachets',
  st: 'th', nd: 'th', rd: 'th', th: 'th',
};
// Words between a number and its unit that don't end the search: "2 to 3 days", "1 or 2 feeds", "2 and a half hours".
const connectors = new Set(['to', 'or', 'and', 'a', 'an']);

/**
 * Every number in `text` with its unit, so "three days", "3 days" and "3-day" agree, and a temperature in
 * °F is compared as the °C it equals (100.4 °F is 38 °C). "one" counts only with a unit, since "no one"
 * and "one thing" are not quantities.
 */
export function numberMentions(text: string): NumberMention[] {
  const tokens =
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      .match(/\d+(?:\.\d+)?|\p{L}+|°|%/gu) ?? [];
  const values = readNumbers(tokens);
  const mentions: NumberMention[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const read = values.get(index);
    if (!read) continue;
    let next = read.end;
    while (next < tokens.length && next - read.end < 4 && (values.has(next) || connectors.has(tokens[next]))) next = values.get(next)?.end ?? next + 1;
    const unit = unitAt(tokens, next);
    if (read.word === 'one' && unit === '') continue;
    mentions.push(unit === 'f' ? { value: Math.round((((read.value - 32) * 5) / 9) * 10) / 10, unit: 'c' } : { value: read.value, unit });
    index = read.end - 1;
  }
  return mentions;
}

/** Numbers by the token index they start at, with the index after them ("forty eight" is one number). */
function readNumbers(tokens: readonly string[]): Map<number, { value: number; end: number; word?: string }> {
  const numbers = new Map<number, { value: number; end: number; word?: string }>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (/^\d/.test(token)) {
      numbers.set(index, { value: Number(token), end: index + 1 });
    } else if (Object.hasOwn(tens, token)) {
      const unitWord = tokens[index + 1];
      const ones = unitWord !== undefined && Object.hasOwn(smallNumbers, unitWord) && smallNumbers[unitWord] < 10 && smallNumbers[unitWord] >= 1 ? smallNumbers[unitWord] : 0;
      numbers.set(index, { value: tens[token] + ones, end: index + (ones > 0 ? 2 : 1) });
      if (ones > 0) index++;
    } else if (Object.hasOwn(smallNumbers, token)) {
      const value = smallNumbers[token];
      if (tokens[index + 1] === 'hundred') numbers.set(index, { value: value * 100, end: index + 2 });
      else numbers.set(index, { value, end: index + 1, word: token });
    }
  }
  return numbers;
}

/** The unit a word spells, folded to one spelling; own keys only, so "constructor" is no unit. */
const unitOf = (word: string | undefined): string => (word !== undefined && Object.hasOwn(units, word) ? units[word] : '');

function unitAt(tokens: readonly string[], index: number): string {
  const token = tokens[index];
  if (token === undefined) return '';
  if (token === '°' || token === 'degree' || token === 'degrees' || token === 'deg') {
    const scale = unitOf(tokens[index + 1]);
    return scale === 'c' || scale === 'f' ? scale : 'c';
  }
  if (token === 'per' && tokens[index + 1] === 'cent') return '%';
  return unitOf(token);
}

/** True when `mention` is one of `allowed`; a number written without a unit matches the same number with any. */
export function isMentioned(mention: NumberMention, allowed: readonly NumberMention[]): boolean {
  return allowed.some((candidate) => candidate.value === mention.value && (mention.unit === '' || candidate.unit === mention.unit));
}
