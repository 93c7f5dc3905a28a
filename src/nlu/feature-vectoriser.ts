import type { SparseVector } from './sparse-vector';
import { defaultLongestCharacterGram, wordFeatures } from './text-features';

/** How much each kind of feature counts; character n-grams are many, so each one counts less. */
export interface FeatureWeighting {
  word: number;
  pair: number;
  character: number;
  /** Character n-grams from 3 letters up to this many; fewer sizes mean fewer features to score. */
  longestCharacterGram?: number;
}

export const defaultFeatureWeighting: FeatureWeighting = { word: 1, pair: 0.8, character: 0.5, longestCharacterGram: defaultLongestCharacterGram };

/** A word's known features as ids, worked out once per distinct word (stemming and n-grams are the costly part). */
export interface CachedWord {
  /** The stem's number among stems that occur in word pairs, or -1: pairs are then looked up by number, not by building a string. */
  stem: number;
  pairs: boolean;
  /** Its stem's and character n-grams' ids, an id once for each time the word has it. */
  ids: Int32Array;
  /** Each id's weight (see FeatureVectoriser.weights), beside it: a message reads no scattered weights table. */
  idWeights: Float64Array;
  /** 1 where the id is a word feature, 0 where it is a character n-gram. */
  idIsWord: Uint8Array;
  /**
   * What the word's features add to each class's softmax score, each at its weight with a count of 1 and
   * before the message's length is divided out: left for the classifier to fill on first use, so a
   * message's score is a sum over its words instead of over every n-gram's row.
   */
  classScores: Float64Array | undefined;
}

/**
 * A message's vector together with what scoring it word by word needs: its words' cached features, the
 * length its values were divided by, and the features whose value is not the sum of their words' (word
 * pairs, which belong to no one word, and features a message has more than once, whose count is damped).
 */
export interface WordVector extends SparseVector {
  words: readonly CachedWord[];
  /**
   * Its word and word-pair features alone, in the same order and with the same values: all that a model
   * that reads no character n-grams (the neighbours' vote, the hidden layer) looks at.
   */
  wordIndices: Int32Array;
  wordValues: Float64Array;
  norm: number;
  /** Features whose value (before dividing by `norm`) differs from what their words' sums count for them... */
  adjustedFeatures: number[];
  /** ...and by how much: the feature's value minus what the words' sums hold for it. */
  adjustments: number[];
}

// Each cached word may hold its class scores (some 450 bytes with 54 intents) besides its ids.
const wordCacheLimit = 20_000;

/**
 * Maps named features to indices learnt from the training phrasings, weighted by sublinear term frequency
 * and inverse document frequency, and scaled to unit length so long stories and short questions compare.
 */
export class FeatureVectoriser {
  private readonly wordCache = new Map<string, CachedWord>();
  /** Stems that occur in a word-pair feature, numbered. */
  private readonly pairStems = new Map<string, number>();
  /**
   * Each pair feature's id by its stems' numbers, as flat arrays: the pairs whose first stem is numbered `f`
   * are `pairEntries[2 * pairsFrom[f] …  2 * pairsFrom[f + 1]]`, each its second stem's number then its id,
   * sorted by the second. A look-up reads a line or two of a 250 KB list where a Map of 30,000 pairs, a
   * megabyte the classifier's other reads evict between messages, missed the cache at about every pair.
   */
  private readonly pairsFrom: Int32Array;
  private readonly pairEntries: Int32Array;
  /** Counts of one message, indexed by feature; only the touched entries are reset after use. */
  private readonly scratch: Float64Array;
  /** The features one message touched, in the order first counted: one list reused from message to message. */
  private readonly touched: number[] = [];
  /**
   * The ids and values of a vector made to be used at once (see vectoriseWords' `transient`): typed arrays of
   * a few hundred bytes each are kept outside the heap, and making two per message cost half of `finish`.
   */
  private transientIndices = new Int32Array(512);
  private transientValues = new Float64Array(512);
  private transientWordIndices = new Int32Array(512);
  private transientWordValues = new Float64Array(512);
  /**
   * One message's counts in vectoriseWords, in a small open-addressing table (ids by slot, -1 for empty) that
   * stays in cache, instead of `scratch` over every feature; and the features in the order first counted,
   * each with its slot, its weight (from the word's cache) and its kind. Grown for a longer message.
   */
  private tableIds = new Int32Array(1024).fill(-1);
  private tableCounts = new Int32Array(1024);
  private orderIds = new Int32Array(512);
  private orderSlots = new Int32Array(512);
  private orderWeights = new Float64Array(512);
  private orderKinds = new Uint8Array(512);
  private orderCount = 0;

