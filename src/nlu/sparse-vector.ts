/** A feature vector that stores only its non-zero entries, as parallel arrays sorted by index. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

export function sparseFromMap(entries: ReadonlyMap<number, number>): SparseVector {
  const indices = Int32Array.from([...entries.keys()].sort((a, b) => a - b));
  const values = Float64Array.from(indices, (index) => entries.get(index) ?? 0);
  return { indices, values };
}
