import type { TriageToken } from './triage-tokens';
import { babyAges, toddlerAge, toldAsPast, type AgeMention } from './baby-ages';
import { babyWords, bodyReadingWords, notAReading } from './not-a-reading';
import { breathRateTold } from './breath-rate-told';
import { clockHour, puttingOn, readDayUnit, secondsCounted, wokeToFeed } from './quantity-contexts';
import { amountLost, bareBirthKilograms, bareKilograms, bareWeightsBefore, weightDrop, weightInGrams, type WeightLost, type WeightMention } from './read-weights';

/** A number read from a message, where it stands (token index), and what it measures. */
export interface Quantity {
  kind: QuantityKind;
  value: number;
  at: number;
}

export const quantityKinds = ['temperature', 'hours', 'days', 'percent', 'weight_drop', 'breaths', 'feeds', 'wet_nappies', 'dirty_nappies', 'seconds'] as const;
/** Units of an amount of milk: a number before one is no count of nappies or feeds. */
const volumeUnits = new Set(['oz', 'ozs', 'ounce', 'ounces', 'ml', 'mls', 'millilitres', 'milliliters']);
export type QuantityKind = (typeof quantityKinds)[number];

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

const dayUnits: Record<string, number> = { day: 1, days: 1, d: 1, week: 7, weeks: 7, wk: 7, wks: 7, w: 7, month: 30.4, months: 30.4, mo: 30.4, mos: 30.4, mth: 30.4, mths: 30.4, year: 365, years: 365 };
const hourUnits: Record<string, number> = { hour: 1, hours: 1, hr: 1, hrs: 1, h: 1, minute: 1 / 60, minutes: 1 / 60, min: 1 / 60, mins: 1 / 60 };
const temperatureWords = new Set(['temp', 'temps', 'temperature', 'temperatures', 'thermometer', 'fever', 'feverish', 'degrees', 'degree', 'reading', 'febrile', 'celsius', 'fahrenheit']);
// Where a reading below 33 °C is a room, a bath or the weather, not a body.
const roomWords = new Set(['room', 'rooms', 'flat', 'house', 'bedroom', 'nursery', 'outside', 'weather', 'bath', 'water', 'car', 'heating', 'thermostat', 'kitchen', 'air', 'sun', 'heatwave', 'inside', 'indoors', 'outdoors']);
// Where a reading of any height is the weather: "it's 35 degrees out", "35 degrees outside", "it's 38 here".
const weatherAfter = new Set(['out', 'outside', 'outdoors']);
// A wet patch on clothes or sheets is leaking milk, not a wet nappy: "two wet patches on my top".
// "a 24 hour bug": an illness's name, not how long since anything.
const illnessNames = new Set(['bug', 'virus', 'flu', 'sickness', 'illness']);
const wetNotNappy = new Set(['patch', 'patches', 'spot', 'spots', 'mark', 'marks', 'top', 'tops', 'shirt', 'shirts', 'bra', 'bras', 'sheet', 'sheets', 'clothes']);
/** A time of day about halfway through a baby's day, for counts told "by lunchtime". */
const middayWords = new Set(['lunchtime', 'lunch', 'midday', 'noon', 'dinnertime']);
const durationBefore = new Set(['for', 'since', 'every', 'past', 'last', 'over', 'about', 'almost', 'nearly', 'around', 'than', 'another', 'within', 'under', 'after', 'lasting', 'taking']);
const birthWords = new Set(['born', 'birth', 'delivered', 'delivery', 'labour', 'labor', 'section', 'caesarean', 'had', 'gave']);
/** What a birth booked at some weeks of pregnancy is: "a section at 36 weeks", "an induction at 39 weeks". */
const bookedBirths = new Set(['section', 'csection', 'caesarean', 'cesarean', 'induction', 'induced', 'delivery']);
const ageLead = new Set(['is', 'am', 'turned', 'turns', 'at', 'aged', 'of', 'be', 'being', 'now', 'only', 'just', 'was', 'are', 'he', 'she', 'baby', 'son', 'daughter', 'lo', 'newborn', 'twins', 'our', 'my', 'old', 'a']);
const wetWords = new Set(['wet', 'wee', 'wees', 'pee', 'pees', 'wetty', 'wets', 'wetting', 'urine']);
const dirtyWords = new Set(['dirty', 'poo', 'poos', 'poop', 'poops', 'pooey', 'poopy', 'stool', 'stools', 'bm', 'bms', 'soiled', 'dirties']);
const nappyWords = new Set(['nappy', 'nappies', 'diaper', 'diapers', 'one', 'ones', 'changes']);
/** Words between a number and its unit that leave the duration as it is: "four whole days". */
const unitFillers = new Set(['whole', 'full', 'long', 'entire', 'straight']);
/** "Milk comes in by day 3": an expected day, not the baby's age. */
const expectedDayBefore = new Set(['by', 'until', 'till', 'before', 'around']);
/** Words after "since" or "after" that make a duration the time since the birth. */
const sinceBirthWords = new Set(['born', 'birth', 'delivered', 'delivery', 'section', 'caesarean', 'csection', 'labour', 'labor']);
const visitWords = new Set(['check', 'checkup', 'weigh', 'weighin', 'appointment', 'review', 'visit', 'weighing']);
/** "discharged us at day 10", "weighed at day 5": a day something happened, not the age now. */
const pastBeforeAt = new Set(['us', 'him', 'her', 'them', 'discharged', 'weighed', 'seen', 'checked', 'home', 'out', 'started', 'was', 'were', 'began', 'stopped', 'came', 'went', 'left', 'happened', 'weight']);
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Words just before a weekday that name the day of birth: "had her on tuesday", "born on monday". */
const birthBeforeWeekday = new Set(['born', 'birth', 'delivered', 'section', 'caesarean', 'had', 'arrived', 'came']);

