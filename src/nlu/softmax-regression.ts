import { seededRandom } from './seeded-random';
import { softmaxInPlace } from './softmax-in-place';
import type { SparseVector } from './sparse-vector';
import { trainSoftmaxWeights } from './train-softmax-weights';

export interface SoftmaxTrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * 0 trains every phrasing with the same weight; 1 weights each by the inverse of its intent's share, so
   * an intent with many phrasings does not pull uncertain messages towards itself. Values between blend.
   */
  classBalance: number;
  /**
   * Weights smaller than this are dropped after training: about nine in ten of them. On the development
   * split of the corpus this changed no answer's rightness (npm run bench:models, chosen-prune-0.1), and
   * scoring a message reads a tenth of the weights.
   */
  pruneBelow: number;
  /** Weight decay scaled by each phrasing's weight (see trainSoftmaxWeights); absent is false. */
  decayByWeight?: boolean;
}

export const defaultSoftmaxTraining: SoftmaxTrainingOptions = { epochs: 30, learningRate: 1, l2: 1e-4, seed: 7, classBalance: 0, pruneBelow: 0.1 };

/** What a trained softmax regression is made of, for the compiled model. */
export interface SoftmaxParameters {
  classCount: number;
  /**
   * Sparse rows, one per feature: the weights of feature f are at rowStarts[f] … rowStarts[f + 1] of
   * `classes` (which class) and `weights` (how much), in Float32.
   */
  rowStarts: Int32Array;
  classes: Int32Array;
  weights: Float32Array;
  biases: Float32Array;
  temperature: number;
}

/**
 * Multinomial logistic regression over sparse features, trained by stochastic gradient descent with a
 * seeded shuffle so the same content always gives the same model. Scores become probabilities through a
 * softmax whose temperature is calibrated on held-out phrasings. Weights are kept as sparse Float32 rows,
 * one per feature, so scoring a message reads one short contiguous block per feature it has.
 */
export class SoftmaxRegression {
  /** The class of each weight in one byte when there are few enough classes: a quarter of the memory to read per message. */
  private readonly classBytes: Uint8Array | Int32Array;

  private constructor(private readonly parameters: SoftmaxParameters) {
    this.classBytes = parameters.classCount <= 256 ? Uint8Array.from(parameters.classes) : parameters.classes;
  }

  static fromParameters(parameters: SoftmaxParameters): SoftmaxRegression {
    const { rowStarts, classes, weights, biases, classCount } = parameters;
    if (rowStarts[rowStarts.length - 1] !== weights.length || classes.length !== weights.length || biases.length !== classCount || classes.some((label) => label < 0 || label >= classCount)) {
      throw new Error('compiled softmax weights do not fit its class count');
    }
    return new SoftmaxRegression(parameters);
  }

  static train(
    vectors: readonly SparseVector[],
    labels: readonly number[],
    classCount: number,
    featureCount: number,
    options: SoftmaxTrainingOptions = defaultSoftmaxTraining,
    /** How much each phrasing counts (1 when not given). */
    phrasingWeights?: readonly number[],
  ): SoftmaxRegression {
    const perClass = new Float64Array(classCount);
    for (const label of labels) perClass[label]++;
    const classWeights = Float64Array.from(perClass, (count) => (count === 0 ? 0 : Math.pow(labels.length / (classCount * count), options.classBalance)));
    // Trained in double precision, kept in single: the rounding is far below what changes a ranking.
    const { weights, biases } = trainSoftmaxWeights(vectors, labels, classCount, featureCount, { epochs: options.epochs, learningRate: options.learningRate, l2: options.l2, classWeights, random: seededRandom(options.seed), sampleWeights: phrasingWeights, decayByWeight: options.decayByWeight });
    return new SoftmaxRegression({ classCount, ...sparseRows(weights, classCount, featureCount, options.pruneBelow), biases: Float32Array.from(biases), temperature: 1 });
  }

  get compiled(): SoftmaxParameters {
    return this.parameters;
  }

  get temperature(): number {
    return this.parameters.temperature;
  }

  useTemperature(temperature: number): void {
    this.parameters.temperature = temperature;
  }

  /** Picks the softmax temperature that minimises the negative log-likelihood of held-out labels. */
  calibrate(vectors: readonly SparseVector[], labels: readonly number[]): number {
    if (vectors.length === 0) return this.parameters.temperature;
    const scores = vectors.map((vector) => this.scoresInto(vector, new Float64Array(this.parameters.classCount)));
    let bestTemperature = 1;
    let bestLoss = Infinity;
    for (let temperature = 0.05; temperature <= 3; temperature += 0.05) {
      let loss = 0;
      scores.forEach((score, index) => {
        const probabilities = softmaxInPlace(Float64Array.from(score), temperature);
        loss -= Math.log(Math.max(probabilities[labels[index]], 1e-12));
      });
      if (loss < bestLoss) {
        bestLoss = loss;
        bestTemperature = temperature;
      }
    }
    this.parameters.temperature = bestTemperature;
    return bestTemperature;
  }

