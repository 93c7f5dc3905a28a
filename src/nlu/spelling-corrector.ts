import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';

export interface SpellingCorrectorOptions {
  /** Words of the knowledge base with how often each occurs; corrections only ever land on these. */
  vocabulary: ReadonlyMap<string, number>;
  /** Real words that must not be changed even though the knowledge base does not use them. */
  protectedWords: ReadonlySet<string>;
}

const cacheLimit = 20_000;

/**
 * Bounded spelling correction against the knowledge base's own vocabulary: one edit for words of four or
 * five letters, two for longer ones. Candidates come from a precomputed index of deletions, so a lookup
 * costs a few map reads instead of a distance to every word.
 */
export class SpellingCorrector {
  private readonly deletions = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(private readonly options: SpellingCorrectorOptions) {
    for (const word of options.vocabulary.keys()) {
      if (!isCorrectable(word)) continue;
      for (const variant of deletionsOf(word, maximumDistance(word.length))) {
        const words = this.deletions.get(variant);
        if (words) words.push(word);
        else this.deletions.set(variant, [word]);
      }
    }
  }

  correct(word: string): string {
    if (this.options.vocabulary.has(word) || !isCorrectable(word) || this.isProtected(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const corrected = this.bestCandidate(word) ?? word;
    if (this.cache.size >= cacheLimit) this.cache.clear();
    this.cache.set(word, corrected);
    return corrected;
  }

  private isProtected(word: string): boolean {
    const words = this.options.protectedWords;
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
      for (const candidate of this.deletions.get(variant) ?? []) consider(candidate);
    }
    return best;
  }
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
