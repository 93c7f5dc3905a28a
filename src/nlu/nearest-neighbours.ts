import { neighbourKernelLayout, type NeighbourKernelLayout } from './neighbour-kernel-layout';
import type { SparseVector } from './sparse-vector';

export interface NeighbourOptions {
  /** How many of the most similar training phrasings vote. */
  count: number;
  /**
   * Compare on word and word-pair features only (true), or on character n-grams too. Words are what makes
   * two questions alike, and character n-grams have such long postings that they would make every vote slow.
   */
  wordsOnly?: boolean;
  /**
   * Features in more than this share of the training phrasings ("my", "baby", "milk") are left out of the
   * comparison: they make almost every phrasing a little similar and every vote slow.
   */
  maximumDocumentShare?: number;
  /** Each vote is similarity raised to this power, so close phrasings count far more than loose ones. */
  power: number;
}

export const defaultNeighbourOptions: NeighbourOptions = { count: 9, power: 4 };

/** An inverted index of the training phrasings' vectors: for each feature, the phrasings that have it. */
export interface NeighbourParameters {
  classCount: number;
  exampleCount: number;
  /** The intent of each phrasing. */
  labels: Int32Array;
  /** postings of feature f: positions offsets[f] … offsets[f + 1] of `examples` and `values`. */
  offsets: Int32Array;
  examples: Int32Array;
  values: Float32Array;
}

/**
 * A similarity-weighted vote of the training phrasings most like a message (cosine similarity; vectors
 * are unit length). Where the softmax draws one boundary per intent, this remembers each phrasing, so a
 * rare way of asking that was written down once is still recognised.
 */
export class NearestNeighbours {
  private readonly similarities: Float64Array;
  private readonly parameters: NeighbourParameters;
  /** The first pass in WebAssembly (posting-sums-kernel.ts), where it runs; else the loop of addPostingsInPlainLoop. */
  private readonly kernel: NeighbourKernelLayout | undefined;
  /**
   * The smallest posting value, and whether every one is above 0: with a message whose values are all above 0
   * too, and the smallest of them times this above 0, no product and so no similarity can be 0 (see findNearest).
   */
  private readonly smallestPostingValue: number;
  /** The phrasings one message reached, for listForNearest only (grown if ever too small). */
  private touched = new Int32Array(16);

  private constructor(parameters: NeighbourParameters, readonly options: NeighbourOptions, useKernel = true) {
    this.kernel = useKernel ? neighbourKernelLayout(parameters) : undefined;
    // The postings then live in the kernel's memory: the parameters hold views of them, not a second copy.
    this.parameters = this.kernel ? { ...parameters, examples: this.kernel.examples, values: this.kernel.values } : parameters;
    this.similarities = this.kernel ? this.kernel.similarities : new Float64Array(parameters.exampleCount);
    let smallest = Infinity;
    for (let slot = 0; slot < parameters.values.length; slot++) smallest = parameters.values[slot] > 0 ? Math.min(smallest, parameters.values[slot]) : -1;
    this.smallestPostingValue = smallest;
  }

  static build(
    vectors: readonly SparseVector[],
    labels: readonly number[],
    classCount: number,
    featureCount: number,
    options: NeighbourOptions,
    /** Which features take part; the others get no postings. */
    include: (feature: number) => boolean = () => true,
  ): NearestNeighbours {
    // Each phrasing's included part, scaled to unit length again so similarities stay cosines.
    vectors = vectors.map((vector) => {
      const kept = [...vector.indices.keys()].filter((position) => include(vector.indices[position]));
      const values = Float64Array.from(kept, (position) => vector.values[position]);
      const norm = Math.hypot(...values) || 1;
      return { indices: Int32Array.from(kept, (position) => vector.indices[position]), values: values.map((value) => value / norm) };
    });
    const offsets = new Int32Array(featureCount + 1);
    for (const vector of vectors) for (const index of vector.indices) offsets[index + 1]++;
    for (let feature = 0; feature < featureCount; feature++) offsets[feature + 1] += offsets[feature];
    const fill = offsets.slice(0, featureCount);
    const examples = new Int32Array(offsets[featureCount]);
    const values = new Float32Array(offsets[featureCount]);
    vectors.forEach((vector, example) => {
      for (let position = 0; position < vector.indices.length; position++) {
        const slot = fill[vector.indices[position]]++;
        examples[slot] = example;
        values[slot] = vector.values[position];
      }
    });
    return new NearestNeighbours({ classCount, exampleCount: vectors.length, labels: Int32Array.from(labels), offsets, examples, values }, options);
  }

  /** `useKernel: false` keeps the plain loop (for comparing the two). */
  static fromParameters(parameters: NeighbourParameters, options: NeighbourOptions, settings: { useKernel?: boolean } = {}): NearestNeighbours {
    if (parameters.offsets[parameters.offsets.length - 1] !== parameters.examples.length || parameters.labels.length !== parameters.exampleCount) {
      throw new Error('compiled neighbour index is inconsistent');
    }
    return new NearestNeighbours(parameters, options, settings.useKernel ?? true);
  }

