import { HashedLogisticRegression, hashedFeatures, type HashedTrainingSettings } from '../../src/nlu/hashed-logistic-regression';

const settings: HashedTrainingSettings = { dimension: 1 << 12, epochs: 20, learningRate: 0.5, decay: 0, seed: 7 };

// Two made-up kinds told apart by their words and by a caller's token: a sign told with what makes it ordinary
// (yes) against the same sign told as it is (no).
const lessons = [
  { text: 'the rash went away and she is feeding well and smiling', tokens: ['rule a'], positive: true },
  { text: 'a small rash that faded and she is feeding well', tokens: ['rule a'], positive: true },
  { text: 'rash gone by morning, feeding well, happy', tokens: ['rule a'], positive: true },
  { text: 'the rash is spreading and she will not feed', tokens: ['rule a'], positive: false },
  { text: 'a rash that will not fade and she is floppy', tokens: ['rule a'], positive: false },
  { text: 'rash all over and she is hard to wake', tokens: ['rule a'], positive: false },
];

describe('HashedLogisticRegression', () => {
  const model = HashedLogisticRegression.train(lessons, settings);

  it('learns which words make a text a yes', () => {
    expect(model.probability('the rash faded, feeding well and smiling', ['rule a'])).toBeGreaterThan(0.5);
    expect(model.probability('the rash will not fade and she is floppy', ['rule a'])).toBeLessThan(0.5);
  });

  it('gives the same weights for the same lessons and seed, and other weights for another seed', () => {
    expect(HashedLogisticRegression.train(lessons, settings).weights).toEqual(model.weights);
    expect(HashedLogisticRegression.train(lessons, { ...settings, seed: 8 }).weights).not.toEqual(model.weights);
  });

  it('reads back from its weights with the same probabilities', () => {
    const again = HashedLogisticRegression.fromWeights(Float32Array.from(model.weights));
    expect(again.probability('rash gone, feeding well', ['rule a'])).toBe(model.probability('rash gone, feeding well', ['rule a']));
  });

  it('refuses a number of weights that is not a power of two', () => {
    expect(() => HashedLogisticRegression.fromWeights(new Float32Array(1000))).toThrow(/power-of-two/);
  });
});

describe('hashedFeatures', () => {
  it('holds a constant, each word, each pair, the tokens and a length bucket, each once, inside the dimension', () => {
    const features = hashedFeatures('Rash RASH gone', ['rule a'], 1 << 16);
    // constant, "rash", "gone", "rash rash", "rash gone", the token, the length: "rash" counted once.
    expect(features).toHaveLength(7);
    expect(new Set(features).size).toBe(features.length);
    expect(features.every((feature) => feature >= 0 && feature < 1 << 16)).toBe(true);
  });

  it('tells the same words with another token apart, and a pair from its words the other way round', () => {
    expect(hashedFeatures('rash gone', ['rule a'], 1 << 16)).not.toEqual(hashedFeatures('rash gone', ['rule b'], 1 << 16));
    expect(new Set(hashedFeatures('rash gone', [], 1 << 16))).not.toEqual(new Set(hashedFeatures('gone rash', [], 1 << 16)));
  });
});
