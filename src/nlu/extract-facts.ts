import type { Facts } from '../knowledge/facts';
import { letterPairsOf, mayHold, piecePairs, type PiecePairs } from './letter-pairs';
import { daysSinceWeekday, weekdayNames } from './weekdays';

export type { DayRange, Facts } from '../knowledge/facts';

/** "my wife's milk", "my partner is breastfeeding", "I'm the dad": the one asking is not the one feeding. */
const partnerAsking =
  / (?:my|our) (?:wife|wifes|girlfriend|girlfriends|partner|partners|fiancee|fiancees) (?:milk|breasts?|boobs?|supply|nipples?|colostrum) | (?:my|our) (?:wife|girlfriend|partner|fiancee) (?:is|has been|keeps|just started) (?:breastfeeding|nursing|feeding|pumping|expressing) | i am (?:the|a|her|their) (?:dad|father|partner|husband) | as (?:a|the|her) (?:dad|father|partner|husband) | (?:my|our) (?:wife|girlfriend|partner|fiancee) [^.?!]{0,60}\b(?:her|their) (?:milk|supply|breasts?|boobs?|nipples?) /;
const baby = '(?:baby|newborn|son|daughter|he|she|they|little 1|twins)';
const illness = '(?:a |the )?(?:cold|flu|fever|temperature|bug|virus|covid|sickness bug|stomach bug|tummy bug|chest infection|cough)';
// Built once: a regular expression made inside extractFacts would be compiled again for every message.
const motherCaught = new RegExp(` i (?:have|have got|got|caught|am getting|have come down with|came down with|think i have|might have) ${illness} `);
const babyCaught = new RegExp(` ${baby} (?:has|have|has got|got|caught|is getting|came down with) ${illness} `);
const babyIsUnwell = new RegExp(` ${baby} (?:is|seems|has been|was) (?:so |really |very )?(?:sick|ill|unwell|poorly|feverish|under the weather) `);
const bornOnWeekday = new RegExp(` (?:born|gave birth|had (?:him|her|the baby|my baby|baby)|delivered) (?:on |last )?(${weekdayNames.join('|')}) `);

// The pieces each pattern below needs, one of which every match of it holds (see has).
const caesareanPieces = piecePairs(['caesarean', 'section']);
const vaginalPieces = piecePairs(['vaginal', 'birth', 'delivery', 'pushed']);
const notFirstPieces = piecePairs(['first']);
const firstBabyPieces = piecePairs(['first', '1st', 'new mum']);
const laterBabyPieces = piecePairs(['second', 'third', '2nd', '3rd', 'fourth', '4th', 'my other']);
const writerPieces = piecePairs([' i ']);
const illnessPieces = piecePairs(['cold', 'flu', 'fever', 'temperature', 'bug', 'virus', 'covid', 'infection', 'cough']);
const unwellPieces = piecePairs(['sick', 'ill', 'unwell', 'poorly', 'fever', 'weather']);
const labourPieces = piecePairs(['labo']);
const twinPieces = piecePairs(['twin', 'triplets']);
const partnerPieces = piecePairs(['wife', 'girlfriend', 'partner', 'fiancee', 'dad', 'father', 'husband']);
const prematurePieces = piecePairs(['prem', 'preemie', 'early', 'born at']);
const bornYesterdayPieces = piecePairs(['yesterday', 'last night']);
const bornTodayPieces = piecePairs(['today', 'this morning']);
const weekdayPieces = piecePairs(['day']);
/** Days in each unit of an age ("3 weeks old"), made once rather than at every message. */
const unitDays: Record<string, number> = { hour: 1 / 24, hours: 1 / 24, day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30 };

/**
 * Facts read from normalised text (see normaliseText: number words are digits, "c-section" is
 * "caesarean"). `today` is the date of the message, so "born on monday" can be counted; it is passed in
 * to keep this a pure function.
 */
