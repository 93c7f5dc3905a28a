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
    /** The row of each feature in `rows`, or -1: most of the hashed feature space never occurs in training. */
    private readonly rowOf: Int32Array,
    /** The class weights of the features that have any, one row after another: a third of a dense table to keep in cache. */
    private readonly rows: Float64Array,
    private readonly biases: Float64Array,
  ) {}

  /** `l2` shrinks the weights of the features a sample has at each step (a sparse weight decay). */
  static train(vectors: readonly SparseVector[], labels: readonly number[], classCount: number, featureCount: number, epochs: number, l2 = 0): NetWeights {
    // Trained dense, then kept as the rows that are not all zero.
    const weights = new Float64Array(featureCount * classCount);
    const biases = new Float64Array(classCount);
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
      const decay = 1 - rate * l2;
      for (const sample of order) {
        const vector = vectors[sample];
        probabilities.set(biases);
        for (let position = 0; position < vector.indices.length; position++) {
          const offset = vector.indices[position] * classCount;
          const value = vector.values[position];
          for (let label = 0; label < classCount; label++) probabilities[label] += weights[offset + label] * value;
        }
        softmaxInPlace(probabilities);
        probabilities[labels[sample]] -= 1;
        for (let position = 0; position < vector.indices.length; position++) {
          const offset = vector.indices[position] * classCount;
          const value = vector.values[position];
          for (let label = 0; label < classCount; label++) weights[offset + label] = weights[offset + label] * decay - rate * probabilities[label] * value;
        }
        for (let label = 0; label < classCount; label++) biases[label] -= rate * probabilities[label] * 0.1;
      }
    }
    const rows: [number, ...number[]][] = [];
    for (let feature = 0; feature < featureCount; feature++) {
      const values = Array.from(weights.subarray(feature * classCount, (feature + 1) * classCount));
      if (values.some((value) => value !== 0)) rows.push([feature, ...values]);
    }
    return NetWeights.fromData({ classCount, featureCount, biases: Array.from(biases), rows });
  }

  static fromData(data: NetWeightsData): NetWeights {
    const rowOf = new Int32Array(data.featureCount).fill(-1);
    const rows = new Float64Array(data.rows.length * data.classCount);
    data.rows.forEach(([feature, ...values], row) => {
      rowOf[feature] = row;
      rows.set(values, row * data.classCount);
    });
    return new NetWeights(data.classCount, data.featureCount, rowOf, rows, Float64Array.from(data.biases));
  }

  toData(): NetWeightsData {
    const rows: [number, ...number[]][] = [];
    for (let feature = 0; feature < this.featureCount; feature++) {
      const row = this.rowOf[feature];
      if (row === -1) continue;
      const values = Array.from(this.rows.subarray(row * this.classCount, (row + 1) * this.classCount));
      if (values.some((value) => value !== 0)) rows.push([feature, ...values]);
    }
    return { classCount: this.classCount, featureCount: this.featureCount, biases: Array.from(this.biases), rows };
  }

  /**
   * The probabilities for the first `count` features of parallel id and value arrays (ids ascending). A
   * feature with no row has all-zero weights, which would add nothing: it is skipped.
   */
  probabilitiesOf(indices: ArrayLike<number>, values: ArrayLike<number>, count: number): Float64Array {
    const scores = Float64Array.from(this.biases);
    for (let position = 0; position < count; position++) {
      const row = this.rowOf[indices[position]];
      if (row === -1) continue;
      const offset = row * this.classCount;
      const value = values[position];
      for (let label = 0; label < this.classCount; label++) scores[label] += this.rows[offset + label] * value;
    }
    return softmaxInPlace(scores);
  }
}

function softmaxInPlace(scores: Float64Array): Float64Array {
  let maximum = -Infinity;
  for (const score of scores) maximum = Math.max(maximum, score);
  let total = 0;
  for (let label = 0; label < scores.length; label++) total += scores[label] = Math.exp(scores[label] - maximum);
  for (let label = 0; label < scores.length; label++) scores[label] /= total;
  return scores;
}
