import { fnvOffsetBasis, fnvState } from './fnv-hash';

/**
 * Many short strings kept as one ("\n" between them) and found by an open-addressing hash table of their
 * positions: a lookup compares characters in place and allocates nothing. A Set or Map of the same strings
 * holds a string object and a table entry for each, several times the memory for the word lists and
 * spelling indexes a server keeps for its whole life. The strings must be distinct and contain no "\n".
 */
export class PackedStringTable {
  readonly size: number;
  /** Where each string starts in `joined`; one more entry, so string k ends at starts[k + 1] − 1. */
  private readonly starts: Int32Array;
  /** String number + 1 in each slot (0 is empty); a power of two at least twice the strings. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(readonly joined: string) {
    let count = joined.length === 0 ? 0 : 1;
    for (let position = joined.indexOf('\n'); position !== -1; position = joined.indexOf('\n', position + 1)) count++;
    this.size = count;
    this.starts = new Int32Array(count + 1);
    let start = 0;
    for (let number = 0; number < count; number++) {
      this.starts[number] = start;
      const end = joined.indexOf('\n', start);
      start = end === -1 ? joined.length + 1 : end + 1;
    }
    this.starts[count] = joined.length + 1;
    let slotCount = 16;
    while (slotCount < count * 2) slotCount *= 2;
    this.slots = new Int32Array(slotCount);
    this.mask = slotCount - 1;
    for (let number = 0; number < count; number++) {
      let slot = hashOf(joined, this.starts[number], this.starts[number + 1] - 1) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = number + 1;
    }
  }

  /** The number of `text` among the strings (its place in `joined`), or −1. */
  find(text: string): number {
    let slot = hashOf(text, 0, text.length) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const start = this.starts[entry - 1];
      if (this.starts[entry] - 1 - start === text.length && this.joined.startsWith(text, start)) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** String number `number` (a new string each call: meant for iteration, not lookups). */
  at(number: number): string {
    return this.joined.slice(this.starts[number], this.starts[number + 1] - 1);
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  return fnvState(fnvOffsetBasis, text, start, end) >>> 0;
}
