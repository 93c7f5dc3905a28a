import type { SparseVector } from '../nlu/sparse-vector';
import { softmaxInPlace } from '../nlu/softmax-in-place';
import { trainSoftmaxWeights } from '../nlu/train-softmax-weights';

/** The learned net's weights as plain data, so a trained net can be kept on disk and read back. */
export interface NetWeightsData {
  classCount: number;
  featureCount: number;
  biases: number[];
  /** Only the features the training data had: [feature, class weights…] per row. */
  rows: [number, ...number[]][];
}

export interface NetWeightsTraining {
  epochs: number;
  /** Sparse weight decay (see trainSoftmaxWeights). */
  l2: number;
  /** How much a sample of each class counts; all 1 when not given. */
  classWeights?: Float64Array;
}

/**
 * Multinomial logistic regression (the intent classifier's training loop, src/nlu/train-softmax-weights.ts)
 * kept as the rows of the features that occur, with a plain-data form for the safety net's cache.
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

  static train(vectors: readonly SparseVector[], labels: readonly number[], classCount: number, featureCount: number, training: NetWeightsTraining): NetWeights {
    const classWeights = training.classWeights ?? new Float64Array(classCount).fill(1);
    const { weights, biases } = trainSoftmaxWeights(vectors, labels, classCount, featureCount, { epochs: training.epochs, learningRate: 0.5, l2: training.l2, classWeights, random: linearCongruential(11) });
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
    // Read once: the loop below runs for every feature and class of every message.
    const { rowOf, rows, classCount } = this;
    for (let position = 0; position < count; position++) {
      const row = rowOf[indices[position]];
      if (row === -1) continue;
      const offset = row * classCount;
      const value = values[position];
      for (let label = 0; label < classCount; label++) scores[label] += rows[offset + label] * value;
    }
    return softmaxInPlace(scores);
  }
}

/** The net's shuffle order since it was first trained: keeps the trained weights as they were. */
function linearCongruential(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
