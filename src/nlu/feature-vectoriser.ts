import { sparseFromMap, type SparseVector } from './sparse-vector';

/** How much each kind of feature counts; character n-grams are many, so each one counts less. */
const kindWeights: Readonly<Record<string, number>> = { w: 1, b: 0.8, c: 0.5 };

/**
 * Maps named features to indices learnt from the training phrasings, weighted by sublinear term frequency
 * and inverse document frequency, and scaled to unit length so long stories and short questions compare.
 */
export class FeatureVectoriser {
  private constructor(
    private readonly indexByFeature: ReadonlyMap<string, number>,
    private readonly weightByIndex: Float64Array,
  ) {}

  static fit(documents: readonly (readonly string[])[]): FeatureVectoriser {
    const documentFrequency = new Map<string, number>();
    for (const features of documents) {
      for (const feature of new Set(features)) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    }
    const indexByFeature = new Map<string, number>();
    const weights: number[] = [];
    for (const [feature, frequency] of [...documentFrequency].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      indexByFeature.set(feature, weights.length);
      const idf = Math.log((documents.length + 1) / (frequency + 1)) + 1;
      weights.push(idf * (kindWeights[feature[0]] ?? 1));
    }
    return new FeatureVectoriser(indexByFeature, Float64Array.from(weights));
  }

  get size(): number {
    return this.weightByIndex.length;
  }

  /** Features never seen in training are dropped; `known` says what share of the words were seen. */
  vectorise(features: readonly string[]): SparseVector {
    const counts = new Map<number, number>();
    for (const feature of features) {
      const index = this.indexByFeature.get(feature);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    let norm = 0;
    for (const [index, count] of counts) {
      const value = (1 + Math.log(count)) * this.weightByIndex[index];
      counts.set(index, value);
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [index, value] of counts) counts.set(index, value / norm);
    return sparseFromMap(counts);
  }

  has(feature: string): boolean {
    return this.indexByFeature.has(feature);
  }
}
