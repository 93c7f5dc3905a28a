/** A feature vector that stores only its non-zero entries, as parallel arrays (indices in no set order). */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/** A sparse vector from index → value entries, indices sorted (the safety net's weights read them in order). */
export function sparseFromMap(entries: ReadonlyMap<number, number>): SparseVector {
  const indices = Int32Array.from([...entries.keys()].sort((a, b) => a - b));
  const values = Float64Array.from(indices, (index) => entries.get(index) ?? 0);
  return { indices, values };
}
