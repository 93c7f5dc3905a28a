/**
 * Skip pairs: two content words with one content word between them ("milk … in" in "milk not coming in",
 * "supply … pump" in "supply drop pump"), beside the neighbouring pairs of text-features.ts. They let a
 * phrase match when parents put a word of their own in the middle of it. Off unless the weighting gives
 * them a weight (FeatureWeighting.skip).
 */

/** The feature name of a skip pair of two stems. */
export function skipPairFeature(firstStem: string, secondStem: string): string {
  return `s:${firstStem}_${secondStem}`;
}

/** The skip pairs of a message's content-word stems (in order, common words already left out). */
export function skipPairFeatures(contentStems: readonly string[]): string[] {
  const features: string[] = [];
  for (let index = 2; index < contentStems.length; index++) features.push(skipPairFeature(contentStems[index - 2], contentStems[index]));
  return features;
}
