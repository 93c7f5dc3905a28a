/**
 * Lists of numbers by a key (a non-negative integer), as one open-addressing table of typed arrays: each slot
 * is its key, then where its list starts and ends in `lists`. The phrase tree's wide nodes find a token's
 * children here (phrase-trie.ts): a Map of typed arrays took a bucket, an entry, the array object and its
 * elements, each a read of its own from memory the rest of a turn had pushed out of the cache; a slot holds
 * the key and the list's bounds in one line.
 */
export interface ChildTable {
  /** By slot, `slotFields` numbers from `slot * slotFields`: the key (-1 for an empty slot), the list's start and end. */
  slots: Int32Array;
  lists: Int32Array;
  /** How far a key's hash is shifted right to give its first slot (the table has 2^(32 - shift) slots). */
  shift: number;
}

const slotFields = 3;

/** The table of `map`'s lists, each in the order given, at most a quarter full. */
export function compileChildTable(map: ReadonlyMap<number, readonly number[]>): ChildTable {
  let bits = 2;
  while (1 << bits < 4 * map.size) bits++;
  const size = 1 << bits;
  const slots = new Int32Array(size * slotFields).fill(-1);
  const lists: number[] = [];
  const shift = 32 - bits;
  for (const [key, list] of map) {
    if (!(Number.isInteger(key) && key >= 0 && key <= 0x7fffffff)) throw new Error(`child-table.ts: key ${key} is not a non-negative 32-bit integer`);
    let slot = firstSlot(key, shift);
    while (slots[slot * slotFields] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot * slotFields] = key;
    slots[slot * slotFields + 1] = lists.length;
    lists.push(...list);
    slots[slot * slotFields + 2] = lists.length;
  }
  return { slots, lists: Int32Array.from(lists), shift };
}

/** Where the key's slot starts in `slots` (its list from `slots[at + 1]` to `slots[at + 2]`), or -1 when the key has none. */
export function childSlotOf(table: ChildTable, key: number): number {
  const { slots, shift } = table;
  const mask = (slots.length / slotFields) - 1;
  for (let slot = firstSlot(key, shift); ; slot = (slot + 1) & mask) {
    const held = slots[slot * slotFields];
    if (held === key) return slot * slotFields;
    if (held === -1) return -1;
  }
}

/** Fibonacci hashing: the top bits of the key times 2^32 / φ, so near keys (one node's children) spread out. */
function firstSlot(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}
