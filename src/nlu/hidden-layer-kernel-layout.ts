import { scaledRowsKernel, type AddScaledRows } from './scaled-rows-kernel';
import { alignedTo16 } from './kernel-module';
import type { HiddenLayerParameters } from './hidden-layer-parameters';

/** Where the kernel's memory holds the weights and a message's working arrays, with views on each. */
export interface KernelLayout {
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
export function kernelLayout(parameters: HiddenLayerParameters): KernelLayout | undefined {
  const { inputWeights, outputWeights, unitCount, classCount } = parameters;
  const capacity = Math.max(256, Math.ceil(unitCount / 4) * 4);
  const inputWeightsAddress = 0;
  const outputWeightsAddress = inputWeightsAddress + alignedTo16(inputWeights.byteLength);
  const unitsAddress = outputWeightsAddress + alignedTo16(outputWeights.byteLength);
  const classScoresAddress = unitsAddress + alignedTo16(unitCount * 8);
  const rowAddressesAddress = classScoresAddress + alignedTo16(classCount * 8);
  const factorsAddress = rowAddressesAddress + alignedTo16(capacity * 4);
  const kernel = scaledRowsKernel(factorsAddress + capacity * 8);
  if (!kernel) return undefined;
  const { buffer } = kernel;
  const layout: KernelLayout = {
    addScaledRows: kernel.kernel,
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
