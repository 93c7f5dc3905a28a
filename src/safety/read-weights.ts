import type { TriageToken } from './triage-tokens';
import { isUnitAfterNumber } from './unit-after-number';

// Weights and amounts lost, read for the weight-loss row (RED-FLAGS.md: more than 10 % of the birth weight):
// from readQuantities, which finds where a number stands and hands the weights here.

/** A weight told in the message (grams), the token it starts at and the one after it. */
export interface WeightMention {
  grams: number;
  at: number;
  end: number;
}

/** An amount said to be lost ("lost 350 grams", "down 10 oz"), in grams, and where it stands. */
export interface WeightLost {
  grams: number;
  at: number;
}

/** Units that make a number grams. */
const gramUnits = /^(g|grams|gram|gr)$/;

/** The birth weight a loss is read against when none is given (grams): a heavy baby, so the share is the least it can be. */
const heaviestBirthWeight = 4500;

/** The amount lost when the number at `index` (its value, the unit word `next` after it) is one: "lost 350 grams", "down 10 oz". */
export function amountLost(tokens: readonly TriageToken[], index: number, value: number, next: string): WeightLost | undefined {
  const lostUnit =
    gramUnits.test(next)
      ? 1
      : next === 'oz' || next === 'ounces' || next === 'ounce'
        ? 28.35
        : // Pounds lost are the baby's only when the writer is not telling of her own ("i've lost 2 pounds").
          /^(lb|lbs|pound|pounds)$/.test(next) && !tokens[index + 2]?.value && !tokens.slice(Math.max(0, index - 5), index).some((other) => /^(i|im|ive|me)$/.test(other.word))
          ? 453.6
          : undefined;
  if (lostUnit === undefined || value * lostUnit >= 1000 || !tokens.slice(Math.max(0, index - 3), index).some((other) => /^(lost|losing|loss|down|dropped)$/.test(other.word))) return undefined;
  // "down from 30oz to 24oz a day": the amount it went down from, not an amount lost (s10-rf-nm: a pumped volume).
  if (tokens[index - 1]?.word === 'from') return undefined;
  // "a pound and a half" (the tokens fold "a half" into 0.5).
  const half = tokens[index + 2]?.word === 'and' && tokens[index + 3]?.value === 0.5 ? 0.5 : 0;
  return { grams: (value + half) * lostUnit, at: index };
}

/** The weight lost as a percentage of the birth weight, from the weights told or an amount lost, and where it stands. */
export function weightDrop(tokens: readonly TriageToken[], weights: readonly WeightMention[], lost: WeightLost | undefined): { value: number; at: number } | undefined {
  const word = (index: number) => tokens[index]?.word ?? '';
  // A weight then a lower one: "3.5 kg to 3.1 kg", "born 7lb 8oz, now 6lb 12oz".
  if (weights.length >= 2) {
    // The birth weight is the one told with "born" or "birth" beside it in its own clause: "now 3.28kg, born
    // 3.39kg", "3.4kg born, 3.05kg on day 5", "2.9kg, birth weight was 3.3kg" (issue 11, train-15: a weight
    // before a comma is not the birth the next clause names). Else the weight it went from, else the first.
    const marked = birthWeightIndex(tokens, weights);
    // "down to 6lb 10oz from 7lb 6oz": with no birth named, the weight it went from.
    const from = () => weights.findIndex((weight) => word(weight.at - 1) === 'from');
    const birthIndex = marked >= 0 ? marked : from();
    const first = weights[Math.max(0, birthIndex)];
    const rest = weights.filter((weight) => weight !== first);
    const lowest = rest.reduce((low, weight) => (weight.grams < low.grams ? weight : low), rest[0]);
    if (first.grams > lowest.grams && first.grams >= 1500 && lowest.grams >= 1000) {
      return { value: Math.round((1000 * (first.grams - lowest.grams)) / first.grams) / 10, at: lowest.at };
    }
  }
  // "dropped nearly 2 pounds since we came home", with no weight given: a loss of 450 g or more is 10 % of a
  // baby of up to 4.5 kg at birth (few are heavier), so it is read as a share of 4.5 kg: when unsure, escalate.
  if (lost && weights.length === 0 && lost.grams >= 450) return { value: Math.round((1000 * lost.grams) / heaviestBirthWeight) / 10, at: lost.at };
  // "lost 350 grams … she was 3.3 kg at birth": the loss as a share of the weight given.
  if (lost && weights.length > 0) {
    const birth = weights.find((weight) => weight.grams >= 1500) ?? weights[0];
    if (birth.grams >= 1500) return { value: Math.round((1000 * lost.grams) / birth.grams) / 10, at: lost.at };
  }
  return undefined;
}

/** Words that name the birth beside a weight: "born 3.4kg", "3.4kg at birth", "birth weight 3.4kg", "BW 3.3" (forums' short form). */
const birthWords = /^(born|birth|birthweight|bw)$/;
/** How far (in tokens) a birth word may stand from the weight it names: "when he was born 3.39kg", "3.4kg when born". */
const birthReach = 3;
/** Words that start the next part of a story between a birth word and a later weight: "at birth and 3.5kg". */
const turnWords = /^(and|but|then|now|today|to)$/;