  private constructor(
    readonly features: readonly string[],
    private readonly idByFeature: ReadonlyMap<string, number>,
    /** idf × the weight of the feature's kind, by feature id. */
    readonly weights: Float32Array,
    private readonly longestCharacterGram: number,
  ) {
    this.scratch = new Float64Array(features.length);
    const pairs: [string, string, number][] = [];
    features.forEach((feature, id) => {
      if (!feature.startsWith('b:')) return;
      // Stems hold no "_" (normalisation keeps letters, digits and a few signs), so the first one splits the pair.
      const split = feature.indexOf('_');
      pairs.push([feature.slice(2, split), feature.slice(split + 1), id]);
    });
    for (const [first, second] of pairs) {
      for (const stem of [first, second]) if (!this.pairStems.has(stem)) this.pairStems.set(stem, this.pairStems.size);
    }
    const numbered = pairs.map(([first, second, id]) => [this.pairStems.get(first)!, this.pairStems.get(second)!, id] as const);
    numbered.sort((one, other) => one[0] - other[0] || one[1] - other[1]);
    this.pairsFrom = new Int32Array(this.pairStems.size + 1);
    for (const [first] of numbered) this.pairsFrom[first + 1]++;
    for (let stem = 0; stem < this.pairStems.size; stem++) this.pairsFrom[stem + 1] += this.pairsFrom[stem];
    this.pairEntries = new Int32Array(2 * numbered.length);
    numbered.forEach(([, second, id], position) => {
      this.pairEntries[2 * position] = second;
      this.pairEntries[2 * position + 1] = id;
    });
  }

  /** The id of the word pair feature of the stems numbered `first` and `second`, or -1 when there is none. */
  private pairId(first: number, second: number): number {
    const entries = this.pairEntries;
    let low = this.pairsFrom[first];
    let high = this.pairsFrom[first + 1];
    while (low < high) {
      const middle = (low + high) >>> 1;
      const found = entries[2 * middle];
      if (found === second) return entries[2 * middle + 1];
      if (found < second) low = middle + 1;
      else high = middle;
    }
    return -1;
  }

