import type { Element, Found } from './concept-phrase';
import type { TriageToken } from './triage-tokens';
import { gapStops } from './gap-stops';

// The concept phrases as flat arrays of numbers, and the matching of one phrase from a place in a message over
// the message's tokens as numbers: the same steps as collectEnds in concept-phrase.ts, without reading an
// Element object or comparing a string per step. A message's some sixty tried phrases otherwise walked
// thousands of small objects spread over the heap, and most of a turn's time went to waiting for them.

const stemKind = 0;
const prefixKind = 1;
const gapKind = 2;
const numberKind = 3;
const conceptKind = 4;

/** How many numbers an element takes in `PhraseCode.elements`: its kind, its first and its second number. */
const elementFields = 3;

/** What the matching needs to know of a token, as bits. */
const breakAfter = 1;
const sentenceEndAfter = 2;
/** A word a gap does not reach over (gap-stops.ts). */
const stopsGap = 4;
const isNumber = 8;

/**
 * Every phrase's elements, one after another: by element, its kind, then (by kind) the stem's and the word's
 * numbers, the prefix's number, the gap's length or the concept's number. Words and stems are numbered in
 * `numberOf`; a token's word or stem that no phrase has gets -1, which no element holds. Plain data, so the
 * compiled matcher that holds it stays plain data (the tests keep it as a snapshot).
 */
export interface PhraseCode {
  /**
   * By element, `elementFields` numbers from `element * elementFields`: its kind, then its first and second
   * number. One array rather than one per field, so a step reads one cache line, not three.
   */
  elements: Int32Array;
  prefixes: string[];
  numberOf: Map<string, number>;
  /** The message being matched: each token's stem and word numbers and its bits; grown for a longer one. */
  tokenStems: Int32Array;
  tokenWords: Int32Array;
  tokenBits: Uint8Array;
  tokenCount: number;
}

/** The phrases as code, and where each one's elements start. */
export function compilePhraseCode(phrases: Iterable<readonly Element[]>): { code: PhraseCode; offsets: Map<readonly Element[], number> } {
  const numberOf = new Map<string, number>();
  const numbered = (text: string) => {
    let number = numberOf.get(text);
    if (number === undefined) numberOf.set(text, (number = numberOf.size));
    return number;
  };
  const prefixes: string[] = [];
  const offsets = new Map<readonly Element[], number>();
  const kinds: number[] = [];
  const first: number[] = [];
  const second: number[] = [];
  for (const phrase of phrases) {
    if (offsets.has(phrase)) continue;
    offsets.set(phrase, kinds.length);
    for (const element of phrase) {
      const [kind, one, two] =
        element.kind === 'stem'
          ? [stemKind, numbered(element.stem), numbered(element.word)]
          : element.kind === 'prefix'
            ? [prefixKind, prefixes.push(element.prefix) - 1, -1]
            : element.kind === 'gap'
              ? [gapKind, element.maximum, -1]
              : element.kind === 'number'
                ? [numberKind, -1, -1]
                : [conceptKind, element.number, -1];
      kinds.push(kind);
      first.push(one);
      second.push(two);
    }
  }
  const elements = new Int32Array(kinds.length * elementFields);
  kinds.forEach((kind, index) => {
    elements[index * elementFields] = kind;
    elements[index * elementFields + 1] = first[index];
    elements[index * elementFields + 2] = second[index];
  });
  const code: PhraseCode = {
    elements,
    prefixes,
    numberOf,
    tokenStems: new Int32Array(256),
    tokenWords: new Int32Array(256),
    tokenBits: new Uint8Array(256),
    tokenCount: 0,
  };
  return { code, offsets };
}

/** Starts a message of `count` tokens, each then set with setCodedToken. */
export function startCodedMessage(code: PhraseCode, count: number): void {
  if (code.tokenStems.length < count) {
    const size = Math.max(count, 2 * code.tokenStems.length);
    code.tokenStems = new Int32Array(size);
    code.tokenWords = new Int32Array(size);
    code.tokenBits = new Uint8Array(size);
  }
  code.tokenCount = count;
}

