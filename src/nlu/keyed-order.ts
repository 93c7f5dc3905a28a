/**
 * `order` as the positions of `keys` sorted by each key mixed with `salt` (ties by position). Each sample's place
 * depends on its own key and the salt only, so a sample added or taken away leaves the others' order as it was: a
 * training order that a small change to the examples does not reshuffle. A new salt gives an unrelated order.
 */
export function keyedOrder(order: number[], keys: Uint32Array, salt: number): void {
  const mixed = keys.map((key) => mixBits(key ^ salt));
  order.length = keys.length;
  for (let position = 0; position < keys.length; position++) order[position] = position;
  order.sort((first, second) => mixed[first] - mixed[second] || first - second);
}

/** A 32-bit finaliser (murmur3's): nearby keys land far apart, so each salt gives a fresh order. */
function mixBits(value: number): number {
  let mixed = value >>> 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}