export function extractFacts(normalised: string, today: Date): Facts {
  const facts: Facts = {};
  const text = ` ${normalised.replace(/-/g, ' ')} `;
  const pairs = letterPairsOf(text);

  const age = babyAge(text, pairs, today);
  if (age) {
    facts.days_since_birth = age.days;
    facts.baby_age_weeks = Math.floor(age.days / 7);
    if (age.approximate) facts.age_approximate = true;
  }

  if (has(pairs, caesareanPieces) && / (?:caesarean|emergency section|elective section) /.test(text) && !/ (?:no|not a|not have a|did not have a) caesarean /.test(text)) {
    facts.birth_type = 'caesarean';
  } else if (has(pairs, vaginalPieces) && / (?:vaginal(?:ly)?|natural birth|normal birth|normal delivery|natural delivery|home birth|water birth|pushed (?:him|her|baby) out) /.test(text)) {
    facts.birth_type = 'vaginal';
  }

  if (has(pairs, notFirstPieces) && / not (?:my|our|the|a) first /.test(text)) {
    facts.first_baby = false;
  } else if (has(pairs, firstBabyPieces) && / (?:first time mum|first time parents?|first time dad|first (?:baby|child|born|one|kid)|1st (?:baby|child|time)|new mum) /.test(text)) {
    facts.first_baby = true;
  } else if (has(pairs, laterBabyPieces) && / (?:second|third|2nd|3rd|fourth|4th) (?:baby|child|time mum|one|kid) |second time mum|my other (?:kids|children)/.test(text)) {
    facts.first_baby = false;
  }

  if (has(pairs, writerPieces) && (motherCaught.test(text) ||
      / i (?:am|feel|have been|was|am feeling|have been feeling) (?:so |really |very |quite )?(?:sick|ill|unwell|poorly|feverish|rough) /.test(text))) {
    facts.mother_unwell = true;
  }
  // Each pattern only where the text holds a word every match of it contains (see has).
  if ((has(pairs, illnessPieces) && babyCaught.test(text)) ||
      (has(pairs, unwellPieces) && babyIsUnwell.test(text))) {
    facts.baby_unwell = true;
  }
  if (has(pairs, labourPieces) && / (?:long|very long|really long|slow) (?:labour|labor) |labou?r (?:was|went on|felt) (?:so |really |very )?(?:long|forever|ages)/.test(text)) {
    facts.long_labour = true;
  }
  if (has(pairs, twinPieces) && / (?:twins?|triplets) /.test(text)) facts.twins = true;
  if (has(pairs, partnerPieces) && partnerAsking.test(text)) facts.partner_asking = true;
  if (has(pairs, prematurePieces) && / (?:premature|prem|preemie|premmie|born early|born at \d{2} weeks|came early|early arrival) /.test(text) && !/ not (?:premature|prem|born early) /.test(text)) facts.premature = true;
  return facts;
}

/**
 * Whether the text may hold one of these pieces (its letter pairs: see letter-pairs.ts). Each pattern below is
 * tried only where the text may hold a piece that every match of it contains: a look at a few bits is far
 * quicker than the pattern, and most messages hold none of them.
 */
function has(pairs: Uint32Array, pieces: PiecePairs): boolean {
  return mayHold(pairs, pieces);
}

/** What is known after a message: its facts over the earlier ones; an exact age given now clears an earlier rough one. */
export function mergeFacts(known: Facts, message: Facts): Facts {
  const merged = { ...known, ...message };
  if (message.days_since_birth !== undefined && !message.age_approximate) delete merged.age_approximate;
  return merged;
}

function babyAge(text: string, pairs: Uint32Array, today: Date): { days: number; approximate: boolean } | undefined {
  // Ages in numbers need a digit, which most messages lack.
  const digits = /\d/.test(text);
  const amount = digits ? /(\d+(?:\.\d+)?) ?(hours?|days?|weeks?|months?)(?: and a half)? (?:old|ago|postpartum|since (?:birth|delivery|i gave birth|i had)|after (?:birth|delivery|giving birth|my caesarean|the birth)|pp|post partum|in)\b/.exec(text) : null;
  if (amount) {
    const days = Number(amount[1]) * unitDays[amount[2]];
    // Months are not a whole number of days, and "1.5 weeks" or "36 hours" are not a day of life.
    return { days: Math.floor(days), approximate: amount[2].startsWith('month') || !Number.isInteger(days) || / and a half /.test(amount[0] + ' ') };
  }
  const dayOf = digits ? / (?:day|dy) (\d{1,2}) /.exec(text) : null;
  if (dayOf) return { days: Number(dayOf[1]), approximate: false };
  const ordinalDay = digits ? / (\d{1,2})(?:st|nd|rd|th) day /.exec(text) : null;
  if (ordinalDay) return { days: Number(ordinalDay[1]), approximate: false };
  if (has(pairs, bornYesterdayPieces) && / (?:born|gave birth|had (?:him|her|the baby|my baby|baby)|delivered) (?:yesterday|last night) /.test(text)) return { days: 1, approximate: false };
  if (has(pairs, bornTodayPieces) && / (?:born|gave birth|had (?:him|her|the baby|my baby|baby)|delivered) (?:today|this morning|earlier today) /.test(text)) return { days: 0, approximate: false };
  // Every weekday's name ends in "day".
  const weekday = has(pairs, weekdayPieces) ? bornOnWeekday.exec(text) : null;
  if (weekday) return { days: daysSinceWeekday(today, weekday[1]), approximate: false };
  return undefined;
}
