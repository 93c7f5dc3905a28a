/** A feature vector that stores only its non-zero entries, as parallel arrays (indices in no set order). */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}
