import { PackedStringTable } from './packed-string-table';

/** Every deletion variant (one per line of `keys`) with the vocabulary words it comes from. */
export interface DeletionIndex {
  keys: string;
  /** Candidates of key k: wordIds[offsets[k] … offsets[k + 1]), each an index into `words`. */
  offsets: Int32Array;
  wordIds: Int32Array;
  words: string[];
}

/**
 * The spelling corrector's deletion index, looked up where it lies: the keys stay the index's one string
 * and the candidates its typed arrays. A Map of one string and one array per key held the same index in
 * some 13 MB of a server's heap.
 */
export class DeletionTable {
  private readonly keys: PackedStringTable;

  constructor(readonly index: DeletionIndex) {
    this.keys = new PackedStringTable(index.keys);
    if (this.keys.size !== index.offsets.length - 1) throw new Error(`spelling index: ${this.keys.size} keys but ${index.offsets.length - 1} candidate lists`);
  }

  /** Calls `visit` with each vocabulary word behind `key`, in the index's order; nothing when there is none. */
  forEachCandidate(key: string, visit: (word: string) => void): void {
    const found = this.keys.find(key);
    if (found === -1) return;
    const { offsets, wordIds, words } = this.index;
    for (let slot = offsets[found]; slot < offsets[found + 1]; slot++) visit(words[wordIds[slot]]);
  }
}
