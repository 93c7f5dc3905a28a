import { addAge, type QuantityReading } from './quantity-reading';

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Words just before a weekday that name the day of birth: "had her on tuesday", "born on monday". */
const birthBeforeWeekday = new Set(['born', 'birth', 'delivered', 'section', 'caesarean', 'had', 'arrived', 'came']);

/** "had her on tuesday, it's now saturday": the days between the day of birth and today, kept as an age. */
export function readAgeFromWeekdays(reading: QuantityReading): void {
  const { tokens } = reading;
  const birthDay = tokens.findIndex((token, index) => weekdays.includes(token.word) && tokens.slice(Math.max(0, index - 4), index).some((other) => birthBeforeWeekday.has(other.word)));
  if (birthDay < 0) return;
  const today = tokens.findIndex((token, index) => index > birthDay && weekdays.includes(token.word) && tokens.slice(Math.max(0, index - 3), index).some((other) => other.word === 'now' || other.word === 'today' || other.word === 'its' || other.word === 'is'));
  if (today >= 0) addAge(reading, birthDay, (weekdays.indexOf(tokens[today].word) - weekdays.indexOf(tokens[birthDay].word) + 7) % 7 || 7, 1);
}
