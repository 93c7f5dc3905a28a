import { addFourScaledRows, addScaledRow } from './add-scaled-row';
import { kernelLayout, type KernelLayout } from './hidden-layer-kernel-layout';
import type { HiddenLayerOptions } from './hidden-layer-options';
import { checkHiddenLayerParameters, type HiddenLayerParameters } from './hidden-layer-parameters';
import { softmaxInPlace } from './softmax-in-place';
import type { SparseVector } from './sparse-vector';
import { trainHiddenLayerWeights } from './train-hidden-layer-weights';

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
  /** The factor that puts those values at unit length (gatherActiveRows). */
  private activeScale = 0;
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
    checkHiddenLayerParameters(parameters);
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
    return new HiddenLayerNetwork(trainHiddenLayerWeights(vectors, labels, classCount, featureCount, options, isWord, weights));
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
    const { unitBiases, classBiases, unitCount, classCount } = this.parameters;
    const active = this.gatherActiveRows(vector);
    const { activeRows, activeValues, units, activeScale: scale } = this;
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
   * The rows that feed the units, found in one pass over the vector: their rows and values into `activeRows`
   * and `activeValues` (grown when a vector is longer than any before), their count returned, and the scale
   * that puts them at unit length into `activeScale`, as inputScale does in training
   * (train-hidden-layer-weights.ts). A field rather than a returned pair: nothing allocated per message.
   */
  private gatherActiveRows(vector: SparseVector): number {
    const { rows } = this.parameters;
    const { indices, values } = vector;
    if (this.activeRows.length < indices.length) {
      this.activeRows = new Int32Array(indices.length);
      this.activeValues = new Float64Array(indices.length);
    }
    const { activeRows, activeValues } = this;
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
    this.activeScale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    return active;
  }

  /** `scores` in plain loops, four input rows and four active units at a time (see `scores`). */
  private scoresInPlainLoops(vector: SparseVector, into: Float64Array): Float64Array {
    const { inputWeights, unitBiases, outputWeights, classBiases, unitCount, classCount } = this.parameters;
    const active = this.gatherActiveRows(vector);
    const { activeRows, activeValues, units, activeScale: scale } = this;
    for (let unit = 0; unit < unitCount; unit++) units[unit] = unitBiases[unit];
    let index = 0;
    for (; index + 3 < active; index += 4) {
      addFourScaledRows(
        units,
        inputWeights,
        unitCount,
        activeRows[index] * unitCount,
        activeValues[index] * scale,
        activeRows[index + 1] * unitCount,
        activeValues[index + 1] * scale,
        activeRows[index + 2] * unitCount,
        activeValues[index + 2] * scale,
        activeRows[index + 3] * unitCount,
        activeValues[index + 3] * scale,
      );
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
      addFourScaledRows(
        into,
        outputWeights,
        classCount,
        firingUnits[position] * classCount,
        activations[position],
        firingUnits[position + 1] * classCount,
        activations[position + 1],
        firingUnits[position + 2] * classCount,
        activations[position + 2],
        firingUnits[position + 3] * classCount,
        activations[position + 3],
      );
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