/** A token's numbers (numberOf its stem and its word, -1 for none) and bits. */
export function setCodedToken(code: PhraseCode, index: number, token: TriageToken, stemNumber: number, wordNumber: number): void {
  code.tokenStems[index] = stemNumber;
  code.tokenWords[index] = wordNumber;
  code.tokenBits[index] =
    (token.sentenceEnd || token.clauseEnd ? breakAfter : 0) | (token.sentenceEnd ? sentenceEndAfter : 0) | (gapStops.has(token.word) ? stopsGap : 0) | (token.value !== undefined ? isNumber : 0);
}

/** A phrase that goes on with no word to look for first (a prefix, a number, a concept, a gap before one of those). */
export const noWordNeeded = -2;

/**
 * The word a phrase needs at its element `index` (numbered as the code numbers them): that element if it is a
 * word, or the word after it if it is a gap, as [stem number, word number, how many tokens ahead it may stand
 * (the gap's length, or 0)]; `noWordNeeded` for both numbers when it needs no word there. A place where that
 * word stands nowhere in reach is one where collectCodedEnds would come back with no end, so it need not be tried.
 */
export function neededWord(phrase: readonly Element[], index: number, numberOf: ReadonlyMap<string, number>): [number, number, number] {
  const next = phrase[index];
  const word = next?.kind === 'stem' ? next : next?.kind === 'gap' && phrase[index + 1]?.kind === 'stem' ? phrase[index + 1] : undefined;
  if (!word) return [noWordNeeded, noWordNeeded, 0];
  return [numberOf.get(word.stem)!, numberOf.get(word.word)!, next.kind === 'gap' ? next.maximum : 0];
}

/** True when a token of the message set in the code, from `position` to `reach` tokens after it, has the stem or the word numbered `stem` and `word`. */
export function wordWithin(code: PhraseCode, position: number, reach: number, stem: number, word: number): boolean {
  const last = Math.min(position + reach, code.tokenCount - 1);
  for (let at = position; at <= last; at++) if (code.tokenStems[at] === stem || code.tokenWords[at] === word) return true;
  return false;
}

/** True when a sentence ends after the token at `index` of the message set in the code. */
export function tokenEndsSentence(code: PhraseCode, index: number): boolean {
  return (code.tokenBits[index] & sentenceEndAfter) !== 0;
}

/**
 * collectEnds (concept-phrase.ts) for the phrase of `length` elements at `offset`, from its element `from`,
 * over the message set with startCodedMessage and setCodedToken, for tokens without alternatives (a message
 * with a token's alternatives goes through collectEnds itself).
 */
export function collectCodedEnds(code: PhraseCode, offset: number, length: number, from: number, tokens: readonly TriageToken[], position: number, found: Found, ends: number[]): void {
  const { elements, tokenBits, tokenCount } = code;
  for (; from < length; from++, position++) {
    const at = (offset + from) * elementFields;
    const kind = elements[at];
    if (kind === gapKind) {
      // Nor does it start after one: "since yesterday, no jabs".
      const afterBreak = position > 0 && (tokenBits[position - 1] & breakAfter) !== 0;
      const count = ends.length;
      const maximum = afterBreak ? 0 : elements[at + 1];
      for (let skip = 0; skip <= maximum && position + skip <= tokenCount; skip++) {
        // A gap does not reach over the end of a clause or over "but".
        if (skip > 0 && (tokenBits[position + skip - 1] & (breakAfter | stopsGap)) !== 0) break;
        collectCodedEnds(code, offset, length, from + 1, tokens, position + skip, found, ends);
        // The shortest gap the rest fits after.
        if (ends.length > count) break;
      }
      return;
    }
    if (position >= tokenCount) return;
    if (kind === conceptKind) {
      const spans = found[elements[at + 1]];
      if (spans) for (let index = 0; index < spans.length; index++) if (spans[index].start === position) collectCodedEnds(code, offset, length, from + 1, tokens, spans[index].end, found, ends);
      return;
    }
    if (kind === stemKind) {
      if (code.tokenStems[position] !== elements[at + 1] && code.tokenWords[position] !== elements[at + 2]) return;
    } else if (kind === prefixKind) {
      if (!tokens[position].word.startsWith(code.prefixes[elements[at + 1]])) return;
    } else if ((tokenBits[position] & isNumber) === 0) return;
    // The words of one phrase stay in one sentence.
    if (from + 1 < length && (tokenBits[position] & sentenceEndAfter) !== 0) return;
  }
  ends.push(position);
}
