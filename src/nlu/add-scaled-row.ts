/**
 * `target[i] += weights[offset + i] * factor` for i below `count`, unrolled by four: each sum keeps its own
 * order, so scores are bit-identical to the plain loop (the forward pass's hot loop, for inputs and outputs).
 */
export function addScaledRow(target: Float64Array | Float32Array, weights: Float64Array | Float32Array, offset: number, count: number, factor: number): void {
  let index = 0;
  for (; index + 3 < count; index += 4) {
    target[index] += weights[offset + index] * factor;
    target[index + 1] += weights[offset + index + 1] * factor;
    target[index + 2] += weights[offset + index + 2] * factor;
    target[index + 3] += weights[offset + index + 3] * factor;
  }
  for (; index < count; index++) target[index] += weights[offset + index] * factor;
}