  get compiled(): NeighbourParameters {
    return this.parameters;
  }

  /** The `count` training phrasings most similar to a vector, most similar first, as [phrasing, cosine]. */
  nearest(vector: SparseVector, count: number, exclude = -1): [number, number][] {
    const found = this.findNearest(vector, count, exclude);
    const result: [number, number][] = new Array(found);
    for (let rank = 0; rank < found; rank++) result[rank] = [this.bestExamples[rank], this.bestSimilarities[rank]];
    return result;
  }

  /**
   * The `count` training phrasings most similar to a vector, most similar first, written into bestExamples
   * and bestSimilarities (reused from message to message: no list or pair made per message); returns how many.
   *
   * Two passes over the message's postings. The first only adds: each posting to its phrasing's similarity,
   * with nothing else in the loop (in WebAssembly where it runs: posting-sums-kernel.ts). The second walks the
   * same postings in the same order and takes each phrasing where it first meets its similarity still set (the
   * order the first pass first touched them in), clearing it as it is read, so the best few are picked from the
   * same candidates in the same order as when the first pass also listed the phrasings it touched. That list's
   * write at a place counted from the add before it chained every posting to the one before; without it the
   * adds run side by side, and the postings read again are a few kilobytes still in cache. A similarity of 0
   * in the second pass means taken only because no add can leave one at 0 (noSumCanBeZero); for a message where
   * one could (a weight of 0, which trained weights never are), listForNearest reads it as before.
   */
  private findNearest(vector: SparseVector, count: number, exclude: number): number {
    const { offsets, examples } = this.parameters;
    const similarities = this.similarities;
    const { scale } = this.readNorm(vector);
    const { indices } = vector;
    if (this.bestExamples.length < count) {
      this.bestExamples = new Int32Array(count);
      this.bestSimilarities = new Float64Array(count);
    }
    if (!this.noSumCanBeZero(vector, scale)) return this.listForNearest(vector, count, exclude);
    if (this.kernel) this.addPostingsInKernel(vector, scale, this.kernel);
    else this.addPostingsInPlainLoop(vector, scale);
    const best = this.bestExamples;
    const bestSimilarities = this.bestSimilarities;
    let found = 0;
    // What a similarity must be above to be kept: 0 until `count` are kept (a similarity taken already reads 0,
    // every other is above 0), then the last kept one's, as keepIfBest would check. One test per posting,
    // mostly failing once the list is full, where a test for taken and another for good enough each went
    // one way or the other with the message's postings, which the processor could not predict.
    let bar = 0;
    for (let position = 0; position < indices.length; position++) {
      const feature = indices[position];
      const end = offsets[feature + 1];
      for (let slot = offsets[feature]; slot < end; slot++) {
        const example = examples[slot];
        const similarity = similarities[example];
        // Taken now (a 0 written over a 0 at a later posting of a phrasing taken already is the same).
        similarities[example] = 0;
        if (similarity <= bar || example === exclude) continue;
        found = keepIfBest(best, bestSimilarities, found, count, example, similarity);
        if (found === count) bar = bestSimilarities[count - 1];
      }
    }
    return found;
  }

  /**
   * True when no add of the message can leave a similarity at 0: every value of its features with postings is
   * above 0 and the smallest of them times the smallest posting value is too. A rounded product is no smaller
   * than the rounded product of smaller factors, and sums of numbers above 0 stay above 0. Trained weights are
   * all above 0, so this holds for every message; where it does not, listForNearest reads the message.
   */
  private noSumCanBeZero(vector: SparseVector, scale: number): boolean {
    const { offsets } = this.parameters;
    let smallest = Infinity;
    for (let position = 0; position < vector.indices.length; position++) {
      const feature = vector.indices[position];
      if (offsets[feature + 1] === offsets[feature]) continue;
      const value = vector.values[position] * scale;
      if (!(value > 0)) return false;
      if (value < smallest) smallest = value;
    }
    return smallest === Infinity || smallest * this.smallestPostingValue > 0;
  }

  /** The first pass in the kernel: the features with postings handed over in order, `capacity` per call. */
  private addPostingsInKernel(vector: SparseVector, scale: number, kernel: NeighbourKernelLayout): void {
    const { offsets } = this.parameters;
    const { featureRanges, featureValues, capacity } = kernel;
    let filled = 0;
    for (let position = 0; position < vector.indices.length; position++) {
      const feature = vector.indices[position];
      const from = offsets[feature];
      const end = offsets[feature + 1];
      if (end === from) continue;
      featureRanges[4 * filled] = from;
      featureRanges[4 * filled + 1] = end;
      featureValues[2 * filled + 1] = vector.values[position] * scale;
      if (++filled === capacity) {
        kernel.addPostings(kernel.featuresAddress, filled, kernel.examplesAddress, kernel.valuesAddress, kernel.similaritiesAddress);
        filled = 0;
      }
    }
    if (filled > 0) kernel.addPostings(kernel.featuresAddress, filled, kernel.examplesAddress, kernel.valuesAddress, kernel.similaritiesAddress);
  }

