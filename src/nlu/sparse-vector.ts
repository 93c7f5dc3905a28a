/** A feature vector that stores only its non-zero entries, as parallel arrays (indices in no set order). */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/** Dot product of two sparse vectors through a dense scratch row of the first (cleared again after). */
export function sparseDot(vector: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let position = 0; position < vector.indices.length; position++) sum += dense[vector.indices[position]] * vector.values[position];
  return sum;
}
