import type { NumberAt, QuantityReading } from './quantity-reading';
import { amountLost, bareBirthKilograms, bareGrams, bareKilograms, bareWeightsBefore, weightInGrams } from './read-weights';

/**
 * Reads an amount lost or a weight, kept for the weight drop worked out once every number is read. Returns the
 * last token read ("7lb 8oz" reads on to the 8oz), or undefined when the number is neither.
 */
export function readWeight(reading: QuantityReading, number: NumberAt): number | undefined {
  const { tokens, weights } = reading;
  const { index, value, next } = number;
  // An amount lost: "lost 350 grams", "down 10 oz" (a share of the birth weight, see weightDrop).
  const loss = amountLost(tokens, index, value, next);
  if (loss) {
    reading.lost = loss;
    return index;
  }
  // Weights: "3.5 kg", "7lb 8oz", "3500g", "7 pounds 2 ounces", and bare numbers after one in the same unit.
  const told = weightInGrams(tokens, index) ?? bareKilograms(tokens, index, weights) ?? bareGrams(tokens, index, weights);
  const bareBirth = told || weights.length > 0 ? undefined : bareBirthKilograms(tokens, index);
  const grams = told ?? bareBirth;
  // A bare birth weight makes the bare weights told before it weights too: "weighs 3.2 now, was 3.65 at birth".
  if (bareBirth) weights.push(...bareWeightsBefore(tokens, index));
  if (grams) {
    weights.push({ grams: grams.grams, at: index, end: grams.end });
    return grams.end - 1;
  }
  return undefined;
}
