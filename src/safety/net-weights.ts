import type { SparseVector } from '../nlu/sparse-vector';

/** The learned net's weights as plain data, so a trained net can be kept on disk and read back. */
export interface NetWeightsData {
  classCount: number;
  featureCount: number;
  biases: number[];
  /** Only the features the training data had: [feature, class weights…] per row. */
  rows: [number, ...number[]][];
}

/**
 * Multinomial logistic regression trained by seeded stochastic gradient descent, the same method as the
 * intent classifier's, kept here with a plain-data form for the safety net's cache.
 */
export class NetWeights {
  private constructor(
    readonly classCount: number,
    readonly featureCount: number,
    private readonly weights: Float64Array,
    private readonly biases: Float64Array,
  ) {}

  static train(vectors: readonly SparseVector[], labels: readonly number[], classCount: number, featureCount: number, epochs: number): NetWeights {
    const model = new NetWeights(classCount, featureCount, new Float64Array(featureCount * classCount), new Float64Array(classCount));
    const order = vectors.map((_, index) => index);
    let state = 11;
    const random = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 4294967296;
    };
    const probabilities = new Float64Array(classCount);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let index = order.length - 1; index > 0; index--) {
        const other = Math.floor(random() * (index + 1));
        [order[index], order[other]] = [order[other], order[index]];
      }
      const rate = 0.5 / (1 + epoch * 0.2);
      for (const sample of order) {
        const vector = vectors[sample];
        model.probabilitiesInto(vector, probabilities);
        probabilities[labels[sample]] -= 1;
        for (let position = 0; position < vector.indices.length; position++) {
          const offset = vector.indices[position] * classCount;
          const value = vector.values[position];
          for (let label = 0; label < classCount; label++) model.weights[offset + label] -= rate * probabilities[label] * value;
        }
        for (let label = 0; label < classCount; label++) model.biases[label] -= rate * probabilities[label] * 0.1;
      }
    }
    return model;
  }

  static fromData(data: NetWeightsData): NetWeights {
    const weights = new Float64Array(data.featureCount * data.classCount);
    for (const [feature, ...values] of data.rows) weights.set(values, feature * data.classCount);
    return new NetWeights(data.classCount, data.featureCount, weights, Float64Array.from(data.biases));
  }

  toData(): NetWeightsData {
    const rows: [number, ...number[]][] = [];
    for (let feature = 0; feature < this.featureCount; feature++) {
      const values = Array.from(this.weights.subarray(feature * this.classCount, (feature + 1) * this.classCount));
      if (values.some((value) => value !== 0)) rows.push([feature, ...values]);
    }
    return { classCount: this.classCount, featureCount: this.featureCount, biases: Array.from(this.biases), rows };
  }

  /** The probabilities for the first `count` features of parallel id and value arrays (ids ascending). */
  probabilitiesOf(indices: ArrayLike<number>, values: ArrayLike<number>, count: number): Float64Array {
    return this.probabilitiesInto({ indices, values, count }, new Float64Array(this.classCount));
  }

  private probabilitiesInto(vector: SparseVector | { indices: ArrayLike<number>; values: ArrayLike<number>; count: number }, scores: Float64Array): Float64Array {
    const count = 'count' in vector ? vector.count : vector.indices.length;
    scores.set(this.biases);
    for (let position = 0; position < count; position++) {
      const offset = vector.indices[position] * this.classCount;
      const value = vector.values[position];
      for (let label = 0; label < this.classCount; label++) scores[label] += this.weights[offset + label] * value;
    }
    let maximum = -Infinity;
    for (const score of scores) maximum = Math.max(maximum, score);
    let total = 0;
    for (let label = 0; label < scores.length; label++) total += scores[label] = Math.exp(scores[label] - maximum);
    for (let label = 0; label < scores.length; label++) scores[label] /= total;
    return scores;
  }
}
