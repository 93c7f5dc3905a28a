import type { SparseVector } from '../nlu/sparse-vector';
import { addFourScaledRows, addScaledRow } from '../nlu/add-scaled-row';
import { Float64Blocks } from '../nlu/float64-blocks';
import { softmaxInPlace } from '../nlu/softmax-in-place';
import { trainSoftmaxWeights } from '../nlu/train-softmax-weights';

/**
 * The learned net's weights as typed arrays, so a trained net can be kept on disk as raw blocks and read
 * back without parsing numbers (src/app/safety-net-file.ts).
 */
export interface NetWeightsData {
  classCount: number;
  featureCount: number;
  biases: Float64Array;
  /** Only the features with a weight that is not zero, ascending. */
  features: Int32Array;
  /** Their class weights, `classCount` per feature in the order of `features`. */
  weights: Float64Array;
}

export interface NetWeightsTraining {
  epochs: number;
  /** Sparse weight decay (see trainSoftmaxWeights). */
  l2: number;
  /** How much a sample of each class counts; all 1 when not given. */
  classWeights?: Float64Array;
  /** The shuffle's seed (11: the order the net was first trained in). */
  seed?: number;
  /**
   * How many nets, each shuffled from a seed of its own (seed, seed + 1, …), are trained and averaged. A
   * softmax regression's scores are linear in its weights, so the average of the members' weights scores a
   * message as the average of their scores: steadier verdicts for the cost of one net at run time.
   */
  members?: number;
  /** Each member's weights are the average of its last this many epochs' (see trainSoftmaxWeights). */
  averagedEpochs?: number;
  /** Each example's key for an order of its own (see trainSoftmaxWeights); a positional shuffle when not given. */
  orderKeys?: Uint32Array;
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
    const seed = training.seed ?? 11;
    const members = Math.max(1, Math.round(training.members ?? 1));
    const weights = new Float64Array(featureCount * classCount);
    const biases = new Float64Array(classCount);
    for (let member = 0; member < members; member++) {
      const trained = trainSoftmaxWeights(vectors, labels, classCount, featureCount, { epochs: training.epochs, learningRate: 0.5, l2: training.l2, classWeights, random: linearCongruential(seed + member), averagedEpochs: training.averagedEpochs, orderKeys: training.orderKeys });
      if (members === 1) {
        weights.set(trained.weights);
        biases.set(trained.biases);
        break;
      }
      for (let position = 0; position < weights.length; position++) weights[position] += trained.weights[position] / members;
      for (let label = 0; label < classCount; label++) biases[label] += trained.biases[label] / members;
    }
    const dense = new NetWeights(classCount, featureCount, Int32Array.from({ length: featureCount }, (_, feature) => feature), weights, biases);
    return NetWeights.fromData(dense.toData());
  }

  /** Weights kept as they are given (the arrays are not copied: the caller hands them over). */
  static fromData(data: NetWeightsData): NetWeights {
    const { classCount, featureCount, features, weights, biases } = data;
    if (weights.length !== features.length * classCount || biases.length !== classCount) throw new Error(`net weights do not fit: ${features.length} features × ${classCount} classes, ${weights.length} weights, ${biases.length} biases`);
    const rowOf = new Int32Array(featureCount).fill(-1);
    for (let row = 0; row < features.length; row++) {
      const feature = features[row];
      if (!(feature >= 0 && feature < featureCount)) throw new Error(`net weights name feature ${feature}, outside 0…${featureCount - 1}`);
      rowOf[feature] = row;
    }
    return new NetWeights(classCount, featureCount, rowOf, weights, biases);
  }

  /** The rows of the features with any weight that is not zero, ascending, as new arrays. */
  toData(): NetWeightsData {
    const { classCount, featureCount, rowOf, rows } = this;
    const kept: number[] = [];
    for (let feature = 0; feature < featureCount; feature++) {
      const row = rowOf[feature];
      if (row === -1) continue;
      for (let label = 0; label < classCount; label++) {
        if (rows[row * classCount + label] !== 0) {
          kept.push(feature);
          break;
        }
      }
    }
    const weights = new Float64Array(kept.length * classCount);
    kept.forEach((feature, position) => weights.set(rows.subarray(rowOf[feature] * classCount, (rowOf[feature] + 1) * classCount), position * classCount));
    return { classCount, featureCount, biases: Float64Array.from(this.biases), features: Int32Array.from(kept), weights };
  }

  /**
   * The probabilities for the first `count` features of parallel id and value arrays (ids ascending). A
   * feature with no row has all-zero weights, which would add nothing: it is skipped.
   */
  probabilitiesOf(indices: ArrayLike<number>, values: ArrayLike<number>, count: number): Float64Array {
    // Read once: the loops below run for every feature and class of every message.
    const { rowOf, rows, classCount, biases } = this;
    // The verdict keeps this array: a view on a shared block, not a copy with a backing store of its own
    // (see Float64Blocks: biases.slice() cost more than all the rows' sums below).
    const scores = this.verdictArrays.take(classCount);
    for (let label = 0; label < classCount; label++) scores[label] = biases[label];
    if (this.offsetsOfMessage.length < count) {
      this.offsetsOfMessage = new Int32Array(Math.max(count, 2 * this.offsetsOfMessage.length));
      this.valuesOfMessage = new Float64Array(this.offsetsOfMessage.length);
    }
    const { offsetsOfMessage, valuesOfMessage } = this;
    // Every feature's row looked up first, then the rows read: in a turn the other steps have pushed both
    // tables out of the cache, and look-ups that do not wait for one another's rows are fetched together
    // (this took a third off the scoring's time in whole turns). The same sums in the same order.
    let found = 0;
    for (let position = 0; position < count; position++) {
      const row = rowOf[indices[position]];
      if (row === -1) continue;
      offsetsOfMessage[found] = row * classCount;
      valuesOfMessage[found] = values[position];
      found++;
    }
    // Four rows at a time: each class's four additions written left to right are the same additions in the
    // same order as four passes of one row, with a quarter of the reads and writes of the class's sum.
    let position = 0;
    for (; position + 3 < found; position += 4) {
      addFourScaledRows(
        scores,
        rows,
        classCount,
        offsetsOfMessage[position],
        valuesOfMessage[position],
        offsetsOfMessage[position + 1],
        valuesOfMessage[position + 1],
        offsetsOfMessage[position + 2],
        valuesOfMessage[position + 2],
        offsetsOfMessage[position + 3],
        valuesOfMessage[position + 3],
      );
    }
    for (; position < found; position++) addScaledRow(scores, rows, offsetsOfMessage[position], classCount, valuesOfMessage[position]);
    return softmaxInPlace(scores);
  }

  /**
   * Where the row of each feature of the message being scored starts, and the feature's value (features
   * without a row left out), reused from message to message (grown for a longer one).
   */
  private offsetsOfMessage = new Int32Array(256);
  private valuesOfMessage = new Float64Array(256);

  /** Where each message's probabilities are made. */
  private readonly verdictArrays = new Float64Blocks();
}

/** The net's shuffle order since it was first trained: keeps the trained weights as they were. */
function linearCongruential(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
