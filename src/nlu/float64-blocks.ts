/**
 * Fresh Float64Arrays for results handed out once per message (the safety net's probabilities), carved as
 * views from shared blocks. A typed array of more than 64 bytes gets a backing store of its own outside the
 * heap, and on this machine making one cost 0.6 to 2 µs (`slice()` of 18 numbers, counted as external
 * memory towards the next collection); a view on a block already made costs about 0.06 µs. Each view is
 * the caller's to keep: its part of the block is never handed out again, and a block lives while any view
 * of it does (a few kilobytes).
 */
export class Float64Blocks {
  private block: ArrayBuffer;
  /** Bytes of the current block already handed out. */
  private used = 0;

  constructor(private readonly blockBytes = 8192) {
    this.block = new ArrayBuffer(blockBytes);
  }

  /** A new array of `length` zeros, shared with no array handed out before. */
  take(length: number): Float64Array {
    const bytes = length * Float64Array.BYTES_PER_ELEMENT;
    if (this.used + bytes > this.block.byteLength) {
      this.block = new ArrayBuffer(Math.max(this.blockBytes, bytes));
      this.used = 0;
    }
    const array = new Float64Array(this.block, this.used, length);
    this.used += bytes;
    return array;
  }
}