  static fit(documents: readonly (readonly string[])[], weighting: FeatureWeighting = defaultFeatureWeighting): FeatureVectoriser {
    const documentFrequency = new Map<string, number>();
    for (const features of documents) {
      for (const feature of new Set(features)) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    }
    const kindWeight: Record<string, number> = { w: weighting.word, b: weighting.pair, c: weighting.character };
    const features = [...documentFrequency.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const weights = Float32Array.from(features, (feature) => {
      const idf = Math.log((documents.length + 1) / ((documentFrequency.get(feature) ?? 0) + 1)) + 1;
      return idf * (kindWeight[feature[0]] ?? 1);
    });
    return FeatureVectoriser.fromCompiled(features, weights, weighting);
  }

  /** A vectoriser from a compiled model's feature names and weights. */
  static fromCompiled(features: readonly string[], weights: Float32Array, weighting: FeatureWeighting): FeatureVectoriser {
    if (features.length !== weights.length) throw new Error(`compiled model has ${features.length} features but ${weights.length} feature weights`);
    return new FeatureVectoriser(features, new Map(features.map((feature, index) => [feature, index])), weights, weighting.longestCharacterGram ?? defaultLongestCharacterGram);
  }

  get size(): number {
    return this.features.length;
  }

  /** Named features to a unit-length vector; features never seen in training are dropped. */
  vectorise(features: readonly string[]): SparseVector {
    const touched = this.touched;
    touched.length = 0;
    for (const feature of features) {
      const id = this.idByFeature.get(feature);
      if (id !== undefined) this.count(id, touched);
    }
    return this.finish(touched);
  }

  /**
   * The same vector as `vectorise(textFeatures(words))`, from ids cached per word: the fast path of every
   * message. `transient`: its indices and values are views of arrays the vectoriser reuses, valid only until
   * its next vector (for a caller that scores the message at once and keeps nothing of it).
   */
  vectoriseWords(words: readonly string[], transient = false): WordVector {
    const entries: CachedWord[] = new Array(words.length);
    // At most one feature per id of each word and one pair per word: the table is kept at most a quarter full.
    let most = words.length;
    for (let position = 0; position < words.length; position++) {
      const cached = this.cachedWord(words[position]);
      entries[position] = cached;
      most += cached.ids.length;
    }
    this.makeRoom(most);
    this.orderCount = 0;
    // -2: no word yet; -1: a word whose stem is in no pair (so no pair with it is a feature).
    let previousStem = -2;
    for (let position = 0; position < entries.length; position++) {
      const cached = entries[position];
      const { ids, idWeights, idIsWord } = cached;
      for (let index = 0; index < ids.length; index++) this.countInTable(ids[index], idWeights[index], idIsWord[index]);
      if (!cached.pairs) continue;
      if (previousStem >= 0 && cached.stem >= 0) {
        const id = this.pairId(previousStem, cached.stem);
        if (id !== -1) this.countInTable(id, this.weights[id], pairKind);
      }
      previousStem = cached.stem;
    }
    return this.finishTable(entries, transient);
  }

  /** Room in the table and the order lists for `features` features. */
  private makeRoom(features: number): void {
    if (this.orderIds.length < features) {
      const size = Math.max(features, 2 * this.orderIds.length);
      this.orderIds = new Int32Array(size);
      this.orderSlots = new Int32Array(size);
      this.orderWeights = new Float64Array(size);
      this.orderKinds = new Uint8Array(size);
    }
    let size = this.tableIds.length;
    while (size < 4 * features) size *= 2;
    if (size !== this.tableIds.length) {
      this.tableIds = new Int32Array(size).fill(-1);
      this.tableCounts = new Int32Array(size);
    }
  }

  /** Counts one more of feature `id` (weight and kind as the word's cache holds them). */
  private countInTable(id: number, weight: number, kind: number): void {
    const { tableIds } = this;
    const mask = tableIds.length - 1;
    let slot = Math.imul(id, 0x9e3779b1) >>> 0;
    for (slot &= mask; ; slot = (slot + 1) & mask) {
      const held = tableIds[slot];
      if (held === id) {
        this.tableCounts[slot]++;
        return;
      }
      if (held === -1) break;
    }
    tableIds[slot] = id;
    this.tableCounts[slot] = 1;
    const position = this.orderCount++;
    this.orderIds[position] = id;
    this.orderSlots[position] = slot;
    this.orderWeights[position] = weight;
    this.orderKinds[position] = kind;
  }

  /**
   * `finish` for the table: the same values, norm and corrections, computed in the same order from the same
   * numbers (a feature's weight is the one its word's cache copied), and the table emptied for the next message.
   */
  private finishTable(entries: CachedWord[], transient: boolean): WordVector {
    const count = this.orderCount;
    const { orderIds, orderSlots, orderWeights, orderKinds, tableIds, tableCounts } = this;
    if (transient && this.transientIndices.length < count) {
      const size = Math.max(count, 2 * this.transientIndices.length);
      this.transientIndices = new Int32Array(size);
      this.transientValues = new Float64Array(size);
      this.transientWordIndices = new Int32Array(size);
      this.transientWordValues = new Float64Array(size);
    }
    const indices = transient ? this.transientIndices.subarray(0, count) : new Int32Array(count);
    const values = transient ? this.transientValues.subarray(0, count) : new Float64Array(count);
    const adjustedFeatures: number[] = [];
    const adjustments: number[] = [];
    let norm = 0;
    let wordCount = 0;
    for (let position = 0; position < count; position++) {
      const id = orderIds[position];
      const slot = orderSlots[position];
      const times = tableCounts[slot];
      tableIds[slot] = -1;
      const weight = orderWeights[position];
      const value = dampedCount(times) * weight;
      indices[position] = id;
      values[position] = value;
      norm += value * value;
      const kind = orderKinds[position];
      if (kind !== charGramKind) wordCount++;
      if (kind === pairKind) {
        adjustedFeatures.push(id);
        adjustments.push(value);
      } else if (times !== 1) {
        adjustedFeatures.push(id);
        adjustments.push((dampedCount(times) - times) * weight);
      }
    }
    norm = Math.sqrt(norm) || 1;
    const wordIndices = transient ? this.transientWordIndices.subarray(0, wordCount) : new Int32Array(wordCount);
    const wordValues = transient ? this.transientWordValues.subarray(0, wordCount) : new Float64Array(wordCount);
    for (let position = 0, word = 0; position < count; position++) {
      values[position] /= norm;
      if (orderKinds[position] === charGramKind) continue;
      wordIndices[word] = indices[position];
      wordValues[word] = values[position];
      word++;
    }
    return { indices, values, words: entries, norm, adjustedFeatures, adjustments, wordIndices, wordValues };
  }

  has(feature: string): boolean {
    return this.idByFeature.has(feature);
  }

  private cachedWord(word: string): CachedWord {
    let cached = this.wordCache.get(word);
    if (cached) return cached;
    const { stem, pairs, names } = wordFeatures(word, this.longestCharacterGram);
    const ids: number[] = [];
    for (const name of names) {
      const id = this.idByFeature.get(name);
      if (id !== undefined) ids.push(id);
    }
    const idWeights = Float64Array.from(ids, (id) => this.weights[id]);
    const idIsWord = Uint8Array.from(ids, (id) => (this.features[id].startsWith('c:') ? charGramKind : wordKind));
    cached = { stem: this.pairStems.get(stem) ?? -1, pairs, ids: Int32Array.from(ids), idWeights, idIsWord, classScores: undefined };
    if (this.wordCache.size >= wordCacheLimit) this.wordCache.clear();
    this.wordCache.set(word, cached);
    return cached;
  }

  private count(id: number, touched: number[]): void {
    if (this.scratch[id] === 0) touched.push(id);
    this.scratch[id] += 1;
  }

  /** The touched counts as a unit-length vector (the counts reset for the next message). */
  private finish(touched: number[]): SparseVector {
    const { scratch, weights } = this;
    const indices = Int32Array.from(touched);
    const values = new Float64Array(touched.length);
    let norm = 0;
    for (let position = 0; position < indices.length; position++) {
      const id = indices[position];
      const value = dampedCount(scratch[id]) * weights[id];
      scratch[id] = 0;
      values[position] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (let position = 0; position < values.length; position++) values[position] /= norm;
    return { indices, values };
  }
}

/** The kinds of feature vectoriseWords tells apart (see CachedWord.idIsWord). */
const charGramKind = 0;
const wordKind = 1;
const pairKind = 2;

/** Sublinear term frequency: 1 + log(count). Most features occur once in a message, and log(1) is 0: no logarithm needed for them. */
function dampedCount(count: number): number {
  return count === 1 ? 1 : 1 + Math.log(count);
}
