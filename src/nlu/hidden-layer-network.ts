import { scaledRowsKernel, type AddScaledRows } from './scaled-rows-kernel';
import { seededRandom, shuffle } from './seeded-random';
import { softmaxInPlace } from './softmax-in-place';
import type { SparseVector } from './sparse-vector';

export interface HiddenLayerOptions {
  /** Hidden units; 0 leaves the network out. */
  units: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * Which features feed the units: `all`, or `words` (stems and markers: no word pairs, whose
   * interactions the units learn anyway, and no character n-grams), which keeps the network a few
   * hundred kilobytes and a message's pass short.
   */
  inputs: 'all' | 'words';
  /** Share of a phrasing's features hidden from each training step, so no unit leans on one word alone. */
  dropout: number;
  /**
   * Exponent of the network's probabilities in the classifier's product of models: 0 leaves it out, and
   * the softmax's own exponent shrinks by as much, so the exponents still sum to 1.
   */
  share: number;
}

export const defaultHiddenLayerOptions: HiddenLayerOptions = { units: 0, epochs: 20, learningRate: 0.2, l2: 1e-5, seed: 11, dropout: 0, inputs: 'all', share: 0 };

/** What a trained network is made of, for the compiled model. */
export interface HiddenLayerParameters {
  featureCount: number;
  /** The input row of each feature, or -1 for a feature that does not feed the units. */
  rows: Int32Array;
  unitCount: number;
  classCount: number;
  /** Row-major: the unit weights of input row r are at r × unitCount … (r + 1) × unitCount. */
  inputWeights: Float32Array;
  unitBiases: Float32Array;
  /** Unit-major: the class weights of unit u are at u × classCount … (u + 1) × classCount. */
  outputWeights: Float32Array;
  classBiases: Float32Array;
}

/**
 * A softmax over one hidden layer of rectified units, fed the same sparse feature vector as the softmax
 * regression. The regression adds up what each word says on its own; a unit here can fire only when two
 * words come together ("bigger" with "breasts" is about size, "pump" with "more" about demand), which is
 * what the plain softmax cannot express. Trained by stochastic gradient descent with a seeded shuffle and
 * seeded initial weights, so the same content always gives the same network.
 */
export class HiddenLayerNetwork {
  private readonly units: Float64Array;
  /** The units with a positive activation for the message being scored, and those activations. */
  private readonly firingUnits: Int32Array;
  private readonly activations: Float64Array;
  /** The rows of a message's features that feed the units, and their values; grown for a longer message. */
  private activeRows = new Int32Array(256);
  private activeValues = new Float64Array(256);
  private readonly parameters: HiddenLayerParameters;
  /** The dense products in WebAssembly (scaled-rows-kernel.ts), where it runs; else the loops of scoresInPlainLoops. */
  private readonly kernel: KernelLayout | undefined;

  private constructor(parameters: HiddenLayerParameters, useKernel = true) {
    this.kernel = useKernel ? kernelLayout(parameters) : undefined;
    // The weights then live in the kernel's memory: the parameters hold views of them, not a second copy.
    this.parameters = this.kernel ? { ...parameters, inputWeights: this.kernel.inputWeights, outputWeights: this.kernel.outputWeights } : parameters;
    this.units = this.kernel ? this.kernel.units : new Float64Array(parameters.unitCount);
    this.firingUnits = new Int32Array(parameters.unitCount);
    this.activations = new Float64Array(parameters.unitCount);
  }

  /** `useKernel: false` keeps the plain loops (for comparing the two). */
  static fromParameters(parameters: HiddenLayerParameters, options: { useKernel?: boolean } = {}): HiddenLayerNetwork {
    const { featureCount, unitCount, classCount, rows } = parameters;
    const rowCount = rows.reduce((count, row) => (row >= 0 ? count + 1 : count), 0);
    if (
      rows.length !== featureCount ||
      parameters.inputWeights.length !== rowCount * unitCount ||
      parameters.unitBiases.length !== unitCount ||
      parameters.outputWeights.length !== unitCount * classCount ||
      parameters.classBiases.length !== classCount
    ) {
      throw new Error('compiled hidden-layer weights do not fit its feature, unit and class counts');
    }
    return new HiddenLayerNetwork(parameters, options.useKernel ?? true);
  }

