/**
 * Which pairs of neighbouring characters a text holds, as bits: a quick test that a piece of text cannot be
 * in it. A piece is in the text only if each of its pairs is, so `mayHold` is false only where `includes`
 * would be false too: a filter before a pattern that needs one of the pieces, read in one pass over the text
 * instead of one search per piece (the facts reader looked for some forty pieces in every message).
 */

/** Letters a-z, digits 0-9, then every other character as one. */
const kinds = 37;
const otherKind = 36;

function kindOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  return otherKind;
}

/** The pairs of pieces, each as the numbers of its pairs: made once per list. */
export type PiecePairs = readonly Int16Array[];

export function piecePairs(pieces: readonly string[]): PiecePairs {
  return pieces.map((piece) => {
    const pairs = new Int16Array(Math.max(0, piece.length - 1));
    for (let index = 1; index < piece.length; index++) pairs[index - 1] = kindOf(piece.charCodeAt(index - 1)) * kinds + kindOf(piece.charCodeAt(index));
    return pairs;
  });
}

/** One set of bits, refilled for each text (the reader reads one text at a time). */
const bits = new Uint32Array(Math.ceil((kinds * kinds) / 32));

/** The pairs `text` holds, valid until the next call. */
export function letterPairsOf(text: string): Uint32Array {
  bits.fill(0);
  let previous = text.length > 0 ? kindOf(text.charCodeAt(0)) : 0;
  for (let index = 1; index < text.length; index++) {
    const kind = kindOf(text.charCodeAt(index));
    const pair = previous * kinds + kind;
    bits[pair >>> 5] |= 1 << (pair & 31);
    previous = kind;
  }
  return bits;
}

/** False when no piece can be in the text whose pairs these are (true may still be a piece that is not). */
export function mayHold(textPairs: Uint32Array, pieces: PiecePairs): boolean {
  for (let piece = 0; piece < pieces.length; piece++) {
    const pairs = pieces[piece];
    let all = true;
    for (let index = 0; index < pairs.length && all; index++) all = (textPairs[pairs[index] >>> 5] & (1 << (pairs[index] & 31))) !== 0;
    if (all) return true;
  }
  return false;
}
