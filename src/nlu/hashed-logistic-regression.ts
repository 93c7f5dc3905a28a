import { fnvOffsetBasis, fnvState } from './fnv-hash';
import { keyedOrder } from './keyed-order';
import { seededRandom } from './seeded-random';

/**
 * A yes-or-no classifier over hashed features: the words and word pairs of a text plus a few tokens of the
 * caller's (a label such as which rule fired), each hashed into one of `dimension` weights. Small, trained
 * in seconds by plain stochastic gradient descent, and read back from a Float32Array, so it can be kept in a
 * cache file as it is.
 */
export class HashedLogisticRegression {
  private constructor(readonly weights: Float32Array) {}

  /** The dimension must be a power of two (hash values are masked into it). */
  static fromWeights(weights: Float32Array): HashedLogisticRegression {
    if (weights.length === 0 || (weights.length & (weights.length - 1)) !== 0) throw new Error(`a hashed model needs a power-of-two number of weights, not ${weights.length}`);
    return new HashedLogisticRegression(weights);
  }

  /**
   * Trained on `examples` (yes when `positive`), so the same examples always give the same weights. Each pass
   * takes them in an order keyed by each one's own text and tokens, salted by a draw from `seed` (keyed-order.ts):
   * an example added or taken away leaves the others' order as it was, so a small change to what it learns from
   * does not reshuffle the whole training (a shuffle by position moved some 25 verdicts near the threshold when two
   * lessons were added). The step is divided by the square root of an example's feature count, so a long story
   * does not move the weights further than a short one.
   */
  static train(examples: readonly HashedExample[], settings: HashedTrainingSettings): HashedLogisticRegression {
    const weights = new Float64Array(settings.dimension);
    const featureLists = examples.map((example) => hashedFeatures(example.text, example.tokens, settings.dimension));
    const keys = Uint32Array.from(examples, (example) => fnvState(fnvState(fnvOffsetBasis, example.text), example.tokens.join(' ')) >>> 0);
    const order: number[] = [];
    const random = seededRandom(settings.seed);
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      keyedOrder(order, keys, Math.floor(random() * 4294967296));
      for (const index of order) {
        const features = featureLists[index];
        const probability = sigmoid(sumOf(weights, features));
        const step = ((probability - (examples[index].positive ? 1 : 0)) * settings.learningRate) / Math.sqrt(features.length);
        for (const feature of features) weights[feature] -= step + settings.decay * weights[feature];
      }
    }
    return new HashedLogisticRegression(Float32Array.from(weights));
  }

  /** How likely the text (with the caller's tokens) is a yes. */
  probability(text: string, tokens: readonly string[]): number {
    return sigmoid(sumOf(this.weights, hashedFeatures(text, tokens, this.weights.length)));
  }
}

export interface HashedExample {
  text: string;
  /** The caller's own features beside the words ("rule:baby.jaundice"): spelled so no word or pair can equal one. */
  tokens: readonly string[];
  positive: boolean;
}

export interface HashedTrainingSettings {
  /** The number of weights, a power of two. */
  dimension: number;
  epochs: number;
  learningRate: number;
  /** Weight decay at each step a weight takes part in. */
  decay: number;
  seed: number;
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

function sumOf(weights: Float64Array | Float32Array, features: readonly number[]): number {
  let sum = 0;
  for (const feature of features) sum += weights[feature];
  return sum;
}

/** Letters, digits and apostrophes make words; anything else parts them. */
const wordPattern = /[a-z0-9']+/g;

/**
 * The feature numbers of a text: a constant, each word, each pair of neighbouring words, the caller's tokens
 * and a bucket of the text's length in words (a short bare sign and a long story are told apart), each once.
 */
export function hashedFeatures(text: string, tokens: readonly string[], dimension: number): number[] {
  const mask = dimension - 1;
  const words = text.toLowerCase().match(wordPattern) ?? [];
  const features = new Set<number>();
  const add = (state: number) => features.add((state >>> 0) & mask);
  add(fnvState(fnvOffsetBasis, ' constant'));
  for (let index = 0; index < words.length; index++) {
    const word = fnvState(fnvOffsetBasis, words[index]);
    add(word);
    if (index > 0) add(fnvState(fnvState(fnvState(fnvOffsetBasis, words[index - 1]), ' '), words[index]));
  }
  for (const token of tokens) add(fnvState(fnvOffsetBasis, ` ${token}`));
  add(fnvState(fnvOffsetBasis, ` length ${Math.min(8, Math.floor(words.length / 10))}`));
  return [...features];
}