/**
 * The weight a birth word names ("born", "birth", "birthweight"), or -1: each such word goes to the nearest weight
 * within `birthReach` tokens in the same clause (none across a comma or a full stop); at the same distance the
 * weight before it ("3.9kg at birth and 3.5kg"), else the nearer ("3.28kg when he was born 3.39kg"); the first birth word that names one wins.
 */
function birthWeightIndex(tokens: readonly TriageToken[], weights: readonly WeightMention[]): number {
  const endsClause = (index: number) => Boolean(tokens[index]?.clauseEnd || tokens[index]?.sentenceEnd);
  const unbroken = (from: number, to: number) => {
    for (let index = from; index <= to; index++) if (endsClause(index)) return false;
    return true;
  };
  for (let marker = 0; marker < tokens.length; marker++) {
    if (!birthWords.test(tokens[marker].word)) continue;
    const namesNext = tokens[marker].word === 'birthweight' || tokens[marker + 1]?.word === 'weight';
    let best = -1;
    let bestDistance = Infinity;
    weights.forEach((weight, index) => {
      // A weight after the word: the words from it up to the weight stay in one clause, with no "and" or "now"
      // starting another ("3.9kg at birth and 3.5kg at his day 5 check").
      const after =
        weight.at > marker && weight.at - marker - 1 < birthReach && unbroken(marker, weight.at - 1) && !tokens.slice(marker + 1, weight.at).some((other) => turnWords.test(other.word))
          ? weight.at - marker - 0.5
          : Infinity;
      // A weight before the word: from the weight's last token up to the word, one clause; at the same distance it
      // wins ("3.9kg at birth and 3.5kg": "at" and "and" are one word each); not across an "and" ("7lb 1oz and his
      // birth weight was 7lb 14oz").
      // "Birth weight" names the weight after it ("4.1kg against a birth weight of 4.35"), so one after it wins.
      const before =
        weight.end <= marker && marker - weight.end <= birthReach && unbroken(weight.end - 1, marker - 1) && !tokens.slice(weight.end, marker).some((other) => turnWords.test(other.word))
          ? marker - weight.end + (namesNext ? birthReach : 0)
          : Infinity;
      const distance = Math.min(after, before);
      if (distance < bestDistance) {
        best = index;
        bestDistance = distance;
      }
    });
    if (best >= 0) return best;
  }
  return -1;
}

/**
 * "weighed 3.9 at birth, 3.45 on day 5", "birth weight was 3.4, …": a bare number in kilogram range told as the
 * birth weight, with no unit after it (a unit would make it something else: "born 3.5 hours ago"). A later bare
 * number is then read by bareKilograms; the share lost is the same whatever the unit both were told in.
 */
export function bareBirthKilograms(tokens: readonly TriageToken[], index: number): { grams: number; end: number } | undefined {
  const value = tokens[index].value;
  if (value === undefined || !/\./.test(tokens[index].word) || value < 1.5 || value > 6) return undefined;
  const word = (at: number) => tokens[at]?.word ?? '';
  const clauseEnds = Boolean(tokens[index].clauseEnd || tokens[index].sentenceEnd) || index === tokens.length - 1;
  const unitless = clauseEnds || /^(and|but|now|then|on|at|when|born|birthweight|so)$/.test(word(index + 1));
  if (!unitless) return undefined;
  const birthAfter = (word(index + 1) === 'at' && word(index + 2) === 'birth') || word(index + 1) === 'born' || word(index + 1) === 'birthweight' || (word(index + 1) === 'when' && (word(index + 2) === 'born' || word(index + 4) === 'born'));
  // "birth weight was 3.4", "birthweight of 3.4", and told without a verb: "birth weight 3.4, now 3.05".
  const birthBefore =
    !tokens[index - 1]?.clauseEnd &&
    (birthWords.test(word(index - 1)) ||
      (/^(was|of|is)$/.test(word(index - 1)) && /^(weight|birthweight|born)$/.test(word(index - 2))) ||
      (word(index - 1) === 'weight' && birthWords.test(word(index - 2))));
  return birthAfter || birthBefore ? { grams: value * 1000, end: index + 1 } : undefined;
}

/** A unit after the number at `index` in its own clause: "2.5 oz", not "3.65, day 6". */
function unitAfter(tokens: readonly TriageToken[], index: number): boolean {
  return !tokens[index].clauseEnd && !tokens[index].sentenceEnd && isUnitAfterNumber(tokens[index + 1]?.word);
}

/** Words just before a bare number that tell it as the baby's weight: "she weighs 3.2", "now 3.1", "she's 3.05". */
const weightCues = /^(weighs|weighed|weighing|weigh|weight|now|down|dropped|is)$/;

/** A weighing word, "now" or a birth word just before the number at `index`, in its sentence. */
function toldAsWeight(tokens: readonly TriageToken[], index: number): boolean {
  return [tokens[index - 1], tokens[index - 2]].some((other) => other !== undefined && !other.sentenceEnd && (weightCues.test(other.word) || birthWords.test(other.word)));
}

