import { HiddenLayerNetwork } from '../../src/nlu/hidden-layer-network';
import { defaultHiddenLayerOptions } from '../../src/nlu/hidden-layer-options';
import { SoftmaxRegression } from '../../src/nlu/softmax-regression';
import type { SparseVector } from '../../src/nlu/sparse-vector';

/** A unit-length sparse vector over the given feature ids, each counted once. */
function vector(...features: number[]): SparseVector {
  return { indices: Int32Array.from(features), values: Float64Array.from(features, () => 1 / Math.sqrt(features.length)) };
}

// Features 0 and 1 together, or 2 and 3 together, mean class 1; 0 with 3, or 2 with 1, mean class 0 (as
// "bigger" with "boobs" is about breast size and "bigger" with "feeds" is not). Class 0's two pairs and
// class 1's two pairs have the same four features, so no weighted sum of single features puts both pairs
// of each class on its side: a softmax regression gets at least one wrong, a hidden layer can get them all.
const vectors = [vector(0, 1), vector(2, 3), vector(0, 3), vector(2, 1)];
const labels = [1, 1, 0, 0];
const repeated = Array.from({ length: 10 }, () => vectors).flat();
const repeatedLabels = Array.from({ length: 10 }, () => labels).flat();
const options = { ...defaultHiddenLayerOptions, units: 64, epochs: 100, learningRate: 0.5, inputs: 'all' as const, share: 0.3 };
const best = (probabilities: Float64Array) => (probabilities[0] >= probabilities[1] ? 0 : 1);

describe('HiddenLayerNetwork', () => {
  it('learns a pair of features that means something neither means alone, which the softmax regression cannot', () => {
    const network = HiddenLayerNetwork.train(repeated, repeatedLabels, 2, 4, options, () => true);
    expect(vectors.map((input) => best(network.probabilities(input, new Float64Array(2))))).toEqual(labels);
    const regression = SoftmaxRegression.train(repeated, repeatedLabels, 2, 4, { epochs: 60, learningRate: 1, l2: 0, seed: 7, classBalance: 0, pruneBelow: 0 });
    const regressionRight = vectors.filter((input, index) => best(regression.probabilities(input)) === labels[index]).length;
    expect(regressionRight).toBeLessThan(vectors.length);
  });

  it('trains the same network from the same data and seed, and rebuilds it from its parameters', () => {
    const first = HiddenLayerNetwork.train(repeated, repeatedLabels, 2, 4, options, () => true);
    const second = HiddenLayerNetwork.train(repeated, repeatedLabels, 2, 4, options, () => true);
    const rebuilt = HiddenLayerNetwork.fromParameters(first.compiled);
    for (const input of vectors) {
      const expected = first.probabilities(input, new Float64Array(2));
      expect(Array.from(second.probabilities(input, new Float64Array(2)))).toEqual(Array.from(expected));
      expect(Array.from(rebuilt.probabilities(input, new Float64Array(2)))).toEqual(Array.from(expected));
    }
  });

  it('feeds its units only the word features when told to, ignoring the rest of the vector', () => {
    const network = HiddenLayerNetwork.train(repeated, repeatedLabels, 2, 4, { ...options, inputs: 'words' }, (feature) => feature !== 2);
    expect(Array.from(network.compiled.rows)).toEqual([0, 1, -1, 2]);
    // Feature 2 has no input row, so a message with only it sees the biases alone, like an empty message.
    expect(Array.from(network.probabilities(vector(2), new Float64Array(2)))).toEqual(Array.from(network.probabilities(vector(), new Float64Array(2))));
  });

  it('refuses parameters whose sizes do not fit', () => {
    const { compiled } = HiddenLayerNetwork.train(repeated, repeatedLabels, 2, 4, options, () => true);
    expect(() => HiddenLayerNetwork.fromParameters({ ...compiled, classBiases: new Float32Array(3) })).toThrow('do not fit');
  });
});

