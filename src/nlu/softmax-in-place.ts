/** Scores to probabilities in place: exp((score - max) / temperature), normalised. Returns `scores`. */
export function softmaxInPlace(scores: Float64Array, temperature = 1): Float64Array {
  let maximum = -Infinity;
  for (let index = 0; index < scores.length; index++) if (scores[index] > maximum) maximum = scores[index];
  let total = 0;
  for (let index = 0; index < scores.length; index++) {
    scores[index] = Math.exp((scores[index] - maximum) / temperature);
    total += scores[index];
  }
  for (let index = 0; index < scores.length; index++) scores[index] /= total;
  return scores;
}
