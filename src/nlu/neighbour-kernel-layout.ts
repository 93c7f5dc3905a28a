import { postingSumsKernel, type AddPostings } from './posting-sums-kernel';
import { alignedTo16 } from './kernel-module';

/** Where the kernel's memory holds the postings, the similarities and one call's features, with views on each. */
export interface NeighbourKernelLayout {
  addPostings: AddPostings;
  examples: Int32Array;
  values: Float32Array;
  similarities: Float64Array;
  /** One call's features, 16 bytes each: a posting range [from, end) as two Int32s, then the feature's value as a Float64. */
  featureRanges: Int32Array;
  featureValues: Float64Array;
  /** How many features one call takes. */
  capacity: number;
  examplesAddress: number;
  valuesAddress: number;
  similaritiesAddress: number;
  featuresAddress: number;
}

/** Features per call: more than a message of the guard's 2,000 characters has words and pairs. */
const featureCapacity = 2048;

/** The neighbours' postings (NeighbourParameters' examples and values) copied into a kernel's memory, and room for one message; undefined without a kernel. */
export function neighbourKernelLayout(parameters: { examples: Int32Array; values: Float32Array; exampleCount: number }): NeighbourKernelLayout | undefined {
  const { examples, values, exampleCount } = parameters;
  const examplesAddress = 0;
  const valuesAddress = examplesAddress + alignedTo16(examples.byteLength);
  const similaritiesAddress = valuesAddress + alignedTo16(values.byteLength);
  const featuresAddress = similaritiesAddress + alignedTo16(exampleCount * 8);
  const kernel = postingSumsKernel(featuresAddress + featureCapacity * 16);
  if (!kernel) return undefined;
  const { buffer } = kernel;
  const layout: NeighbourKernelLayout = {
    addPostings: kernel.kernel,
    examples: new Int32Array(buffer, examplesAddress, examples.length),
    values: new Float32Array(buffer, valuesAddress, values.length),
    similarities: new Float64Array(buffer, similaritiesAddress, exampleCount),
    featureRanges: new Int32Array(buffer, featuresAddress, 4 * featureCapacity),
    featureValues: new Float64Array(buffer, featuresAddress, 2 * featureCapacity),
    capacity: featureCapacity,
    examplesAddress,
    valuesAddress,
    similaritiesAddress,
    featuresAddress,
  };
  layout.examples.set(examples);
  layout.values.set(values);
  return layout;
}
