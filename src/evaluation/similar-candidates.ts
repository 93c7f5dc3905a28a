/** A vector's features and their values, both in the same order. */
export interface FeatureValues {
  features: Int32Array;
  values: Float64Array;
}

/**
 * For each vector, the vectors whose dot product with it may reach `threshold`: a superset of those that do,
 * found without comparing each vector with every other (the all-pairs search's prefix filter). A vector's
 * most common features are left out of the index as long as what they can add to any dot product stays
 * under the threshold; a vector that reaches the threshold with another then shares a feature with the
 * other's indexed part. Common words ("my", "baby") have postings of thousands of phrasings, and scanning
 * them for every phrasing was most of `latch kb check` (issue 13). The vectors are of unit length; values may
 * be of either sign (the bounds use their sizes). `visit` gets each candidate once, never the vector itself.
 */
export function similarCandidates(vectors: readonly FeatureValues[], threshold: number): (vector: number, visit: (other: number) => void) => void {
  const sharing = new Map<number, number>();
  const largest = new Map<number, number>();
  for (const { features, values } of vectors) {
    features.forEach((feature, position) => {
      sharing.set(feature, (sharing.get(feature) ?? 0) + 1);
      largest.set(feature, Math.max(largest.get(feature) ?? 0, Math.abs(values[position])));
    });
  }
  const index = new Map<number, number[]>();
  vectors.forEach(({ features, values }, vector) => {
    // Most common first, so what stays out of the index is what would make the postings long.
    const order = [...features.keys()].sort((a, b) => sharing.get(features[b])! - sharing.get(features[a])! || features[a] - features[b]);
    let byLargest = 0;
    let squares = 0;
    for (const position of order) {
      const feature = features[position];
      byLargest += Math.abs(values[position]) * largest.get(feature)!;
      squares += values[position] * values[position];
      // Two bounds on what the left-out part adds to a dot product with any unit vector: each value times the
      // largest any vector has for its feature, and (Cauchy-Schwarz) the left-out part's length.
      if (Math.min(byLargest, Math.sqrt(squares)) < threshold) continue;
      const postings = index.get(feature);
      if (postings) postings.push(vector);
      else index.set(feature, [vector]);
    }
  });
  const visitedBy = new Int32Array(vectors.length).fill(-1);
  return (vector, visit) => {
    visitedBy[vector] = vector;
    for (const feature of vectors[vector].features) {
      for (const other of index.get(feature) ?? []) {
        if (visitedBy[other] === vector) continue;
        visitedBy[other] = vector;
        visit(other);
      }
    }
  };
}