  static train(
    vectors: readonly SparseVector[],
    labels: readonly number[],
    classCount: number,
    featureCount: number,
    options: HiddenLayerOptions,
    /** Whether a feature is a word (stem or marker) rather than a word pair or character n-gram. */
    isWord: (feature: number) => boolean,
    /** How much each phrasing counts (1 when not given). */
    weights?: readonly number[],
  ): HiddenLayerNetwork {
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
      const decay = 1 - rate * options.l2;
      for (const sample of order) {
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
          for (let label = 0; label < classCount; label++) outputWeights[offset + label] -= rate * (classGradient[label] * activation + options.l2 * outputWeights[offset + label]);
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
    return new HiddenLayerNetwork({
      featureCount,
      rows,
      unitCount,
      classCount,
      inputWeights: Float32Array.from(inputWeights),
      unitBiases: Float32Array.from(unitBiases),
      outputWeights: Float32Array.from(outputWeights),
      classBiases: Float32Array.from(classBiases),
    });
  }

  get compiled(): HiddenLayerParameters {
    return this.parameters;
  }

  /**
   * Class scores (before the softmax), written into `into`: the same sums as training's forward pass, in
   * the same order, with the rows that feed the units found in one pass. Four input rows at a time are added
   * to each unit, and four active units at a time to each class: each unit's and each class's additions come
   * in the same order as one row or unit at a time (so the scores are equal), with a quarter of the reads and
   * writes of the running sums. This was a third of ranking's time; the blocks took 1 µs of 6 off it.
   */
  scores(vector: SparseVector, into: Float64Array): Float64Array {
    return this.kernel ? this.scoresInKernel(vector, into, this.kernel) : this.scoresInPlainLoops(vector, into);
  }

  /**
   * `scores` with the two dense products in the kernel: the rows that feed the units gathered as in the
   * plain loops, their addresses and factors handed over in chunks of a multiple of four rows (so the groups
   * of four, and each unit's additions, are the same as in one pass), then the firing units' rows likewise.
   */
  private scoresInKernel(vector: SparseVector, into: Float64Array, kernel: KernelLayout): Float64Array {
    const { rows, unitBiases, classBiases, unitCount, classCount } = this.parameters;
    const { indices, values } = vector;
    if (this.activeRows.length < indices.length) {
      this.activeRows = new Int32Array(indices.length);
      this.activeValues = new Float64Array(indices.length);
    }
    const { activeRows, activeValues, units } = this;
    let active = 0;
    let sum = 0;
    for (let position = 0; position < indices.length; position++) {
      const row = rows[indices[position]];
      if (row < 0) continue;
      const value = values[position];
      sum += value * value;
      activeRows[active] = row;
      activeValues[active] = value;
      active++;
    }
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    for (let unit = 0; unit < unitCount; unit++) units[unit] = unitBiases[unit];
    const { rowAddresses, factors, capacity, addScaledRows } = kernel;
    const rowBytes = unitCount * 4;
    for (let start = 0; start < active; start += capacity) {
      const end = Math.min(active, start + capacity);
      for (let index = start; index < end; index++) {
        rowAddresses[index - start] = kernel.inputWeightsAddress + activeRows[index] * rowBytes;
        factors[index - start] = activeValues[index] * scale;
      }
      addScaledRows(kernel.unitsAddress, unitCount, kernel.rowAddressesAddress, kernel.factorsAddress, end - start);
    }
    // The firing units, in order, as rows of the output weights (the capacity holds every unit).
    const classRowBytes = classCount * 4;
    let firing = 0;
    for (let unit = 0; unit < unitCount; unit++) {
      const activation = units[unit];
      if (activation <= 0) continue;
      rowAddresses[firing] = kernel.outputWeightsAddress + unit * classRowBytes;
      factors[firing] = activation;
      firing++;
    }
    const { classScores } = kernel;
    for (let label = 0; label < classCount; label++) classScores[label] = classBiases[label];
    addScaledRows(kernel.classScoresAddress, classCount, kernel.rowAddressesAddress, kernel.factorsAddress, firing);
    for (let label = 0; label < classCount; label++) into[label] = classScores[label];
    return into;
  }

  /**
   * Class scores (before the softmax), written into `into`: the same sums as training's forward pass, in
   * the same order, with the rows that feed the units found in one pass. Four input rows at a time are added
   * to each unit, and four active units at a time to each class: each unit's and each class's additions come
   * in the same order as one row or unit at a time (so the scores are equal), with a quarter of the reads and
   * writes of the running sums. This was a third of ranking's time; the blocks took 1 µs of 6 off it.
   */
  private scoresInPlainLoops(vector: SparseVector, into: Float64Array): Float64Array {
    const { rows, inputWeights, unitBiases, outputWeights, classBiases, unitCount, classCount } = this.parameters;
    const { indices, values } = vector;
    if (this.activeRows.length < indices.length) {
      this.activeRows = new Int32Array(indices.length);
      this.activeValues = new Float64Array(indices.length);
    }
    const { activeRows, activeValues, units } = this;
    let active = 0;
    let sum = 0;
    for (let position = 0; position < indices.length; position++) {
      const row = rows[indices[position]];
      if (row < 0) continue;
      const value = values[position];
      sum += value * value;
      activeRows[active] = row;
      activeValues[active] = value;
      active++;
    }
    // As inputScale: the part of the vector that feeds the units, at unit length.
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    for (let unit = 0; unit < unitCount; unit++) units[unit] = unitBiases[unit];
    let index = 0;
    for (; index + 3 < active; index += 4) {
      const first = activeRows[index] * unitCount;
      const second = activeRows[index + 1] * unitCount;
      const third = activeRows[index + 2] * unitCount;
      const fourth = activeRows[index + 3] * unitCount;
      const firstFactor = activeValues[index] * scale;
      const secondFactor = activeValues[index + 1] * scale;
      const thirdFactor = activeValues[index + 2] * scale;
      const fourthFactor = activeValues[index + 3] * scale;
      for (let unit = 0; unit < unitCount; unit++) {
        // Left to right: the same four additions, in the same order, as four passes of one row.
        units[unit] = units[unit] + inputWeights[first + unit] * firstFactor + inputWeights[second + unit] * secondFactor + inputWeights[third + unit] * thirdFactor + inputWeights[fourth + unit] * fourthFactor;
      }
    }
    for (; index < active; index++) addScaledRow(units, inputWeights, activeRows[index] * unitCount, unitCount, activeValues[index] * scale);
    // The units that fire, in order, with their activations.
    const { firingUnits, activations } = this;
    let firing = 0;
    for (let unit = 0; unit < unitCount; unit++) {
      const activation = units[unit];
      if (activation <= 0) continue;
      firingUnits[firing] = unit;
      activations[firing] = activation;
      firing++;
    }
    for (let label = 0; label < classCount; label++) into[label] = classBiases[label];
    let position = 0;
    for (; position + 3 < firing; position += 4) {
      const first = firingUnits[position] * classCount;
      const second = firingUnits[position + 1] * classCount;
      const third = firingUnits[position + 2] * classCount;
      const fourth = firingUnits[position + 3] * classCount;
      const firstActivation = activations[position];
      const secondActivation = activations[position + 1];
      const thirdActivation = activations[position + 2];
      const fourthActivation = activations[position + 3];
      for (let label = 0; label < classCount; label++) {
        into[label] = into[label] + outputWeights[first + label] * firstActivation + outputWeights[second + label] * secondActivation + outputWeights[third + label] * thirdActivation + outputWeights[fourth + label] * fourthActivation;
      }
    }
    for (; position < firing; position++) addScaledRow(into, outputWeights, firingUnits[position] * classCount, classCount, activations[position]);
    return into;
  }

  /** Whether the dense products run in the WebAssembly kernel (else in plain loops). */
  get usesKernel(): boolean {
    return this.kernel !== undefined;
  }

  /** True when the feature feeds the units: a feature without a row adds nothing to the scores. */
  readsFeature(feature: number): boolean {
    return this.parameters.rows[feature] >= 0;
  }

  /** Probabilities by class, written into `into`. */
  probabilities(vector: SparseVector, into: Float64Array): Float64Array {
    return softmaxInPlace(this.scores(vector, into), 1);
  }
}

/** Where the kernel's memory holds the weights and a message's working arrays, with views on each. */
interface KernelLayout {
  addScaledRows: AddScaledRows;
  inputWeights: Float32Array;
  outputWeights: Float32Array;
  units: Float64Array;
  classScores: Float64Array;
  rowAddresses: Int32Array;
  factors: Float64Array;
  /** How many rows one call takes: a multiple of four, and at least the unit count. */
  capacity: number;
  inputWeightsAddress: number;
  outputWeightsAddress: number;
  unitsAddress: number;
  classScoresAddress: number;
  rowAddressesAddress: number;
  factorsAddress: number;
}

/** The parameters' weights copied into a kernel's memory, and room for one message; undefined without a kernel. */
function kernelLayout(parameters: HiddenLayerParameters): KernelLayout | undefined {
  const { inputWeights, outputWeights, unitCount, classCount } = parameters;
  const capacity = Math.max(256, Math.ceil(unitCount / 4) * 4);
  // Each part on a 16-byte boundary.
  const rounded = (bytes: number) => Math.ceil(bytes / 16) * 16;
  const inputWeightsAddress = 0;
  const outputWeightsAddress = inputWeightsAddress + rounded(inputWeights.byteLength);
  const unitsAddress = outputWeightsAddress + rounded(outputWeights.byteLength);
  const classScoresAddress = unitsAddress + rounded(unitCount * 8);
  const rowAddressesAddress = classScoresAddress + rounded(classCount * 8);
  const factorsAddress = rowAddressesAddress + rounded(capacity * 4);
  const kernel = scaledRowsKernel(factorsAddress + capacity * 8);
  if (!kernel) return undefined;
  const { buffer } = kernel;
  const layout: KernelLayout = {
    addScaledRows: kernel.addScaledRows,
    inputWeights: new Float32Array(buffer, inputWeightsAddress, inputWeights.length),
    outputWeights: new Float32Array(buffer, outputWeightsAddress, outputWeights.length),
    units: new Float64Array(buffer, unitsAddress, unitCount),
    classScores: new Float64Array(buffer, classScoresAddress, classCount),
    rowAddresses: new Int32Array(buffer, rowAddressesAddress, capacity),
    factors: new Float64Array(buffer, factorsAddress, capacity),
    capacity,
    inputWeightsAddress,
    outputWeightsAddress,
    unitsAddress,
    classScoresAddress,
    rowAddressesAddress,
    factorsAddress,
  };
  layout.inputWeights.set(inputWeights);
  layout.outputWeights.set(outputWeights);
  return layout;
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

/**
 * `target[i] += weights[offset + i] * factor` for i below `count`, unrolled by four: each sum keeps its own
 * order, so scores are bit-identical to the plain loop (the forward pass's hot loop, for inputs and outputs).
 */
function addScaledRow(target: Float64Array | Float32Array, weights: Float64Array | Float32Array, offset: number, count: number, factor: number): void {
  let index = 0;
  for (; index + 3 < count; index += 4) {
    target[index] += weights[offset + index] * factor;
    target[index + 1] += weights[offset + index + 1] * factor;
    target[index + 2] += weights[offset + index + 2] * factor;
    target[index + 3] += weights[offset + index + 3] * factor;
  }
  for (; index < count; index++) target[index] += weights[offset + index] * factor;
}
