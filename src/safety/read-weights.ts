import type { TriageToken } from './triage-tokens';

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

/** The birth weight a loss is read against when none is given (grams): a heavy baby, so the share is the least it can be. */
const heaviestBirthWeight = 4500;

/** The amount lost when the number at `index` (its value, the unit word `next` after it) is one: "lost 350 grams", "down 10 oz". */
export function amountLost(tokens: readonly TriageToken[], index: number, value: number, next: string): WeightLost | undefined {
  const lostUnit =
    next === 'g' || next === 'grams' || next === 'gram' || next === 'gr'
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
    // The birth weight is the one told with "born" or "birth" beside it ("now 3.28kg, born 3.39kg"), else the first.
    const toldBefore = weights.findIndex((weight) => tokens.slice(Math.max(0, weight.at - 3), weight.at).some((other) => /^(born|birth|birthweight)$/.test(other.word)) || /^(birth|birthweight)$/.test(word(weight.end)) || (word(weight.end) === 'at' && word(weight.end + 1) === 'birth'));
    // "he weighed 6lb 11oz and he was 7lb 9oz when he was born": the birth told just after the weight, in its clause.
    const toldAfter = () =>
      weights.findIndex((weight) => {
        const after = tokens.slice(weight.end, weight.end + 4);
        const clause = after.findIndex((other) => other.clauseEnd || other.sentenceEnd);
        return (clause < 0 ? after : after.slice(0, clause + 1)).some((other) => other.word === 'born') && ['when', 'at', 'the'].includes(word(weight.end));
      });
    // "down to 6lb 10oz from 7lb 6oz": with no birth named, the weight it went from.
    const from = () => weights.findIndex((weight) => word(weight.at - 1) === 'from');
    // A weight told right before "when born" is the birth weight, before any "born" a few words before a later
    // weight, which is often that same "when born" ("7lb when born, 6lb 3oz on day 4", train-8).
    const after = toldAfter();
    const birthIndex = after >= 0 && (toldBefore < 0 || after < toldBefore) ? after : toldBefore >= 0 ? toldBefore : from();
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

/** "born 4.1kg … was 3.68": a bare number in kilogram range after a weight in kilograms. */
export function bareKilograms(tokens: readonly TriageToken[], index: number, weights: readonly WeightMention[]): { grams: number; end: number } | undefined {
  const value = tokens[index].value;
  if (value === undefined || weights.length === 0 || !/\./.test(tokens[index].word) || value < 1.5 || value > 6) return undefined;
  if (weights[0].grams < 1500 || weights[0].grams > 6000) return undefined;
  return { grams: value * 1000, end: index + 1 };
}

export function weightInGrams(tokens: readonly TriageToken[], index: number): { grams: number; end: number } | undefined {
  const value = tokens[index].value;
  const unit = tokens[index + 1]?.word;
  if (value === undefined || unit === undefined) return undefined;
  if (unit === 'kg' || unit === 'kgs' || unit === 'kilos' || unit === 'kilo') {
    // "3kg 150g": kilograms and grams.
    const extra = tokens[index + 2]?.value;
    if (extra !== undefined && extra < 1000 && /^(g|grams|gram|gr)$/.test(tokens[index + 3]?.word ?? '')) return { grams: value * 1000 + extra, end: index + 4 };
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
