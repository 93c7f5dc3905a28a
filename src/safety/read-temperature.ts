import { bodyReadingWords, babyWords, notAReading } from './not-a-reading';
import { isNear, wordAt, type NumberAt, type QuantityReading } from './quantity-reading';
import { dayUnits, hourUnits } from './time-units';

const temperatureWords = new Set(['temp', 'temps', 'temperature', 'temperatures', 'thermometer', 'fever', 'feverish', 'degrees', 'degree', 'reading', 'febrile', 'celsius', 'fahrenheit']);
// Where a reading below 33 °C is a room, a bath or the weather, not a body.
const roomWords = new Set(['room', 'rooms', 'flat', 'house', 'bedroom', 'nursery', 'outside', 'weather', 'bath', 'water', 'car', 'heating', 'thermostat', 'kitchen', 'air', 'sun', 'heatwave', 'inside', 'indoors', 'outdoors']);
// Where a reading of any height is the weather: "it's 35 degrees out", "35 degrees outside", "it's 38 here".
const weatherAfter = new Set(['out', 'outside', 'outdoors']);

/** Reads a temperature, with a unit or a plausible reading in a message about temperature; true when the number was one. */
export function readTemperature(reading: QuantityReading, number: NumberAt): boolean {
  const { tokens } = reading;
  const { index, token, value, shift, next, afterNext, previous } = number;
  const word = (at: number) => wordAt(tokens, at);
  const fahrenheitUnit = next === 'f' || next === 'fahrenheit' || (next === '°' && afterNext === 'f') || ((next === 'degrees' || next === 'degree') && afterNext === 'f');
  const celsiusUnit = next === 'c' || next === 'celsius' || next === 'centigrade' || next === '°' || next === 'degrees' || next === 'degree' || next === 'deg';
  // A reading then a day or week with its own number ("temp 38 day 5", "running a temp of 38, day 9") is a day
  // of life told after the reading, not a duration of 38 days: the reading stays.
  const dayOfLifeAfter = (next === 'day' || next === 'week') && tokens[index + 2 + shift]?.value !== undefined;
  const durationAfter = (dayUnits[next] !== undefined && !dayOfLifeAfter) || hourUnits[next] !== undefined;
  // A reading with a decimal point between 35 and 42.5 (or 95 and 108.5, Fahrenheit) is a temperature even
  // with no word for it ("she's been 39.1", "rechecked and it's still 100.6").
  const decimalReading = /\./.test(token.word) && ((value >= 35 && value <= 42.5) || (value >= 95 && value <= 108.5)) && !durationAfter && next !== 'kg' && next !== '%';
  // The top of a range whose bottom was read as a temperature ("has had 38.5-39 for 3 days", train-19): the
  // hyphen is dropped in reading, so the two numbers stand side by side; the higher one is a reading too.
  const rangeTop =
    value >= 35 && value <= 42.5 && reading.quantities.some((quantity) => quantity.kind === 'temperature' && quantity.at === index - 1 && quantity.value < value);
  if (token.value !== undefined && (fahrenheitUnit || celsiusUnit || decimalReading || rangeTop || isNear(tokens, index, 12, temperatureWords)) && !notAReading(tokens, index, fahrenheitUnit || celsiusUnit)) {
    const fahrenheit = fahrenheitUnit || (!celsiusUnit && value >= 90 && value <= 110);
    const celsius = fahrenheit ? ((value - 32) * 5) / 9 : value;
    // Below 33 °C is usually a room or a bath ("it's 30 degrees in the flat"), but a reading from 30 told
    // as a temperature ("temp is 32.5") or in a message about a baby, with no room word near, is a body:
    // RED-FLAGS.md has below 36 °C as an emergency.
    const toldAsBody = tokens.slice(Math.max(0, index - 3), index).some((other) => bodyReadingWords.has(other.word)) || isNear(tokens, index, 12, babyWords);
    const bodyReading = celsius >= 30 && toldAsBody && !isNear(tokens, index, 5, roomWords);
    // The weather, told as the place right after the reading ("35 degrees out", "38c outside") or as "it's …
    // here": RED-FLAGS.md's below 36 °C is a body's, and a hot day is no baby's temperature.
    const unitEnd = index + 1 + shift + (fahrenheitUnit || celsiusUnit ? ((next === '°' || next === 'degrees' || next === 'degree') && (afterNext === 'c' || afterNext === 'f') ? 2 : 1) : 0);
    const placeAfter = word(unitEnd);
    const itIs = (previous === 'is' || previous === 's') && word(index - 2) === 'it';
    const weather = (weatherAfter.has(placeAfter) && word(unitEnd + 1) !== 'of') || (itIs && placeAfter === 'here');
    if ((celsius >= 33 || bodyReading) && celsius <= 45 && !weather && !(next === '%' || durationAfter)) {
      reading.quantities.push({ kind: 'temperature', value: Math.round(celsius * 100) / 100, at: index });
      return true;
    }
  }
  return false;
}
