/**
 * Positions ordered by their score, highest first and equal scores in position order: what a stable sort of
 * the positions by descending score gives. The classifier ranks every intent of every message this way.
 *
 * An insertion sort over the 82 intents moved a position some n²/4 (1,700) times a message, most intents
 * having tiny scores in no order: 3.2 µs a message, a fifth of ranking's cost that does not grow with the
 * message. Here each score and its position become one 64-bit key (the score's bits with its lowest bits
 * given to the position), the keys are sorted by the typed array's own numeric sort (no comparator called
 * from JavaScript), and a final insertion pass over the nearly sorted result compares the exact scores:
 * 0.95 µs. The pass makes the order exact whatever the keys lost: scores that differ only in the bits the
 * position took come out in their true order, and equal scores keep their keys' position order.
 *
 * Tried in s16 and dropped: a merge sort of the positions in plain loops (insertion-sorted runs of 8, merged two
 * by two over two Int32Arrays) took twice this one's time on the classifier's confidences in the same run.
 */
export class ScoreOrder {
  private readonly keys: BigUint64Array;
  /** The keys as 32-bit halves, written and read without making a BigInt. */
  private readonly keyHalves: Uint32Array;
  private readonly order: Int32Array;
  /** Low bits of each key that hold the position (and no longer the score's lowest bits). */
  private readonly positionMask: number;

  constructor(readonly size: number) {
    const positionBits = 32 - Math.clz32(Math.max(1, size - 1));
    if (positionBits > maximumPositionBits) throw new Error(`ScoreOrder orders at most ${2 ** maximumPositionBits} positions, not ${size}`);
    this.positionMask = 2 ** positionBits - 1;
    this.keys = new BigUint64Array(size);
    this.keyHalves = new Uint32Array(this.keys.buffer);
    this.order = new Int32Array(size);
  }

  /**
   * The positions of `scores` (of this order's size, no NaN), highest score first; the array is reused by
   * the next call.
   */
  orderOf(scores: ArrayLike<number>): Int32Array {
    const { keys, keyHalves, order, positionMask, size } = this;
    for (let position = 0; position < size; position++) {
      // + 0 makes -0 the +0 it equals; a negative score's key is out of place, which the pass below mends.
      scoreBox[0] = scores[position] + 0;
      // Ascending keys with equal scores by descending position: read from the end, ascending positions.
      keyHalves[2 * position + lowHalf] = ((scoreHalves[lowHalf] & ~positionMask) | (positionMask - position)) >>> 0;
      keyHalves[2 * position + highHalf] = scoreHalves[highHalf];
    }
    keys.sort();
    for (let rank = 0; rank < size; rank++) order[rank] = positionMask - (keyHalves[2 * (size - 1 - rank) + lowHalf] & positionMask);
    // Exact scores: a stable insertion sort, which keeps equal scores in the keys' order and moves few.
    for (let rank = 1; rank < size; rank++) {
      const position = order[rank];
      const score = scores[position];
      let at = rank;
      while (at > 0 && scores[order[at - 1]] < score) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = position;
    }
    return order;
  }
}

/** Enough for any classifier's intents; the score keeps at least 32 of its 52 mantissa bits. */
const maximumPositionBits = 20;

/** One score's 64 bits, as two 32-bit halves in the machine's order. */
const scoreBox = new Float64Array(1);
const scoreHalves = new Uint32Array(scoreBox.buffer);
const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const lowHalf = littleEndian ? 0 : 1;
const highHalf = littleEndian ? 1 : 0;
