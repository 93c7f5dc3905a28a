/** What a person has said about their situation, as far as the answer may depend on it. */
export interface Facts {
  days_since_birth?: number;
  baby_age_weeks?: number;
  birth_type?: 'caesarean' | 'vaginal';
  first_baby?: boolean;
  long_labour?: boolean;
  mother_unwell?: boolean;
  baby_unwell?: boolean;
  twins?: boolean;
}

const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const baby = '(?:baby|newborn|son|daughter|he|she|they|little 1|twins)';
const illness = '(?:a |the )?(?:cold|flu|fever|temperature|bug|virus|covid|sickness bug|stomach bug|tummy bug|chest infection|cough)';
// Built once: a regular expression made inside extractFacts would be compiled again for every message.
const motherCaught = new RegExp(` i (?:have|have got|got|caught|am getting|have come down with|came down with|think i have|might have) ${illness} `);
const babyCaught = new RegExp(` ${baby} (?:has|have|has got|got|caught|is getting|came down with) ${illness} `);
const babyIsUnwell = new RegExp(` ${baby} (?:is|seems|has been|was) (?:so |really |very )?(?:sick|ill|unwell|poorly|feverish|under the weather) `);
const bornOnWeekday = new RegExp(` (?:born|gave birth|had (?:him|her|the baby|my baby|baby)|delivered) (?:on |last )?(${weekdays.join('|')}) `);

/**
 * Facts read from normalised text (see normaliseText: number words are digits, "c-section" is
 * "caesarean"). `today` is the date of the message, so "born on monday" can be counted; it is passed in
 * to keep this a pure function.
 */
export function extractFacts(normalised: string, today: Date): Facts {
  const facts: Facts = {};
  const text = ` ${normalised.replace(/-/g, ' ')} `;

  const age = babyAge(text, today);
  if (age) {
    facts.days_since_birth = age.days;
    facts.baby_age_weeks = Math.floor(age.days / 7);
  }

  if (/ (?:caesarean|emergency section|elective section) /.test(text) && !/ (?:no|not a|not have a|did not have a) caesarean /.test(text)) {
    facts.birth_type = 'caesarean';
  } else if (/ (?:vaginal(?:ly)?|natural birth|normal birth|normal delivery|natural delivery|home birth|water birth|pushed (?:him|her|baby) out) /.test(text)) {
    facts.birth_type = 'vaginal';
  }

  if (/ not (?:my|our|the|a) first /.test(text)) {
    facts.first_baby = false;
  } else if (/ (?:first time mum|first time parents?|first time dad|first (?:baby|child|born|one|kid)|1st (?:baby|child|time)|new mum) /.test(text)) {
    facts.first_baby = true;
  } else if (/ (?:second|third|2nd|3rd|fourth|4th) (?:baby|child|time mum|one|kid) |second time mum|my other (?:kids|children)/.test(text)) {
    facts.first_baby = false;
  }

  if (motherCaught.test(text) ||
      / i (?:am|feel|have been|was|am feeling|have been feeling) (?:so |really |very |quite )?(?:sick|ill|unwell|poorly|feverish|rough) /.test(text)) {
    facts.mother_unwell = true;
  }
  if (babyCaught.test(text) || babyIsUnwell.test(text)) {
    facts.baby_unwell = true;
  }
  if (/ (?:long|very long|really long|slow) (?:labour|labor) |labou?r (?:was|went on|felt) (?:so |really |very )?(?:long|forever|ages)/.test(text)) {
    facts.long_labour = true;
  }
  if (/ (?:twins?|triplets) /.test(text)) facts.twins = true;
  return facts;
}

function babyAge(text: string, today: Date): { days: number } | undefined {
  const unitDays: Record<string, number> = { hour: 1 / 24, hours: 1 / 24, day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30 };
  const amount = /(\d+(?:\.\d+)?) ?(hours?|days?|weeks?|months?)(?: and a half)? (?:old|ago|postpartum|since (?:birth|delivery|i gave birth|i had)|after (?:birth|delivery|giving birth|my caesarean|the birth)|pp|post partum|in)\b/.exec(text);
  if (amount) return { days: Math.floor(Number(amount[1]) * unitDays[amount[2]]) };
  const dayOf = / (?:day|dy) (\d{1,2}) /.exec(text);
  if (dayOf) return { days: Number(dayOf[1]) };
  const ordinalDay = / (\d{1,2})(?:st|nd|rd|th) day /.exec(text);
  if (ordinalDay) return { days: Number(ordinalDay[1]) };
  if (/ (?:born|gave birth|had (?:him|her|the baby|my baby|baby)|delivered) (?:yesterday|last night) /.test(text)) return { days: 1 };
  if (/ (?:born|gave birth|had (?:him|her|the baby|my baby|baby)|delivered) (?:today|this morning|earlier today) /.test(text)) return { days: 0 };
  const weekday = bornOnWeekday.exec(text);
  if (weekday) {
    const difference = (today.getDay() - weekdays.indexOf(weekday[1]) + 7) % 7;
    return { days: difference === 0 ? 7 : difference };
  }
  return undefined;
}
