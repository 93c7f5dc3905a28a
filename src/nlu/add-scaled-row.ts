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

/**
 * Four rows of `weights` scaled into `target` in one pass: `target[i] + row1[i] * factor1 + … + row4[i] * factor4`,
 * added left to right, the same additions in the same order as four passes of one row, with a quarter of the
 * reads and writes of `target` (the scoring loops of the hidden layer and the safety net, four rows at a time).
 */
export function addFourScaledRows(
  target: Float64Array | Float32Array,
  weights: Float64Array | Float32Array,
  count: number,
  first: number,
  firstFactor: number,
  second: number,
  secondFactor: number,
  third: number,
  thirdFactor: number,
  fourth: number,
  fourthFactor: number,
): void {
  for (let index = 0; index < count; index++) {
    target[index] = target[index] + weights[first + index] * firstFactor + weights[second + index] * secondFactor + weights[third + index] * thirdFactor + weights[fourth + index] * fourthFactor;
  }
}
