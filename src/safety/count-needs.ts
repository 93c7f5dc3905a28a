/** Counts one more need met for each of the signs numbered in `signs`. */
export function countNeeds(needsMet: Uint8Array, signs: readonly number[] | undefined): void {
  if (signs) for (let index = 0; index < signs.length; index++) needsMet[signs[index]]++;
}
