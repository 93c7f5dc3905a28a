import type { Facts } from '../nlu/extract-facts';
import { daysSinceWeekday, weekdayNames } from '../nlu/weekdays';
import type { SlotReader, SlotValue } from './dialog-schema';

export interface ReadContext {
  /** The message as typed, lowercased: dates such as 22/11 are read from it. */
  raw: string;
  /** The normalised message (number words are digits, "c-section" is "caesarean"). */
  normalised: string;
  /** Facts found in this very message, e.g. "born on monday". */
  messageFacts: Facts;
  today: Date;
  yesWords: readonly string[];
  noWords: readonly string[];
}

const dayInMilliseconds = 24 * 60 * 60 * 1000;
/** Older than two years is not a baby latch can help with by day of life; such a reading is a misreading. */
const maximumDays = 730;
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const weekdayPattern = new RegExp(`\\b(${weekdayNames.join('|')})\\b`);

/** Reads a free-text answer to a slot; undefined when it cannot be read with confidence. */
export function readSlotAnswer(reader: SlotReader, context: ReadContext): SlotValue | undefined {
  switch (reader) {
    case 'days':
      return readDays(context);
    case 'count':
      return readCount(context.normalised);
    case 'yes_no':
      return readYesNo(context);
    case 'birth_type':
      return readBirthType(context);
  }
}

function readDays(context: ReadContext): number | undefined {
  const text = context.normalised;
  const fromFacts = context.messageFacts.days_since_birth;
  if (fromFacts !== undefined) return within(fromFacts);
  if (/\b(today|this morning|earlier today|last night|tonight)\b/.test(text)) return /last night/.test(text) ? 1 : 0;
  if (/\byesterday\b/.test(text)) return /\bday before yesterday\b/.test(text) ? 2 : 1;
  const date = readDate(context.raw, context.today);
  if (date !== undefined) return date;
  const amount = /^(?:about |around |nearly |almost |just |only |its |it is |she is |he is |they are )?(?:a |an |(\d{1,3}(?:\.5)?) ?)(days?|weeks?|months?)?\b/.exec(text);
  if (amount && (amount[1] || amount[2])) {
    const count = amount[1] ? Number(amount[1]) : 1;
    const unit = amount[2] ?? 'days';
    const days = unit.startsWith('week') ? count * 7 : unit.startsWith('month') ? count * 30 : count;
    return within(Math.floor(days));
  }
  // "next friday" is in the future, so it cannot be a day of birth.
  if (/\bnext\b/.test(text)) return undefined;
  const weekday = weekdayPattern.exec(text);
  if (weekday) return daysSinceWeekday(context.today, weekday[1]);
  return undefined;
}

/** A birth date: 2026-11-22, 22/11(/2026), 22 nov, nov 22nd, "the 22nd". Never in the future. */
function readDate(raw: string, today: Date): number | undefined {
  const text = raw.toLowerCase();
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  // 22/11, 22/11/2026 or 22.11.2026; "3.5" on its own is three and a half days, not the 3rd of May.
  const numeric = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/.exec(text) ?? /\b(\d{1,2})\.(\d{1,2})\.(\d{2,4})\b/.exec(text);
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${months.join('|')})[a-z]*\\b`).exec(text);
  const monthDay = new RegExp(`\\b(${months.join('|')})[a-z]* (\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(text);
  const ordinal = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
  else if (numeric) {
    // Day first, as in the UK; a US month-first date is read that way only when day-first is impossible.
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    [day, month] = second > 12 && first <= 12 ? [second, first - 1] : [first, second - 1];
    if (numeric[3]) year = Number(numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3]);
  } else if (dayMonth) [day, month] = [Number(dayMonth[1]), months.indexOf(dayMonth[2])];
  else if (monthDay) [month, day] = [months.indexOf(monthDay[1]), Number(monthDay[2])];
  else if (ordinal) [day, month] = [Number(ordinal[1]), today.getUTCMonth()];
  if (day === undefined || month === undefined || month < 0 || month > 11 || day < 1 || day > 31) return undefined;
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let born = Date.UTC(year ?? today.getUTCFullYear(), month, day);
  // "the 28th" said on the 2nd means last month; "30 dec" said in January means last year.
  if (born > todayUtc && year === undefined) born = ordinal ? Date.UTC(today.getUTCFullYear(), month - 1, day) : Date.UTC(today.getUTCFullYear() - 1, month, day);
  const days = Math.round((todayUtc - born) / dayInMilliseconds);
  return days >= 0 && days <= maximumDays ? days : undefined;
}

function within(days: number): number | undefined {
  return days >= 0 && days <= maximumDays ? days : undefined;
}

function readCount(text: string): number | undefined {
  if (/^(?:none|no|zero|nothing|not any|not one|0)\b|\b(?:no|none|zero) (?:wet|dirty|poo|poos|wees)\b|\bnot had any\b/.test(text)) return 0;
  const number = /^(?:about |around |only |just |maybe |like |she has had |he has had |they have had |had )?(\d{1,2})\b/.exec(text) ?? /\b(\d{1,2}) (?:wet|dirty|poo|poos|pooey|wees?|nappies|nappy|times)\b/.exec(text);
  return number ? Number(number[1]) : undefined;
}

function readYesNo(context: ReadContext): boolean | undefined {
  const words = ` ${context.normalised.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  // Only at the start: "is it ok to drink coffee" is a new question, not a yes.
  const says = (list: readonly string[]) => list.some((word) => words.startsWith(` ${word} `));
  const yes = says(context.yesWords);
  const no = says(context.noWords);
  return yes === no ? undefined : yes;
}

function readBirthType(context: ReadContext): 'caesarean' | 'vaginal' | undefined {
  if (context.messageFacts.birth_type) return context.messageFacts.birth_type;
  const text = ` ${context.normalised} `;
  if (/ (?:caesarean|cs|section|c s|emergency section|elective section|planned section) /.test(text)) return 'caesarean';
  if (/ (?:vaginal|vaginally|natural|naturally|normal|normally|pushed|home birth|water birth|forceps|ventouse|vbac) /.test(text)) return 'vaginal';
  return undefined;
}