/**
 * "she weighs 3.2 now and was 3.65 at birth": bare numbers in kilogram range before a bare birth weight, each told
 * as a weight (a weighing word or "now" just before it) and with no unit after it; read once the birth weight
 * after them is read, since a bare number alone may be anything ("she's 3.5" is often an age in months).
 */
export function bareWeightsBefore(tokens: readonly TriageToken[], birthAt: number): WeightMention[] {
  const found: WeightMention[] = [];
  for (let index = 0; index < birthAt; index++) {
    const value = tokens[index].value;
    if (value === undefined || !/\./.test(tokens[index].word) || value < 1.5 || value > 6) continue;
    if (unitAfter(tokens, index)) continue;
    if (toldAsWeight(tokens, index)) found.push({ grams: value * 1000, at: index, end: index + 1 });
  }
  return found;
}

/** "born 4.1kg … was 3.68": a bare number in kilogram range after a weight in kilograms, with no other unit after it. */
export function bareKilograms(tokens: readonly TriageToken[], index: number, weights: readonly WeightMention[]): { grams: number; end: number } | undefined {
  const value = tokens[index].value;
  if (value === undefined || weights.length === 0 || !/\./.test(tokens[index].word) || value < 1.5 || value > 6) return undefined;
  // A weight told with its unit was read before this (weightInGrams); any other unit is no weight ("2.5 oz a session"),
  // but for a number told as a weight, a unit after a comma starts the next clause ("birth weight 3.65, day 6";
  // not "fed 2.5, day 5").
  if (toldAsWeight(tokens, index) ? unitAfter(tokens, index) : isUnitAfterNumber(tokens[index + 1]?.word)) return undefined;
  if (weights[0].grams < 1500 || weights[0].grams > 6000) return undefined;
  return { grams: value * 1000, end: index + 1 };
}

/** Words before a number that make it a time of day. */
const timeWords = /^(since|by|until|till|before|after|around|from|at|about)$/;

/**
 * "3650g at birth, 3260 on day 4": a bare whole number in grams range after a weight told in grams, with no unit
 * after it. Not a year ("born in 2024") nor a time of day ("since 1200"), which stand in that range too.
 */
export function bareGrams(tokens: readonly TriageToken[], index: number, weights: readonly WeightMention[]): { grams: number; end: number } | undefined {
  const value = tokens[index].value;
  if (value === undefined || !Number.isInteger(value) || /\./.test(tokens[index].word) || value < 1500 || value > 6000 || (value >= 1900 && value <= 2100)) return undefined;
  // A time of day told in figures ("since 1200", "by 1800") is no weight.
  if (timeWords.test(tokens[index - 1]?.word ?? '')) return undefined;
  if (!weights.some((weight) => weight.end === weight.at + 2 && gramUnits.test(tokens[weight.at + 1]?.word ?? ''))) return undefined;
  if (isUnitAfterNumber(tokens[index + 1]?.word)) return undefined;
  return { grams: value, end: index + 1 };
}

export function weightInGrams(tokens: readonly TriageToken[], index: number): { grams: number; end: number } | undefined {
  const value = tokens[index].value;
  const unit = tokens[index + 1]?.word;
  if (value === undefined || unit === undefined) return undefined;
  if (unit === 'kg' || unit === 'kgs' || unit === 'kilos' || unit === 'kilo') {
    // "3kg 150g": kilograms and grams.
    const extra = tokens[index + 2]?.value;
    if (extra !== undefined && extra < 1000 && gramUnits.test(tokens[index + 3]?.word ?? '')) return { grams: value * 1000 + extra, end: index + 4 };
    return { grams: value * 1000, end: index + 2 };
  }
  // "down from 3.4 to 3.0 kilos": the unit told once, after the second number.
  if (unit === 'to' && /\./.test(tokens[index].word) && value >= 1.5 && value <= 6 && /^(kg|kgs|kilos|kilo)$/.test(tokens[index + 3]?.word ?? '') && tokens[index + 2]?.value !== undefined) {
    return { grams: value * 1000, end: index + 1 };
  }
  if ((unit === 'g' || unit === 'grams' || unit === 'gram') && value >= 1000) return { grams: value, end: index + 2 };
  if (unit === 'lb' || unit === 'lbs' || unit === 'pounds' || unit === 'pound') {
    const ounces = tokens[index + 2]?.value;
    const ounceUnit = tokens[index + 3]?.word;
    if (ounces !== undefined && (ounceUnit === 'oz' || ounceUnit === 'ounces' || ounceUnit === 'ounce')) return { grams: value * 453.6 + ounces * 28.35, end: index + 4 };
    // "eight pound two": ounces without their unit.
    if (ounces !== undefined && ounces < 16 && Number.isInteger(ounces)) return { grams: value * 453.6 + ounces * 28.35, end: index + 3 };
    return { grams: value * 453.6, end: index + 2 };
  }
  return undefined;
}
