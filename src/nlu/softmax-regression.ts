import type { SparseVector } from './sparse-vector';

export interface SoftmaxTrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const defaultSoftmaxTraining: SoftmaxTrainingOptions = { epochs: 30, learningRate: 1, l2: 1e-4, seed: 7 };

/**
 * Multinomial logistic regression over sparse features, trained by stochastic gradient descent with a
 * seeded shuffle so the same content always gives the same model. Scores become probabilities through a
 * softmax whose temperature is calibrated on held-out phrasings.
 */
export class SoftmaxRegression {
  private temperature = 1;

  private constructor(
    private readonly classCount: number,
    private readonly weights: Float64Array,
    private readonly biases: Float64Array,
  ) {}

  static train(
    vectors: readonly SparseVector[],
    labels: readonly number[],
    classCount: number,
    featureCount: number,
    options: SoftmaxTrainingOptions = defaultSoftmaxTraining,
  ): SoftmaxRegression {
    const model = new SoftmaxRegression(classCount, new Float64Array(featureCount * classCount), new Float64Array(classCount));
    const order = vectors.map((_, index) => index);
    const random = seededRandom(options.seed);
    const probabilities = new Float64Array(classCount);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffle(order, random);
      const rate = options.learningRate / (1 + epoch * 0.2);
      for (const sample of order) {
        const vector = vectors[sample];
        model.scoresInto(vector, probabilities);
        softmaxInPlace(probabilities, 1);
        probabilities[labels[sample]] -= 1;
        const decay = 1 - rate * options.l2;
        for (let position = 0; position < vector.indices.length; position++) {
          const offset = vector.indices[position] * classCount;
          const value = vector.values[position];
          for (let label = 0; label < classCount; label++) {
            model.weights[offset + label] = model.weights[offset + label] * decay - rate * probabilities[label] * value;
          }
        }
        for (let label = 0; label < classCount; label++) model.biases[label] -= rate * probabilities[label] * 0.1;
      }
    }
    return model;
  }

  /** Picks the softmax temperature that minimises the negative log-likelihood of held-out labels. */
  calibrate(vectors: readonly SparseVector[], labels: readonly number[]): number {
    if (vectors.length === 0) return this.temperature;
    const scores = vectors.map((vector) => this.scoresInto(vector, new Float64Array(this.classCount)));
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
    this.temperature = bestTemperature;
    return bestTemperature;
  }

  probabilities(vector: SparseVector): Float64Array {
    return softmaxInPlace(this.scoresInto(vector, new Float64Array(this.classCount)), this.temperature);
  }

  private scoresInto(vector: SparseVector, scores: Float64Array): Float64Array {
    scores.set(this.biases);
    for (let position = 0; position < vector.indices.length; position++) {
      const offset = vector.indices[position] * this.classCount;
      const value = vector.values[position];
      for (let label = 0; label < this.classCount; label++) scores[label] += this.weights[offset + label] * value;
    }
    return scores;
  }
}

function softmaxInPlace(scores: Float64Array, temperature: number): Float64Array {
  let maximum = -Infinity;
  for (const score of scores) maximum = Math.max(maximum, score);
  let total = 0;
  for (let index = 0; index < scores.length; index++) {
    scores[index] = Math.exp((scores[index] - maximum) / temperature);
    total += scores[index];
  }
  for (let index = 0; index < scores.length; index++) scores[index] /= total;
  return scores;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
}
