import { NearestNeighbours } from '../../src/nlu/nearest-neighbours';
import { seededRandom } from '../../src/nlu/seeded-random';
import type { SparseVector } from '../../src/nlu/sparse-vector';

/** A random sparse vector over `featureCount` features, each kept with the given chance, positive values. */
function randomVector(random: () => number, featureCount: number, chance: number): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  for (let feature = 0; feature < featureCount; feature++) {
    if (random() >= chance) continue;
    indices.push(feature);
    values.push(0.1 + random());
  }
  return { indices: Int32Array.from(indices), values: Float64Array.from(values) };
}

/**
 * The nearest phrasings found the slow way: each phrasing's cosine summed feature by feature in the message's
 * order, as the index adds them; ties go to the phrasing the message's postings reach first.
 */
function bruteNearest(phrasings: readonly SparseVector[], vector: SparseVector, count: number): [number, number][] {
  const unit = (values: Float64Array) => {
    const norm = Math.hypot(...values) || 1;
    return Float64Array.from(values, (value) => value / norm);
  };
  const stored = phrasings.map((phrasing) => ({ indices: phrasing.indices, values: Float32Array.from(unit(phrasing.values)) }));
  const messageNorm = Math.sqrt(vector.values.reduce((sum, value) => sum + value * value, 0)) || 1;
  const sums = new Map<number, number>();
  for (let position = 0; position < vector.indices.length; position++) {
    const feature = vector.indices[position];
    stored.forEach((phrasing, example) => {
      const at = phrasing.indices.indexOf(feature);
      if (at >= 0) sums.set(example, (sums.get(example) ?? 0) + vector.values[position] * (1 / messageNorm) * phrasing.values[at]);
    });
  }
  const order = [...sums.keys()];
  return order
    .map((example, rank) => ({ example, rank, similarity: sums.get(example)! }))
    .sort((one, other) => other.similarity - one.similarity || one.rank - other.rank)
    .slice(0, count)
    .map(({ example, similarity }) => [example, similarity]);
}

describe('NearestNeighbours', () => {
  const random = seededRandom(21);
  const featureCount = 40;
  const phrasings = Array.from({ length: 300 }, () => randomVector(random, featureCount, 0.12));
  // Some phrasings twice, so equal similarities must keep their order.
  phrasings.push(...phrasings.slice(0, 30));
  const labels = phrasings.map((_, example) => example % 7);
  const index = NearestNeighbours.build(phrasings, labels, 7, featureCount, { count: 9, power: 4 });

  it('finds the most similar phrasings with their cosines, equal ones in the order the postings reach them', () => {
    for (let message = 0; message < 50; message++) {
      const vector = randomVector(random, featureCount, 0.2);
      expect(index.nearest(vector, 9)).toEqual(bruteNearest(phrasings, vector, 9));
    }
  });

  it('reads true cosines when a message weight of 0 leaves similarities at 0, and leaves the index clean', () => {
    const vector = randomVector(random, featureCount, 0.3);
    const zeroed = { indices: vector.indices, values: Float64Array.from(vector.values, (value, position) => (position % 2 === 0 ? 0 : value)) };
    const found = index.nearest(zeroed, 9);
    const brute = new Map(bruteNearest(phrasings, zeroed, phrasings.length));
    // A phrasing can be listed at each place its similarity was 0 (as before s21), but every cosine is its own.
    for (const [example, similarity] of found) expect(similarity).toBe(brute.get(example));
    expect(found.map(([, similarity]) => similarity)).toEqual(found.map(([, similarity]) => similarity).sort((one, other) => other - one));
    // The next message finds what it would have found first.
    const next = randomVector(random, featureCount, 0.2);
    expect(index.nearest(next, 9)).toEqual(bruteNearest(phrasings, next, 9));
  });

  it('adds the same in its WebAssembly kernel as in the plain loop, to the bit', () => {
    const plain = NearestNeighbours.fromParameters(index.compiled, { count: 9, power: 4 }, { useKernel: false });
    for (let message = 0; message < 50; message++) {
      const vector = randomVector(random, featureCount, 0.25);
      expect(index.nearest(vector, 9)).toEqual(plain.nearest(vector, 9));
      expect(index.votes(vector, new Float64Array(7))).toEqual(plain.votes(vector, new Float64Array(7)));
    }
  });

  it('leaves a phrasing out when asked, and votes by class with shares that sum to 1', () => {
    const vector = phrasings[5];
    expect(index.nearest(vector, 3, 5).map(([example]) => example)).not.toContain(5);
    // The rest in order, as if the phrasing left out were not there: the phrasings after it, and a twin of it
    // (phrasing 35 is phrasing 5 again) with the same similarity, move up.
    for (const left of [5, 35, 120]) {
      const expected = bruteNearest(phrasings, phrasings[left], phrasings.length).filter(([example]) => example !== left);
      expect(index.nearest(phrasings[left], 9, left)).toEqual(expected.slice(0, 9));
    }
    const votes = index.votes(vector, new Float64Array(7));
    expect(votes.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  });
});