/** Everything with a number in it that the red-flag rules compare: temperatures, hours, ages, weights, counts. */
/**
 * `someoneElses`: true for a token position whose age is another person's baby's ("my friend's baby was
 * readmitted at a week old, mine's 5 days"): such an age is not the writer's baby's.
 */
export function readQuantities(tokens: readonly TriageToken[], someoneElses: (index: number) => boolean = () => false): ReadQuantities {
  const quantities: Quantity[] = [];
  // Ages by how sure the words are: "10 days old" beats "day 4", which beats "baby is 3 weeks".
  const ages: (AgeMention & { years: boolean })[] = [];
  // The number being read, for where an age stands.
  let current = 0;
  const setAge = (days: number, strength: number, day = Math.max(1, Math.round(days))) =>
    ages.push({ days, strength, day, at: current, past: toldAsPast(tokens, current), years: /^(year|years|yr|yrs)$/.test(word(current + 1)) || /^(year|years|yr|yrs)$/.test(word(current + 2)) });
  /** `ambiguous`: am or pm not said ("quarter past three", "it's now 9"): read as the later of the two. */
  /** `bare`: a number after "at" ("went to bed at 8"), read as a time of day only beside another time. */
  const clocks: { hour: number; at: number; ambiguous?: boolean; bare?: boolean }[] = [];
  /** The last count of wet or dirty nappies: "twin 1 had 6 wet nappies, twin 2 only had 3" counts the 3 too. */
  let lastCount: Quantity | undefined;
  const word = (index: number) => tokens[index]?.word ?? '';
  const near = (index: number, span: number, words: ReadonlySet<string>) => {
    for (let other = Math.max(0, index - span); other <= Math.min(tokens.length - 1, index + span); other++) if (words.has(tokens[other].word)) return true;
    return false;
  };
  const weights: WeightMention[] = [];
  let lost: WeightLost | undefined;
  /** The writer tells weeks of her own pregnancy ("i'm 32 weeks"): whatever baby the message names is not born yet, unless an age says so. */
  let pregnancyTold = false;

  for (let index = 0; index < tokens.length; index++) {
    current = index;
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
    const next = word(index + 1 + shift);
    const afterNext = word(index + 2 + shift);
    const previous = word(index - 1);

    // "5th day", "3rd day pp": the day of life, like "day 5".
    if (token.value !== undefined && /^(st|nd|rd|th)$/.test(next) && afterNext === 'day' && value <= 60) {
      setAge(Math.max(0, value - 1), 2, value);
      continue;
    }
    // "the fifth day", "on the 4th day": the day of life.
    if (previous === 'the' && next === 'day' && token.value !== undefined && Number.isInteger(value) && value >= 1 && value <= 30) {
      // "top ups the first day, … today is sunday": the first day is most often a day told of, so any other age wins.
      setAge(value - 1, value === 1 ? 0 : 2, value);
      continue;
    }
    // "… back every day. 5 months": a "day" that ends the sentence before is no "day 5".
    if (previous === 'day' && !tokens[index - 1].sentenceEnd && token.value !== undefined && value <= 60 && word(index - 2) !== 'since' && word(index - 2) !== 'from' && !(word(index - 2) === 'at' && pastBeforeAt.has(word(index - 3))) && !expectedDayBefore.has(word(index - 2))) {
      // Day 1 is the day of birth: "day 4" is 3 days after it.
      setAge(Math.max(0, value - 1), 2, value);
      continue;
    }
    const clock = clockHour(tokens, index);
    if (clock !== undefined) {
      clocks.push({ hour: clock, at: index });
      continue;
    }
    // "quarter past three", "half past 2", "it's now 9": a time of day without am or pm.
    const endsHere = token.sentenceEnd || token.clauseEnd || next === '' || next === 'and' || next === 'o' || next === 'oclock' || next === 'now';
    if (
      token.value !== undefined &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= 12 &&
      (((previous === 'past' || previous === 'to') && /^(quarter|half|10|20|5|25)$/.test(word(index - 2))) || (previous === 'now' && endsHere && !dayUnits[next] && !hourUnits[next]))
    ) {
      clocks.push({ hour: (previous === 'to' ? value - 1 : value) % 12, at: index, ambiguous: true });
      continue;
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
        continue;
      }
    }
    // "since my wife went to bed at 8 … it's 4am": a bare hour after "at", a time of day (it also stays
    // whatever else it may be).
    if (token.value !== undefined && Number.isInteger(value) && value >= 1 && value <= 12 && previous === 'at' && endsHere && !dayUnits[next] && !hourUnits[next]) {
      clocks.push({ hour: value % 12, at: index, ambiguous: true, bare: true });
    }
    // Temperatures: with a unit, or a plausible reading in a message about temperature.
    const fahrenheitUnit = next === 'f' || next === 'fahrenheit' || (next === '°' && afterNext === 'f') || ((next === 'degrees' || next === 'degree') && afterNext === 'f');
    const celsiusUnit = next === 'c' || next === 'celsius' || next === 'centigrade' || next === '°' || next === 'degrees' || next === 'degree' || next === 'deg';
    // A reading with a decimal point between 35 and 42.5 (or 95 and 108.5, Fahrenheit) is a temperature even
    // with no word for it ("she's been 39.1", "rechecked and it's still 100.6").
    const decimalReading = /\./.test(token.word) && ((value >= 35 && value <= 42.5) || (value >= 95 && value <= 108.5)) && !dayUnits[next] && !hourUnits[next] && next !== 'kg' && next !== '%';
    if (token.value !== undefined && (fahrenheitUnit || celsiusUnit || decimalReading || near(index, 12, temperatureWords)) && !notAReading(tokens, index, fahrenheitUnit || celsiusUnit)) {
      const fahrenheit = fahrenheitUnit || (!celsiusUnit && value >= 90 && value <= 110);
      const celsius = fahrenheit ? ((value - 32) * 5) / 9 : value;
      // Below 33 °C is usually a room or a bath ("it's 30 degrees in the flat"), but a reading from 30 told
      // as a temperature ("temp is 32.5") or in a message about a baby, with no room word near, is a body:
      // RED-FLAGS.md has below 36 °C as an emergency.
      const toldAsBody = tokens.slice(Math.max(0, index - 3), index).some((other) => bodyReadingWords.has(other.word)) || near(index, 12, babyWords);
      const bodyReading = celsius >= 30 && toldAsBody && !near(index, 5, roomWords);
      // The weather, told as the place right after the reading ("35 degrees out", "38c outside") or as "it's …
      // here": RED-FLAGS.md's below 36 °C is a body's, and a hot day is no baby's temperature.
      const unitEnd = index + 1 + shift + (fahrenheitUnit || celsiusUnit ? ((next === '°' || next === 'degrees' || next === 'degree') && (afterNext === 'c' || afterNext === 'f') ? 2 : 1) : 0);
      const placeAfter = word(unitEnd);
      const itIs = (previous === 'is' || previous === 's') && word(index - 2) === 'it';
      const weather = (weatherAfter.has(placeAfter) && word(unitEnd + 1) !== 'of') || (itIs && placeAfter === 'here');
      if ((celsius >= 33 || bodyReading) && celsius <= 45 && !weather && !(next === '%' || dayUnits[next] || hourUnits[next])) {
        quantities.push({ kind: 'temperature', value: Math.round(celsius * 100) / 100, at: index });
        continue;
      }
    }
    if (next === '%' || next === 'percent' || (next === 'per' && afterNext === 'cent')) {
      quantities.push({ kind: 'percent', value, at: index });
      continue;
    }
    // Breaths a minute: "60 breaths a minute", "sixty five a minute", "65 per min".
    const perMinute = (first: string, second: string) => (first === 'a' || first === 'per' || first === 'every' || first === 'in' || first === '1') && (second === 'minute' || second === 'min');
    // A count over part of a minute, scaled to a minute: "i counted 35 in 30 seconds", "36 in half a minute",
    // "18 breaths in 15 secs". A count in seconds is breaths unless a heartbeat or contraction is named near.
    const countWord = next === 'breaths' || next === 'breath' || next === 'times' ? 1 : 0;
    const seconds = token.value !== undefined ? secondsCounted(tokens, index + 1 + countWord) : undefined;
    if (seconds !== undefined && (countWord === 1 || !near(index, 8, notBreathCounts))) {
      quantities.push({ kind: 'breaths', value: Math.round((value * 60) / seconds), at: index });
      continue;
    }
    if ((next === 'breaths' || next === 'breath' || next === 'bpm') || perMinute(next, afterNext) || ((next === 'breaths' || next === 'times') && perMinute(afterNext, word(index + 3)))) {
      quantities.push({ kind: 'breaths', value, at: index });
      continue;
    }
    const rate = breathRateTold(tokens, index);
    if (rate !== undefined) {
      quantities.push({ kind: 'breaths', value: rate, at: index });
      continue;
    }
    // How long something lasted in seconds ("stops for like 5 seconds"): a rule's normal_when reads it (a
    // pause in breathing under 10 seconds with good colour).
    if (/^(seconds|second|secs|sec)$/.test(next)) {
      quantities.push({ kind: 'seconds', value, at: index });
      continue;
    }
    const hourUnit = hourUnits[next];
    if (hourUnit !== undefined && illnessNames.has(afterNext)) continue;
    if (hourUnit !== undefined) {
      if (afterNext === 'old') setAge((value * hourUnit) / 24, 3);
      else {
        // "48 hours after birth", "72 hours pp": the baby's age, and still a number of hours.
        // "born six hours ago" too.
        const bornAgo = afterNext === 'ago' && tokens.slice(Math.max(0, index - 4), index).some((other) => sinceBirthWords.has(other.word));
        const sinceBirth = bornAgo || afterNext === 'pp' || afterNext === 'postpartum' || ((afterNext === 'after' || afterNext === 'since' || afterNext === 'from') && tokens.slice(index + 3 + shift, index + 6 + shift).some((other) => sinceBirthWords.has(other.word)));
        if (sinceBirth) setAge((value * hourUnit) / 24, 3);
        quantities.push({ kind: 'hours', value: value * hourUnit, at: index });
      }
      continue;
    }
    // "birth weight 3.65, day 6": a day word across a comma with its own number after it is that number's.
    const unitOfNext = (token.clauseEnd || token.sentenceEnd) && tokens[index + 2]?.value !== undefined;
    const dayUnit = unitOfNext ? undefined : dayUnits[next];
    if (dayUnit !== undefined) {
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
        index += 3;
        const combined = bornAt ? 'gestation' : readDayUnit(tokens, index);
        if (combined === 'gestation') continue;
        if (combined === 'age') setAge(days, 3);
        else if (combined === 'age-weak' && ageLead.has(previous) && !durationBefore.has(previous) && !durationBefore.has(word(index - 5))) setAge(days, 1);
        else quantities.push({ kind: 'days', value: days, at: index });
        continue;
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
        if (ownPregnancy || afterNext === 'pregnant') pregnancyTold = true;
        continue;
      }
      // "at the 2 week check", "the 2 week weigh": the age at a visit.
      if (visitWords.has(afterNext)) {
        setAge(days, 1);
        continue;
      }
      if (old) setAge(days, 3);
      else if (leadsAge && !durationBefore.has(word(index - 2))) setAge(days, 1);
      // "four and a half months, snotty nose": an age the message opens with.
      else if (index === 0 && (token.sentenceEnd || token.clauseEnd || tokens[index + 1 + shift]?.clauseEnd)) setAge(days, 1);
      // "…, 3 weeks", "he's yellow. 16 days.": a clause of the number and its unit alone, after the story, is how
      // old the baby is, the way parents sign off; it may still be how long something has lasted ("crying every
      // evening, 3 weeks"), so the days are kept too.
      else if (standsAlone(tokens, index, index + 1 + shift)) {
        setAge(days, 1);
        quantities.push({ kind: 'days', value: days, at: index });
      } else quantities.push({ kind: 'days', value: days, at: index });
      continue;
    }
    // An amount lost: "lost 350 grams", "down 10 oz" (a share of the birth weight, see weightDrop).
    const loss = amountLost(tokens, index, value, next);
    if (loss) {
      lost = loss;
      continue;
    }
    // Weights: "3.5 kg", "7lb 8oz", "3500g", "7 pounds 2 ounces".
    const told = weightInGrams(tokens, index) ?? bareKilograms(tokens, index, weights);
    const bareBirth = told || weights.length > 0 ? undefined : bareBirthKilograms(tokens, index);
    const grams = told ?? bareBirth;
    // A bare birth weight makes the bare weights told before it weights too: "weighs 3.2 now, was 3.65 at birth".
    if (bareBirth) weights.push(...bareWeightsBefore(tokens, index));
    if (grams) {
      weights.push({ grams: grams.grams, at: index, end: grams.end });
      index = grams.end - 1;
      continue;
    }
    // Counts of nappies and feeds: "only 2 wet nappies", "two wet diapers", "fed 5 times".
    const window = [next, afterNext, word(index + 3)];
    // "feeding every 2 and a half, 7 wet nappies": a number after "every" is how often, not a count; nor is an
    // amount of milk ("guzzled 4oz, wet nappy, all good").
    if (token.value !== undefined && value < 30 && previous !== 'every' && !volumeUnits.has(next)) {
      const perDay = next === 'today' || (/^(a|per)$/.test(next) && afterNext === 'day');
      if (
        (window.slice(0, 2).some((other) => wetWords.has(other)) && !wetNotNappy.has(next === 'wet' ? afterNext : word(index + 3 + shift))) ||
        (nappyWords.has(next) && near(index, 4, wetWords)) ||
        // "from loads of wet nappies to about four a day".
        (perDay && tokens.slice(Math.max(0, index - 8), index).some((other) => wetWords.has(other.word)) && !tokens.slice(Math.max(0, index - 8), index).some((other) => dirtyWords.has(other.word) || /^poo/.test(other.word)))
      ) {
        // "5 wet nappies by lunchtime": half a day's count, read against the day's minimum as twice as many.
        const byMidday = tokens.slice(index + 1, index + 6).some((other, offset) => other.word === 'by' && middayWords.has(word(index + 2 + offset)));
        quantities.push((lastCount = { kind: 'wet_nappies', value: byMidday ? value * 2 : value, at: index }));
      } else if (
        lastCount &&
        // "… 6+ wet nappies by the end of the first week, we're on day 7 and i've only counted 3 today": a count
        // told as counted refers back further.
        (index - lastCount.at <= 10 || (previous === 'counted' && index - lastCount.at <= 24)) &&
        /^(had|has|only|just|done|got|counted)$/.test(previous) &&
        !dayUnits[next] &&
        !hourUnits[next] &&
        next !== 'times' &&
        // "8 wet nappies but only one poo a day": a count that names its own kind is that kind, not the last one's.
        !(lastCount.kind === 'wet_nappies' && window.slice(0, 2).some((other) => dirtyWords.has(other))) &&
        !(lastCount.kind === 'dirty_nappies' && window.slice(0, 2).some((other) => wetWords.has(other)))
      ) {
        // The same count told again for another baby or day: "twin 1 had 6 wet nappies, twin 2 only had 3"; but a
        // count goes with the nappies named nearest before it: "4 wet nappies. as for poo, he's had 3 today".
        // Searched from past the last count's own words ("6 wet nappies": number, kind, noun), so its own kind
        // word does not answer for this count.
        const kind = nearestNappyKind(tokens, lastCount.at + 3, index) ?? lastCount.kind;
        quantities.push({ kind, value, at: index });
      } else if (
        window.some((other) => dirtyWords.has(other)) ||
        (nappyWords.has(next) && near(index, 4, dirtyWords)) ||
        // "about 4 a day", "that's 4 today" in a sentence about poo.
        ((next === 'today' || (/^(a|per)$/.test(next) && afterNext === 'day')) && tokens.slice(Math.max(0, index - 12), index).some((other) => dirtyWords.has(other.word) || /^poo/.test(other.word)))
      ) {
        quantities.push((lastCount = { kind: 'dirty_nappies', value, at: index }));
      } else if (
        feedWords.has(next) ||
        // "3 short feeds", "5 proper feedings": a word about the feed between.
        (feedSizeWords.has(next) && feedWords.has(afterNext)) ||
        (/^(in|a|per)$/.test(next) && /^(24|a|the|day)$/.test(afterNext) && tokens.slice(Math.max(0, index - 8), index).some((other) => /^(fed|feed|feeds|nurs|breastf)/.test(other.word))) ||
        // "fed 5 times", "only managed to get him on 5 times", "latched 4 times today".
        (next === 'times' && (tokens.slice(Math.max(0, index - 8), index).some((other) => /^(fed|feed|feeds|fe|nurs|breastf|eat|ate|latch|suckl)/.test(other.word)) || puttingOn(tokens, index))) ||
        // "only woke 4 times yesterday to feed": the wakings are the feeds (train-5 missed it as a count).
        (next === 'times' && wokeToFeed(tokens, index))
      ) {
        quantities.push({ kind: 'feeds', value, at: index });
      }
    }
  }
  const drop = weightDrop(tokens, weights, lost);
  if (drop) quantities.push({ kind: 'weight_drop', ...drop });
  // Two clock times in a message: the hours between them ("from 10pm to 5am", "since 6 this morning, it's 2pm").
  for (let later = 1; later < clocks.length; later++) {
    let hours = (clocks[later].hour - clocks[later - 1].hour + 24) % 24;
    if ((clocks[later].ambiguous || clocks[later - 1].bare) && hours > 12) hours -= 12;
    // "at bedtime at 8 … still dry at 8 this morning": a bare hour, then the same hour told as morning or
    // evening, is half a day apart (nobody tells of no time passing that way).
    if (hours === 0 && clocks[later - 1].bare && !clocks[later].ambiguous) hours = 12;
    if (hours > 0) quantities.push({ kind: 'hours', value: hours, at: clocks[later].at });
  }
  // "had her on tuesday, it's now saturday": the days between the day of birth and today.
  const birthDay = tokens.findIndex((token, index) => weekdays.includes(token.word) && tokens.slice(Math.max(0, index - 4), index).some((other) => birthBeforeWeekday.has(other.word)));
  if (birthDay >= 0) {
    current = birthDay;
    const today = tokens.findIndex((token, index) => index > birthDay && weekdays.includes(token.word) && tokens.slice(Math.max(0, index - 3), index).some((other) => other.word === 'now' || other.word === 'today' || other.word === 'its' || other.word === 'is'));
    if (today >= 0) setAge((weekdays.indexOf(tokens[today].word) - weekdays.indexOf(tokens[birthDay].word) + 7) % 7 || 7, 1);
  }
  const othersAgeDays = ages.filter((age) => someoneElses(age.at)).map((age) => age.days);
  const kept = babyAges(tokens, ages.filter((age) => !someoneElses(age.at)));
  if (kept.length === 0) {
    const toddler = toddlerAge(tokens);
    if (toddler) kept.push(toddler);
  }
  const strongest = kept.reduce<AgeMention | undefined>((best, age) => (!best || age.strength > best.strength ? age : best), undefined);
  return { quantities, ages: kept, ...(strongest && { ageDays: strongest.days, dayOfLife: strongest.day }), ...(othersAgeDays.length > 0 && { othersAgeDays }), ...(pregnancyTold && { pregnancyTold }) };
}

