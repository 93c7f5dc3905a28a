import type { TriageToken } from './triage-tokens';
import { readDayUnit } from './quantity-contexts';
import { addAge, wordAt, type NumberAt, type QuantityReading } from './quantity-reading';
import { sinceBirthWords } from './since-birth-words';
import { dayUnits } from './time-units';

const durationBefore = new Set(['for', 'since', 'every', 'past', 'last', 'over', 'about', 'almost', 'nearly', 'around', 'than', 'another', 'within', 'under', 'after', 'lasting', 'taking']);
const birthWords = new Set(['born', 'birth', 'delivered', 'delivery', 'labour', 'labor', 'section', 'caesarean', 'had', 'gave']);
/** What a birth booked at some weeks of pregnancy is: "a section at 36 weeks", "an induction at 39 weeks". */
const bookedBirths = new Set(['section', 'csection', 'caesarean', 'cesarean', 'induction', 'induced', 'delivery']);
const ageLead = new Set(['is', 'am', 'turned', 'turns', 'at', 'aged', 'of', 'be', 'being', 'now', 'only', 'just', 'was', 'are', 'he', 'she', 'baby', 'son', 'daughter', 'lo', 'newborn', 'twins', 'our', 'my', 'old', 'a']);
const visitWords = new Set(['check', 'checkup', 'weigh', 'weighin', 'appointment', 'review', 'visit', 'weighing']);

/**
 * Reads a number of days, weeks, months or years: a baby's age, a duration, or weeks of pregnancy (read as
 * neither). Returns the last token read ("2 weeks and 3 days" reads on to the 3), or undefined when the number
 * has no such unit.
 */
export function readDays(reading: QuantityReading, number: NumberAt): number | undefined {
  const { tokens, quantities } = reading;
  const { token, value, shift, next, afterNext, previous } = number;
  let index = number.index;
  const word = (at: number) => wordAt(tokens, at);
  // "birth weight 3.65, day 6": a day word across a comma with its own number after it is that number's.
  const unitOfNext = (token.clauseEnd || token.sentenceEnd) && tokens[index + 2]?.value !== undefined;
  const dayUnit = unitOfNext ? undefined : dayUnits[next];
  if (dayUnit === undefined) return undefined;
  // "a week and a half", "2 months and a half": half the unit more.
  // (The tokens fold "a half" into 0.5.)
  const andAHalf = afterNext === 'and' && tokens[index + 3 + shift]?.value === 0.5 && !dayUnits[word(index + 4 + shift)];
  let days = (value + (andAHalf ? 0.5 : 0)) * dayUnit;
  // "2 weeks and 3 days old", "a month and a week": one age or duration, read as a whole.
  const addedValue = tokens[index + 3 + shift]?.value;
  const addedUnit = dayUnits[word(index + 4 + shift)];
  if (afterNext === 'and' && addedValue !== undefined && addedUnit !== undefined && addedUnit < dayUnit) {
    days += addedValue * addedUnit;
    const bornAt = ['born', 'birth', 'pregnant', 'delivered'].includes(word(index - 2));
    // The age is kept where its first number stands; the duration where its last does.
    index += 3;
    const combined = bornAt ? 'gestation' : readDayUnit(tokens, index);
    if (combined === 'gestation') return index;
    if (combined === 'age') addAge(reading, number.index, days, 3);
    else if (combined === 'age-weak' && ageLead.has(previous) && !durationBefore.has(previous) && !durationBefore.has(word(index - 5))) addAge(reading, number.index, days, 1);
    else quantities.push({ kind: 'days', value: days, at: index });
    return index;
  }
  // "4 days since the birth", "3 and a half days after my c section".
  const sinceBirth = (afterNext === 'since' || afterNext === 'after') && tokens.slice(index + 3 + shift, index + 7 + shift).some((other) => sinceBirthWords.has(other.word));
  const ago = afterNext === 'ago' && tokens.slice(Math.max(0, index - 6), index).some((other) => birthWords.has(other.word));
  const old = afterNext === 'old' || afterNext === 'olds' || afterNext === 'pp' || afterNext === 'postpartum' || afterNext === 'postnatal' || (afterNext === 'post' && /^(partum|natal)$/.test(word(index + 3 + shift))) || ago || sinceBirth;
  const leadsAge = ageLead.has(previous) && !durationBefore.has(previous) && afterNext !== 'ago' && !(previous === 'a' && token.word !== 'a');
  // "i'm 38 weeks and scared", "we're 32 weeks with twins": a writer's own 24 to 42 weeks are weeks of
  // pregnancy, not a baby's age; so are such weeks opening a sentence "with" the coming baby ("38 weeks with
  // number two") and a birth booked at them ("booked for a section at 36 weeks"). Issue 11, train-13.
  const pregnancyDays = !old && days >= 168 && days <= 294;
  const ownPregnancy =
    (pregnancyDays && previous === 'am' && word(index - 2) === 'i') ||
    (pregnancyDays &&
      dayUnit === 7 &&
      ((previous === 'are' && word(index - 2) === 'we') ||
      (afterNext === 'with' && (index === 0 || tokens[index - 1].sentenceEnd)) ||
      (previous === 'at' && bookedBirths.has(word(index - 2)))));
  // "our little one came at 35 weeks": an arrival at 22 to 43 weeks is a birth's gestation, not the baby's age.
  const arrivedAt = ['came', 'arrived'].includes(word(index - 2)) && previous === 'at' && !old && days >= 154 && days <= 301;
  const gestation = ownPregnancy || arrivedAt || ['born', 'birth', 'pregnant', 'delivered'].includes(word(index - 2)) || ['gestation', 'pregnant', 'gestational', 'early', 'premature', 'prem'].includes(afterNext);
  if (gestation) {
    if (ownPregnancy || afterNext === 'pregnant') reading.pregnancyTold = true;
    return index;
  }
  // "at the 2 week check", "the 2 week weigh": the age at a visit.
  if (visitWords.has(afterNext)) {
    addAge(reading, index, days, 1);
    return index;
  }
  if (old) addAge(reading, index, days, 3);
  else if (leadsAge && !durationBefore.has(word(index - 2))) addAge(reading, index, days, 1);
  // "four and a half months, snotty nose": an age the message opens with.
  else if (index === 0 && (token.sentenceEnd || token.clauseEnd || tokens[index + 1 + shift]?.clauseEnd)) addAge(reading, index, days, 1);
  // "…, 3 weeks", "he's yellow. 16 days.": a clause of the number and its unit alone, after the story, is how
  // old the baby is, the way parents sign off; it may still be how long something has lasted ("crying every
  // evening, 3 weeks"), so the days are kept too.
  else if (standsAlone(tokens, index, index + 1 + shift)) {
    addAge(reading, index, days, 1);
    quantities.push({ kind: 'days', value: days, at: index });
  } else quantities.push({ kind: 'days', value: days, at: index });
  return index;
}

/** True when the tokens from `first` to `last` make a clause of their own, after another: ", 3 weeks" or ". 3 weeks." at the end or before a comma. */
function standsAlone(tokens: readonly TriageToken[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (!before || !(before.clauseEnd || before.sentenceEnd)) return false;
  const end = tokens[last];
  return Boolean(end) && (last === tokens.length - 1 || Boolean(end.clauseEnd || end.sentenceEnd));
}
