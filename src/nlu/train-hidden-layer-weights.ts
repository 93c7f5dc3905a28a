import type { HiddenLayerOptions } from './hidden-layer-options';
import type { HiddenLayerParameters } from './hidden-layer-parameters';
import { seededRandom, shuffle } from './seeded-random';
import { softmaxInPlace } from './softmax-in-place';
import type { SparseVector } from './sparse-vector';

/**
 * The weights of a hidden-layer network (hidden-layer-network.ts) trained by stochastic gradient descent with
 * a seeded shuffle and seeded initial weights, so the same content always gives the same weights.
 */
export function trainHiddenLayerWeights(
  vectors: readonly SparseVector[],
  labels: readonly number[],
  classCount: number,
  featureCount: number,
  options: HiddenLayerOptions,
  /** Whether a feature is a word (stem or marker) rather than a word pair or character n-gram. */
  isWord: (feature: number) => boolean,
  /** How much each phrasing counts (1 when not given). */
  weights?: readonly number[],
): HiddenLayerParameters {
  const unitCount = options.units;
  const rows = new Int32Array(featureCount).fill(-1);
  let rowCount = 0;
  for (let feature = 0; feature < featureCount; feature++) if (options.inputs === 'all' || isWord(feature)) rows[feature] = rowCount++;
  const random = seededRandom(options.seed);
  // Input weights start near zero: a rare feature seldom trained would otherwise keep its random start
  // and add noise to every message that has it. The output layer starts at the usual fan-in-and-out
  // scale, which is what sets the units apart from each other.
  const inputWeights = Float64Array.from({ length: rowCount * unitCount }, () => (random() * 2 - 1) * 0.01);
  const outputScale = Math.sqrt(6 / (unitCount + classCount));
  const outputWeights = Float64Array.from({ length: unitCount * classCount }, () => (random() * 2 - 1) * outputScale);
  const unitBiases = new Float64Array(unitCount).fill(0.01);
  const classBiases = new Float64Array(classCount);
  const units = new Float64Array(unitCount);
  const unitGradient = new Float64Array(unitCount);
  const classGradient = new Float64Array(classCount);
  const order = vectors.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + epoch * 0.2);
    const fullDecay = 1 - rate * options.l2;
    for (const sample of order) {
      const decayShare = options.decayByWeight && weights ? weights[sample] : 1;
      const decay = decayShare === 1 ? fullDecay : 1 - rate * options.l2 * decayShare;
      const l2 = options.l2 * decayShare;
      const vector = options.dropout > 0 ? withDropout(vectors[sample], options.dropout, random) : vectors[sample];
      forward(vector, rows, inputWeights, unitBiases, outputWeights, classBiases, unitCount, classCount, units, classGradient);
      softmaxInPlace(classGradient, 1);
      classGradient[labels[sample]] -= 1;
      if (weights) for (let label = 0; label < classCount; label++) classGradient[label] *= weights[sample];
      // Back through the output layer (with the weights as they were), then update it.
      for (let unit = 0; unit < unitCount; unit++) {
        if (units[unit] <= 0) {
          unitGradient[unit] = 0;
          continue;
        }
        let sum = 0;
        const offset = unit * classCount;
        for (let label = 0; label < classCount; label++) sum += outputWeights[offset + label] * classGradient[label];
        unitGradient[unit] = sum;
      }
      for (let unit = 0; unit < unitCount; unit++) {
        const activation = units[unit];
        if (activation <= 0) continue;
        const offset = unit * classCount;
        for (let label = 0; label < classCount; label++) outputWeights[offset + label] -= rate * (classGradient[label] * activation + l2 * outputWeights[offset + label]);
      }
      for (let label = 0; label < classCount; label++) classBiases[label] -= rate * classGradient[label];
      // Only the rows of the message's features move (and decay), which keeps an epoch sparse.
      const scale = inputScale(vector, rows);
      for (let position = 0; position < vector.indices.length; position++) {
        const row = rows[vector.indices[position]];
        if (row < 0) continue;
        const offset = row * unitCount;
        const value = vector.values[position] * scale;
        for (let unit = 0; unit < unitCount; unit++) inputWeights[offset + unit] = inputWeights[offset + unit] * decay - rate * unitGradient[unit] * value;
      }
      for (let unit = 0; unit < unitCount; unit++) unitBiases[unit] -= rate * unitGradient[unit];
    }
  }
  return {
    featureCount,
    rows,
    unitCount,
    classCount,
    inputWeights: Float32Array.from(inputWeights),
    unitBiases: Float32Array.from(unitBiases),
    outputWeights: Float32Array.from(outputWeights),
    classBiases: Float32Array.from(classBiases),
  };
}

/** The vector with each feature left out at the given rate and the rest scaled up to keep its expected size. */
function withDropout(vector: SparseVector, rate: number, random: () => number): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  for (let position = 0; position < vector.indices.length; position++) {
    if (random() < rate) continue;
    indices.push(vector.indices[position]);
    values.push(vector.values[position] / (1 - rate));
  }
  return { indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

/**
 * What the inputs are multiplied by so the part of the vector that feeds the units has unit length (1 when
 * every feature feeds them): a message's few word features would otherwise be a small share of a vector
 * mostly made of character n-grams, and train slowly.
 */
function inputScale(vector: SparseVector, rows: Int32Array): number {
  let sum = 0;
  for (let position = 0; position < vector.indices.length; position++) if (rows[vector.indices[position]] >= 0) sum += vector.values[position] * vector.values[position];
  return sum > 0 ? 1 / Math.sqrt(sum) : 0;
}

/** Rectified units into `units`, class scores into `scores`. */
function forward(
  vector: SparseVector,
  rows: Int32Array,
  inputWeights: Float64Array | Float32Array,
  unitBiases: Float64Array | Float32Array,
  outputWeights: Float64Array | Float32Array,
  classBiases: Float64Array | Float32Array,
  unitCount: number,
  classCount: number,
  units: Float64Array,
  scores: Float64Array,
): void {
  const scale = inputScale(vector, rows);
  for (let unit = 0; unit < unitCount; unit++) units[unit] = unitBiases[unit];
  for (let position = 0; position < vector.indices.length; position++) {
    const row = rows[vector.indices[position]];
    if (row < 0) continue;
    const offset = row * unitCount;
    const value = vector.values[position] * scale;
    for (let unit = 0; unit < unitCount; unit++) units[unit] += inputWeights[offset + unit] * value;
  }
  for (let label = 0; label < classCount; label++) scores[label] = classBiases[label];
  for (let unit = 0; unit < unitCount; unit++) {
    const activation = units[unit];
    if (activation <= 0) {
      units[unit] = 0;
      continue;
    }
    const offset = unit * classCount;
    for (let label = 0; label < classCount; label++) scores[label] += outputWeights[offset + label] * activation;
  }
}