  /**
   * Probabilities raised to `power` and multiplied by `factor` per class, normalised, written into `into`:
   * p^power × factor, with one exp per class (the power folds into the softmax temperature) instead of an
   * exp and a pow. Used to multiply the softmax with another model's distribution; `addedScores` are
   * added to the scaled scores before the exp (another model's scores times its power).
   */
  weightedProbabilities(vector: SparseVector, power: number, factor: Float64Array, into: Float64Array, addedScores?: Float64Array): Float64Array {
    return this.weightScores(this.scoresInto(vector, into), power, factor, addedScores);
  }

  /** weightedProbabilities of scores already worked out (by `scoresOfSums`), in place. */
  weightScores(scores: Float64Array, power: number, factor: Float64Array, addedScores?: Float64Array): Float64Array {
    const scale = power / this.parameters.temperature;
    // Another model's log-probabilities (up to a constant) join here, so its power costs no exp of its own.
    let maximum = -Infinity;
    for (let index = 0; index < scores.length; index++) {
      scores[index] = scores[index] * scale + (addedScores ? addedScores[index] : 0);
      if (scores[index] > maximum) maximum = scores[index];
    }
    let total = 0;
    for (let index = 0; index < scores.length; index++) {
      scores[index] = Math.exp(scores[index] - maximum) * factor[index];
      total += scores[index];
    }
    for (let index = 0; index < scores.length; index++) scores[index] /= total;
    return scores;
  }

  /** Probabilities by class, written into `into` (a fresh array when not given). */
  probabilities(vector: SparseVector, into: Float64Array = new Float64Array(this.parameters.classCount)): Float64Array {
    return this.probabilitiesOfScores(this.scoresInto(vector, into));
  }

  /** Scores (from `scoresOfSums`) to probabilities at the calibrated temperature, in place. */
  probabilitiesOfScores(scores: Float64Array): Float64Array {
    return softmaxInPlace(scores, this.parameters.temperature);
  }

  /**
   * Adds `amount` times one feature's class weights to `sums`. Scoring a vector is the sum of this over its
   * features at their values; summed at unscaled values first (a word's features once, then a message's
   * words), the message's length is divided out once in `scoresOfSums`.
   */
  addFeature(feature: number, amount: number, sums: Float64Array): void {
    const { rowStarts, weights } = this.parameters;
    const classes = this.classBytes;
    for (let slot = rowStarts[feature]; slot < rowStarts[feature + 1]; slot++) sums[classes[slot]] += weights[slot] * amount;
  }

  /**
   * `addFeature` for each of `features` at its amount, in order: every feature's row bounds looked up before
   * any row is read, so in a whole turn (where the other steps have pushed the tables out of the cache) the
   * look-ups are fetched together instead of each waiting for the last row's sums. The same sums in the same order.
   */
  addFeatures(features: ArrayLike<number>, amounts: ArrayLike<number>, count: number, sums: Float64Array): void {
    const { rowStarts, weights } = this.parameters;
    const classes = this.classBytes;
    if (this.boundsOfMessage.length < 2 * count) this.boundsOfMessage = new Int32Array(Math.max(2 * count, 2 * this.boundsOfMessage.length));
    const bounds = this.boundsOfMessage;
    for (let position = 0; position < count; position++) {
      const feature = features[position];
      bounds[2 * position] = rowStarts[feature];
      bounds[2 * position + 1] = rowStarts[feature + 1];
    }
    for (let position = 0; position < count; position++) {
      const amount = amounts[position];
      const end = bounds[2 * position + 1];
      for (let slot = bounds[2 * position]; slot < end; slot++) sums[classes[slot]] += weights[slot] * amount;
    }
  }

  /** The row bounds of the features addFeatures is adding, reused from message to message (grown for a longer one). */
  private boundsOfMessage = new Int32Array(256);

  /** Class scores from sums of `addFeature` at values not yet divided by the vector's length `norm`. */
  scoresOfSums(sums: Float64Array, norm: number, into: Float64Array): Float64Array {
    const { classCount, biases } = this.parameters;
    for (let label = 0; label < classCount; label++) into[label] = biases[label] + sums[label] / norm;
    return into;
  }

  private scoresInto(vector: SparseVector, scores: Float64Array): Float64Array {
    const { classCount, rowStarts, weights, biases } = this.parameters;
    const classes = this.classBytes;
    for (let label = 0; label < classCount; label++) scores[label] = biases[label];
    for (let position = 0; position < vector.indices.length; position++) {
      const feature = vector.indices[position];
      const value = vector.values[position];
      for (let slot = rowStarts[feature]; slot < rowStarts[feature + 1]; slot++) scores[classes[slot]] += weights[slot] * value;
    }
    return scores;
  }
}

/** Dense feature-major weights to sparse rows, dropping those smaller than `pruneBelow`. */
function sparseRows(dense: Float64Array, classCount: number, featureCount: number, pruneBelow: number): Pick<SoftmaxParameters, 'rowStarts' | 'classes' | 'weights'> {
  const rowStarts = new Int32Array(featureCount + 1);
  const classes: number[] = [];
  const weights: number[] = [];
  for (let feature = 0; feature < featureCount; feature++) {
    for (let label = 0; label < classCount; label++) {
      const weight = dense[feature * classCount + label];
      if (Math.abs(weight) >= pruneBelow && weight !== 0) {
        classes.push(label);
        weights.push(weight);
      }
    }
    rowStarts[feature + 1] = weights.length;
  }
  return { rowStarts, classes: Int32Array.from(classes), weights: Float32Array.from(weights) };
}