describe('HiddenLayerNetwork scores', () => {
  // Sizes that are not multiples of four (the inner loops take four at a time) and a message longer than
  // the network's first scratch space.
  const features = 700;
  const network = HiddenLayerNetwork.train(
    Array.from({ length: 40 }, (_, index) => vector(index % features, (index * 7 + 3) % features, (index * 13 + 5) % features)),
    Array.from({ length: 40 }, (_, index) => index % 6),
    6,
    features,
    { ...options, units: 7, epochs: 5, inputs: 'words' },
    (feature) => feature % 5 !== 0,
  );

  /** The network's scores worked out the plain way, one sum at a time in the order of the vector. */
  function plainScores(input: SparseVector): number[] {
    const { rows, inputWeights, unitBiases, outputWeights, classBiases, unitCount, classCount } = network.compiled;
    let sum = 0;
    input.indices.forEach((feature, position) => {
      if (rows[feature] >= 0) sum += input.values[position] * input.values[position];
    });
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    const units = Array.from(unitBiases);
    input.indices.forEach((feature, position) => {
      if (rows[feature] < 0) return;
      for (let unit = 0; unit < unitCount; unit++) units[unit] += inputWeights[rows[feature] * unitCount + unit] * (input.values[position] * scale);
    });
    const scores = Array.from(classBiases);
    units.forEach((activation, unit) => {
      if (activation <= 0) return;
      for (let label = 0; label < classCount; label++) scores[label] += outputWeights[unit * classCount + label] * activation;
    });
    return scores;
  }

  it.each([[[1, 2, 3]], [[0, 5, 10]], [[]], [Array.from({ length: 600 }, (_, index) => index + 1)]])('are the plain sums, exactly, for features %#', (ids) => {
    const input = vector(...ids);
    expect(Array.from(network.scores(input, new Float64Array(6)))).toEqual(plainScores(input));
  });

  it.each([[[1, 2, 3]], [[0, 5, 10]], [[]], [Array.from({ length: 600 }, (_, index) => index + 1)]])('are the same to the bit in the WebAssembly kernel and the plain loops, for features %#', (ids) => {
    const input = vector(...ids);
    const plain = HiddenLayerNetwork.fromParameters(network.compiled, { useKernel: false });
    expect(Array.from(network.scores(input, new Float64Array(6)))).toEqual(Array.from(plain.scores(input, new Float64Array(6))));
  });
});

describe('HiddenLayerNetwork with the sizes of the classifier', () => {
  // 256 units and an odd class count, as the trained classifier has (67 intents): the kernel's pairs of
  // doubles leave one class over, and a long message's rows go in several chunks.
  const unitCount = 256;
  const classCount = 67;
  const featureCount = 900;
  let seed = 5;
  const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296) * 2 - 1;
  const rows = Int32Array.from({ length: featureCount }, (_, feature) => (feature % 3 === 0 ? -1 : feature - Math.ceil(feature / 3)));
  const rowCount = rows.reduce((count, row) => (row >= 0 ? count + 1 : count), 0);
  const parameters = {
    featureCount,
    rows,
    unitCount,
    classCount,
    inputWeights: Float32Array.from({ length: rowCount * unitCount }, random),
    unitBiases: Float32Array.from({ length: unitCount }, () => random() * 0.1),
    outputWeights: Float32Array.from({ length: unitCount * classCount }, random),
    classBiases: Float32Array.from({ length: classCount }, random),
  };
  const kernel = HiddenLayerNetwork.fromParameters(parameters);
  const plain = HiddenLayerNetwork.fromParameters(parameters, { useKernel: false });

  it.each([[3], [13], [14], [301], [899]])('scores a message of %i features the same to the bit either way', (length) => {
    const input = { indices: Int32Array.from({ length }, (_, index) => (index * 7) % featureCount), values: Float64Array.from({ length }, () => Math.abs(random())) };
    const expected = Array.from(plain.scores(input, new Float64Array(classCount)));
    expect(expected.some((score) => score !== 0)).toBe(true);
    expect(Array.from(kernel.scores(input, new Float64Array(classCount)))).toEqual(expected);
  });

  it('runs in the kernel on Node 20 and keeps its weights as given in its compiled form', () => {
    expect(kernel.usesKernel).toBe(true);
    expect(plain.usesKernel).toBe(false);
    const bytes = (array: Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    expect(bytes(kernel.compiled.inputWeights).equals(bytes(parameters.inputWeights))).toBe(true);
    expect(bytes(kernel.compiled.outputWeights).equals(bytes(parameters.outputWeights))).toBe(true);
  });
});
