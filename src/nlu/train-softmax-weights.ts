import { keyedOrder } from './keyed-order';
import { shuffle } from './seeded-random';
import { softmaxInPlace } from './softmax-in-place';
import type { SparseVector } from './sparse-vector';

export interface SoftmaxWeightTraining {
  epochs: number;
  learningRate: number;
  /** Weight decay of the features a sample has, at each step (a sparse L2). */
  l2: number;
  /** How much a sample of each class counts (1 for all: plain training). */
  classWeights: Float64Array;
  /** A seeded source of numbers in [0, 1): the same content always gives the same model. */
  random: () => number;
  /** How much each sample counts besides its class weight (1 for all when not given). */
  sampleWeights?: readonly number[];
  /**
   * Each step's weight decay scaled by the sample's weight, so a phrasing counted at 0.3 also pulls the
   * weights towards 0 at 0.3. Otherwise the decay grows with the number of samples whatever they count:
   * a corpus of many light phrasings flattens the model (issue 12, s15).
   */
  decayByWeight?: boolean;
  /**
   * The weights handed back are the average of those at the end of each of this many last epochs (0 or
   * absent: the last epoch's alone). The last steps' order then moves the model less: the safety net's
   * verdicts churned with any change to the examples, their shuffle included.
   */
  averagedEpochs?: number;
  /**
   * Each sample's own key (a hash of its text): when given, an epoch's order is the samples sorted by their
   * keys mixed with that epoch's draw, so it depends on the samples themselves, not on their positions. A
   * sample added or taken away then only takes or leaves its own place in every epoch, where a positional
   * shuffle reorders everything: one ordinary phrasing more reshuffled the whole safety net (issue 11, s29).
   */
  orderKeys?: Uint32Array;
}

/** Dense feature-major weights (feature × class) and biases, as training leaves them. */
export interface SoftmaxWeights {
  weights: Float64Array;
  biases: Float64Array;
}

/**
 * Multinomial logistic regression over sparse features by stochastic gradient descent with a seeded
 * shuffle and a decaying rate; shared by the intent classifier and the red-flag safety net, which keep
 * the weights in forms of their own.
 */
export function trainSoftmaxWeights(vectors: readonly SparseVector[], labels: readonly number[], classCount: number, featureCount: number, training: SoftmaxWeightTraining): SoftmaxWeights {
  const weights = new Float64Array(featureCount * classCount);
  const biases = new Float64Array(classCount);
  const order = vectors.map((_, index) => index);
  const gradient = new Float64Array(classCount);
  const averagedEpochs = Math.min(training.averagedEpochs ?? 0, training.epochs);
  const averaged = averagedEpochs > 1 ? { epochs: averagedEpochs, weights: new Float64Array(weights.length), biases: new Float64Array(classCount) } : undefined;
  for (let epoch = 0; epoch < training.epochs; epoch++) {
    if (training.orderKeys) keyedOrder(order, training.orderKeys, Math.floor(training.random() * 0x100000000));
    else shuffle(order, training.random);
    const rate = training.learningRate / (1 + epoch * 0.2);
    const fullDecay = 1 - rate * training.l2;
    for (const sample of order) {
      const vector = vectors[sample];
      const decay = training.decayByWeight && training.sampleWeights ? 1 - rate * training.l2 * training.sampleWeights[sample] : fullDecay;
      gradient.set(biases);
      for (let position = 0; position < vector.indices.length; position++) {
        const offset = vector.indices[position] * classCount;
        const value = vector.values[position];
        for (let label = 0; label < classCount; label++) gradient[label] += weights[offset + label] * value;
      }
      softmaxInPlace(gradient, 1);
      gradient[labels[sample]] -= 1;
      const step = rate * training.classWeights[labels[sample]] * (training.sampleWeights ? training.sampleWeights[sample] : 1);
      for (let position = 0; position < vector.indices.length; position++) {
        const offset = vector.indices[position] * classCount;
        const value = vector.values[position];
        for (let label = 0; label < classCount; label++) weights[offset + label] = weights[offset + label] * decay - step * gradient[label] * value;
      }
      // Biases move at a tenth of the rate: they only set the classes' base rates.
      for (let label = 0; label < classCount; label++) biases[label] -= step * gradient[label] * 0.1;
    }
    if (averaged && epoch >= training.epochs - averaged.epochs) {
      for (let position = 0; position < weights.length; position++) averaged.weights[position] += weights[position] / averaged.epochs;
      for (let label = 0; label < classCount; label++) averaged.biases[label] += biases[label] / averaged.epochs;
    }
  }
  return averaged ? { weights: averaged.weights, biases: averaged.biases } : { weights, biases };
}