/** Counts in seconds that are not breaths: a pulse, contractions, kicks. */
const notBreathCounts = new Set(['heart', 'heartbeat', 'heartbeats', 'heartrate', 'pulse', 'beats', 'beat', 'contraction', 'contractions', 'kicks', 'kick', 'hiccups', 'sucks', 'swallows', 'gulps']);

const feedWords = new Set(['feeds', 'feed', 'feedings', 'feeding', 'nursings']);
/** Words people put between a count and "feeds": "3 short feeds", "4 proper feeds". */
const feedSizeWords = new Set(['short', 'proper', 'good', 'small', 'tiny', 'little', 'quick', 'full', 'real', 'decent', 'big', 'long', 'breast', 'bottle', 'actual']);

/** True when the tokens from `first` to `last` make a clause of their own, after another: ", 3 weeks" or ". 3 weeks." at the end or before a comma. */
function standsAlone(tokens: readonly TriageToken[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (!before || !(before.clauseEnd || before.sentenceEnd)) return false;
  const end = tokens[last];
  return Boolean(end) && (last === tokens.length - 1 || Boolean(end.clauseEnd || end.sentenceEnd));
}

/** The kind of nappy the last wet or dirty word in tokens from..to names ("as for poo, he's had 3"), if any. */
function nearestNappyKind(tokens: readonly TriageToken[], from: number, to: number): 'wet_nappies' | 'dirty_nappies' | undefined {
  for (let index = to - 1; index >= from; index--) {
    const word = tokens[index].word;
    if (wetWords.has(word)) return 'wet_nappies';
    // The same word sets as every other nappy count here: a prefix test also took "poorly" for poo.
    if (dirtyWords.has(word)) return 'dirty_nappies';
  }
  return undefined;
}
