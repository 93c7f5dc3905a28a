import { NetWeights } from '../../src/safety/net-weights';
import type { SparseVector } from '../../src/nlu/sparse-vector';
import { trainSoftmaxWeights } from '../../src/nlu/train-softmax-weights';

// A small problem of three classes over eight features, each sample two or three features: enough for the
// shuffle order to move the trained weights.
const featureCount = 8;
const classCount = 3;
const samples: { vector: SparseVector; label: number }[] = [];
for (let index = 0; index < 60; index++) {
  const label = index % classCount;
  const features = [label * 2, (label * 2 + 1 + (index % 4 === 0 ? 2 : 0)) % featureCount, 6 + (index % 2)];
  samples.push({ vector: { indices: Int32Array.from(features.sort((one, other) => one - other)), values: Float64Array.from(features, () => 1) }, label });
}
const vectors = samples.map((sample) => sample.vector);
const labels = samples.map((sample) => sample.label);
const probe = { indices: [0, 3, 6], values: [1, 1, 1] };
const scoresOf = (net: NetWeights) => Array.from(net.probabilitiesOf(probe.indices, probe.values, probe.indices.length));

describe('the safety net weights', () => {
  it('averages the members trained from consecutive seeds into one net', () => {
    const training = { epochs: 5, l2: 0 };
    const first = NetWeights.train(vectors, labels, classCount, featureCount, { ...training, seed: 21 }).toData();
    const second = NetWeights.train(vectors, labels, classCount, featureCount, { ...training, seed: 22 }).toData();
    const both = NetWeights.train(vectors, labels, classCount, featureCount, { ...training, seed: 21, members: 2 }).toData();
    // Every feature occurs, so each net keeps a row for all eight in the same order.
    expect(Array.from(both.features)).toEqual(Array.from(first.features));
    both.weights.forEach((weight, position) => expect(weight).toBeCloseTo((first.weights[position] + second.weights[position]) / 2, 12));
    both.biases.forEach((bias, label) => expect(bias).toBeCloseTo((first.biases[label] + second.biases[label]) / 2, 12));
    // Two seeds do train different nets: the average is not one of them.
    expect(Array.from(first.weights)).not.toEqual(Array.from(second.weights));
  });

  it('keeps a single member as it was trained before members existed', () => {
    const training = { epochs: 5, l2: 0 };
    const plain = NetWeights.train(vectors, labels, classCount, featureCount, training);
    const one = NetWeights.train(vectors, labels, classCount, featureCount, { ...training, seed: 11, members: 1 });
    expect(scoresOf(one)).toEqual(scoresOf(plain));
  });

  it('hands back the average of the last epochs when asked', () => {
    const options = (epochs: number, averagedEpochs?: number) => ({ epochs, learningRate: 0.5, l2: 0, classWeights: Float64Array.from([1, 1, 1]), random: seeded(), averagedEpochs });
    const afterTwo = trainSoftmaxWeights(vectors, labels, classCount, featureCount, options(2));
    const afterThree = trainSoftmaxWeights(vectors, labels, classCount, featureCount, options(3));
    const averaged = trainSoftmaxWeights(vectors, labels, classCount, featureCount, options(3, 2));
    averaged.weights.forEach((weight, position) => expect(weight).toBeCloseTo((afterTwo.weights[position] + afterThree.weights[position]) / 2, 12));
    averaged.biases.forEach((bias, label) => expect(bias).toBeCloseTo((afterTwo.biases[label] + afterThree.biases[label]) / 2, 12));
    expect(Array.from(afterTwo.weights)).not.toEqual(Array.from(afterThree.weights));
  });
});

/** The same sequence on every call, so runs of 2 and 3 epochs shuffle their first two epochs alike. */
function seeded(): () => number {
  let state = 5;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
