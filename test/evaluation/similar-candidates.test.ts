import fc from 'fast-check';
import { similarCandidates, type FeatureValues } from '../../src/evaluation/similar-candidates';

/** A unit vector over features 0 … 11 from raw values (features with 0 left out). */
function unit(raw: number[]): FeatureValues {
  const kept = raw.map((value, feature) => [feature, value]).filter(([, value]) => value !== 0);
  const norm = Math.hypot(...kept.map(([, value]) => value)) || 1;
  return { features: Int32Array.from(kept, ([feature]) => feature), values: Float64Array.from(kept, ([, value]) => value / norm) };
}

function dot(first: FeatureValues, second: FeatureValues): number {
  let sum = 0;
  first.features.forEach((feature, position) => {
    const at = second.features.indexOf(feature);
    if (at >= 0) sum += first.values[position] * second.values[at];
  });
  return sum;
}

function candidates(vectors: FeatureValues[], threshold: number): Set<number>[] {
  const candidatesOf = similarCandidates(vectors, threshold);
  return vectors.map((_, vector) => {
    const found = new Set<number>();
    candidatesOf(vector, (other) => {
      // Each once, never itself.
      if (found.has(other) || other === vector) throw new Error(`${other} offered to ${vector} twice or to itself`);
      found.add(other);
    });
    return found;
  });
}

describe('similarCandidates', () => {
  it('offers every vector whose dot product reaches the threshold, whatever the signs', () => {
    const value = fc.oneof(fc.constant(0), fc.constant(0), fc.double({ min: -3, max: 3, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 12, maxLength: 12 }), { minLength: 2, maxLength: 30 }), fc.double({ min: 0.05, max: 0.99, noNaN: true }), (raws, threshold) => {
        const vectors = raws.map(unit);
        const found = candidates(vectors, threshold);
        const missed = vectors.flatMap((first, one) => vectors.filter((second, other) => one !== other && dot(first, second) >= threshold && !found[one].has(other)));
        return missed.length === 0;
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out vectors that share only a common feature too light to reach the threshold', () => {
    // Feature 0 ("my") in every vector with a small weight; each vector's own heavy feature differs.
    const vectors = [1, 2, 3, 4].map((own) => unit([0.3, ...Array.from({ length: 11 }, (_, feature) => (feature + 1 === own ? 1 : 0))]));
    const found = candidates(vectors, 0.5);
    expect(found.map((set) => set.size)).toEqual([0, 0, 0, 0]);
    // Under a threshold they do reach (0.3² ÷ 1.09 ≈ 0.083), each finds all three others.
    expect(candidates(vectors, 0.08).map((set) => set.size)).toEqual([3, 3, 3, 3]);
  });
});