  /** The first pass as a plain loop: the same adds in the same order as the kernel's. */
  private addPostingsInPlainLoop(vector: SparseVector, scale: number): void {
    const { offsets, examples, values } = this.parameters;
    const similarities = this.similarities;
    for (let position = 0; position < vector.indices.length; position++) {
      const feature = vector.indices[position];
      const value = vector.values[position] * scale;
      const end = offsets[feature + 1];
      for (let slot = offsets[feature]; slot < end; slot++) {
        const example = examples[slot];
        similarities[example] = similarities[example] + value * values[slot];
      }
    }
  }

  /**
   * findNearest for a message where some add leaves a similarity at 0: every phrasing is listed where an add
   * finds its similarity at 0, so one can be listed twice, each place reading the same final sum.
   */
  private listForNearest(vector: SparseVector, count: number, exclude: number): number {
    const { offsets, examples, values } = this.parameters;
    const similarities = this.similarities;
    const { scale, postings } = this.readNorm(vector);
    // One place per posting at most.
    if (this.touched.length < postings) this.touched = new Int32Array(postings);
    const touched = this.touched;
    let touchedCount = 0;
    for (let position = 0; position < vector.indices.length; position++) {
      const feature = vector.indices[position];
      const value = vector.values[position] * scale;
      for (let slot = offsets[feature]; slot < offsets[feature + 1]; slot++) {
        const example = examples[slot];
        if (similarities[example] === 0) touched[touchedCount++] = example;
        similarities[example] += value * values[slot];
      }
    }
    const best = this.bestExamples;
    const bestSimilarities = this.bestSimilarities;
    let found = 0;
    for (let index = 0; index < touchedCount; index++) {
      const example = touched[index];
      if (example !== exclude) found = keepIfBest(best, bestSimilarities, found, count, example, similarities[example]);
    }
    for (let index = 0; index < touchedCount; index++) similarities[touched[index]] = 0;
    return found;
  }

  /** The phrasings findNearest found, most similar first, and their cosines. */
  private bestExamples = new Int32Array(16);
  private bestSimilarities = new Float64Array(16);

  /** True when some training phrasing has the feature: a feature without postings adds nothing to a vote. */
  hasPostings(feature: number): boolean {
    return this.parameters.offsets[feature + 1] > this.parameters.offsets[feature];
  }

  /** The intent of a training phrasing. */
  labelOf(example: number): number {
    return this.parameters.labels[example];
  }

  /**
   * Vote shares by class (summing to 1 when any phrasing shares a feature, else all 0), written into `into`.
   * `exclude` leaves one phrasing out, for measuring the vote on the training phrasings themselves.
   */
  votes(vector: SparseVector, into: Float64Array, exclude = -1): Float64Array {
    into.fill(0);
    let total = 0;
    const found = this.findNearest(vector, this.options.count, exclude);
    for (let rank = 0; rank < found; rank++) {
      const vote = Math.pow(Math.max(this.bestSimilarities[rank], 0), this.options.power);
      into[this.parameters.labels[this.bestExamples[rank]]] += vote;
      total += vote;
    }
    if (total > 0) for (let label = 0; label < into.length; label++) into[label] /= total;
    return into;
  }

  /**
   * What findNearest needs before it adds: 1 / the length of the part of a message's vector that has postings
   * (the included features), and how many postings that part has.
   */
  private readNorm(vector: SparseVector): { scale: number; postings: number } {
    const { offsets } = this.parameters;
    let sum = 0;
    let postings = 0;
    for (let position = 0; position < vector.indices.length; position++) {
      const feature = vector.indices[position];
      const length = offsets[feature + 1] - offsets[feature];
      if (length > 0) {
        sum += vector.values[position] * vector.values[position];
        postings += length;
      }
    }
    normRead.scale = 1 / (Math.sqrt(sum) || 1);
    normRead.postings = postings;
    return normRead;
  }
}

/** readNorm's answer, one object reused (findNearest reads it at once). */
const normRead = { scale: 1, postings: 0 };

/**
 * Keeps `example` among the best `count` found so far, a small list sorted most similar first (the candidates
 * can be thousands, count is a handful); returns how many the list now holds.
 */
function keepIfBest(best: Int32Array, bestSimilarities: Float64Array, found: number, count: number, example: number, similarity: number): number {
  if (found === count && similarity <= bestSimilarities[count - 1]) return found;
  let at = found === count ? count - 1 : found;
  while (at > 0 && bestSimilarities[at - 1] < similarity) {
    best[at] = best[at - 1];
    bestSimilarities[at] = bestSimilarities[at - 1];
    at--;
  }
  best[at] = example;
  bestSimilarities[at] = similarity;
  return found < count ? found + 1 : found;
}
