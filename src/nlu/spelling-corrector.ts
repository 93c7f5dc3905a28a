import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import { DeletionTable, type DeletionIndex } from './deletion-table';

export type { DeletionIndex } from './deletion-table';

export interface SpellingCorrectorOptions {
  /** Words of the knowledge base with how often each occurs; corrections only ever land on these. */
  vocabulary: ReadonlyMap<string, number>;
  /**
   * Real words that must not be changed even though the knowledge base does not use them. A function is
   * called only when a correction is first about to happen, so start-up does not pay for a dictionary
   * that most messages never need.
   */
  protectedWords: ReadonlySet<string> | (() => ReadonlySet<string>);
}

const cacheLimit = 20_000;


/**
 * Bounded spelling correction against the knowledge base's own vocabulary: one edit for words of four or
 * five letters, two for longer ones. Candidates come from a precomputed index of deletions, so a lookup
 * costs a few map reads instead of a distance to every word.
 */
export class SpellingCorrector {
  private readonly deletions: DeletionTable;
  private readonly cache = new Map<string, string>();
  private protectedWords: ReadonlySet<string> | undefined;

  constructor(
    private readonly options: SpellingCorrectorOptions,
    /** A precomputed index (from a compiled model) instead of deriving it from the vocabulary again. */
    index?: DeletionIndex,
  ) {
    this.deletions = new DeletionTable(index ?? deletionIndexOf(options.vocabulary));
  }

  /** The deletion index in a form that is quick to store and to read back. */
  get index(): DeletionIndex {
    return this.deletions.index;
  }

  correct(word: string): string {
    if (this.options.vocabulary.has(word)) return word;
    // Only correctable words are ever cached, so a word found there needs no check of its letters.
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    if (!isCorrectable(word)) return word;
    // The index answers "no candidate" for most unknown words at once; only a real candidate needs the
    // (larger) list of English words that must stay as typed.
    const candidate = this.bestCandidate(word);
    const corrected = candidate === undefined || this.isProtected(word) ? word : candidate;
    if (this.cache.size >= cacheLimit) this.cache.clear();
    this.cache.set(word, corrected);
    return corrected;
  }

  private isProtected(word: string): boolean {
    const given = this.options.protectedWords;
    const words = (this.protectedWords ??= typeof given === 'function' ? given() : given);
    if (words.has(word)) return true;
    // WordNet lists lemmas; accept the common inflections of one.
    for (const suffix of ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er']) {
      if (word.endsWith(suffix) && words.has(word.slice(0, -suffix.length))) return true;
    }
    return false;
  }

  private bestCandidate(word: string): string | undefined {
    const limit = maximumDistance(word.length);
    let best: string | undefined;
    let bestDistance = Infinity;
    let bestCount = -1;
    const consider = (candidate: string) => {
      const distance = DamerauLevenshteinDistance(word, candidate);
      if (distance > limit) return;
      const count = this.options.vocabulary.get(candidate) ?? 0;
      if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
        best = candidate;
        bestDistance = distance;
        bestCount = count;
      }
    };
    for (const variant of deletionsOf(word, limit)) {
      if (this.options.vocabulary.has(variant) && isCorrectable(variant)) consider(variant);
      this.deletions.forEachCandidate(variant, consider);
    }
    return best;
  }
}

/** Every deletion variant of the vocabulary's correctable words, with the words it comes from in vocabulary order. */
function deletionIndexOf(vocabulary: ReadonlyMap<string, number>): DeletionIndex {
  const deletions = new Map<string, string[]>();
  for (const word of vocabulary.keys()) {
    if (!isCorrectable(word)) continue;
    for (const variant of deletionsOf(word, maximumDistance(word.length))) {
      const words = deletions.get(variant);
      if (words) words.push(word);
      else deletions.set(variant, [word]);
    }
  }
  const words: string[] = [];
  const idOf = new Map<string, number>();
  const offsets = new Int32Array(deletions.size + 1);
  const wordIds: number[] = [];
  let position = 0;
  for (const candidates of deletions.values()) {
    for (const word of candidates) {
      let id = idOf.get(word);
      if (id === undefined) {
        id = words.length;
        idOf.set(word, id);
        words.push(word);
      }
      wordIds.push(id);
    }
    offsets[++position] = wordIds.length;
  }
  return { keys: [...deletions.keys()].join('\n'), offsets, wordIds: Int32Array.from(wordIds), words };
}

function isCorrectable(word: string): boolean {
  return word.length >= 4 && /^\p{L}+$/u.test(word);
}

function maximumDistance(length: number): number {
  return length <= 5 ? 1 : 2;
}

/** The word itself and every string made by deleting up to `distance` letters from it. */
function deletionsOf(word: string, distance: number): Set<string> {
  const result = new Set<string>([word]);
  let frontier = [word];
  for (let step = 0; step < distance; step++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (let index = 0; index < current.length; index++) {
        const variant = current.slice(0, index) + current.slice(index + 1);
        if (!result.has(variant)) {
          result.add(variant);
          next.push(variant);
        }
      }
    }
    frontier = next;
  }
  return result;
}
