import { fnvOffsetBasis, fnvState } from '../nlu/fnv-hash';
import { NearestNeighbours, type NeighbourParameters } from '../nlu/nearest-neighbours';
import type { SparseVector } from '../nlu/sparse-vector';
import { NetWeights, type NetWeightsData } from './net-weights';
import type { Span } from './concept-matcher';
import type { Recognition, SignRecogniser } from './sign-recogniser';

/** One training message: its text and its RED-FLAGS.md row, or null for an ordinary message or near miss. */
export interface NetExample {
  text: string;
  row: string | null;
}

/** A trained net as data: its rows, settings and weights, the large parts typed arrays (see NetWeights). */
export interface SafetyNetData {
  rows: string[];
  weights: NetWeightsData;
  /** How much a word counts beside a concept (the same in training and use). */
  wordWeight: number;
  /** The other feature settings (absent in nets cached before they existed: off). */
  features?: Omit<NetFeatures, 'wordWeight'>;
  /** The nearest-neighbour vote beside the regression (its inverted index), and its share of the verdict. */
  neighbours?: NeighbourParameters & { count: number; power: number; share: number };
}

/** What a message's features are made of, beside its concepts, quantities and words. */
export interface NetFeatures {
  wordWeight: number;
  /** Character 4-grams of each word (a misspelt word still shares most of them); 0 leaves them out. */
  charGramWeight: number;
  /** Each concept also stands for the rows whose rules name it: a sign seen in few examples still leans to its row. */
  groupWeight: number;
  /** Concept name → the rows whose rules name it (see conceptRowsOf in safety-check.ts). */
  conceptRows: Record<string, string[]>;
}

export interface NetTrainingOptions {
  epochs?: number;
  /** Weight decay: keeps any one word from carrying a row alone (compared by scripts/red-flag-cv.js). */
  l2?: number;
  /** How much a word counts beside a concept: lower leans on meaning over the corpus's own wordings. */
  wordWeight?: number;
  read?: (text: string) => Recognition;
  charGramWeight?: number;
  groupWeight?: number;
  conceptRows?: Record<string, string[]>;
  /** Class weight of the red-flag rows against "no red flag" (1: as many as they are). */
  redFlagWeight?: number;
  /** How many of the most similar corpus messages vote beside the regression; 0 for none. */
  neighbours?: number;
  /** Each neighbour's vote is its similarity to this power. */
  neighbourPower?: number;
  /** The vote's share of the verdict (the regression has the rest). */
  neighbourShare?: number;
  /** Features in more than this share of the examples take no part in the vote ("baby", the bias). */
  neighbourMaximumShare?: number;
}

// Chosen by scripts/red-flag-cv.js on the net alone (its bare verdict on sites it never saw; the rules were
// written on every fold): concept groups by row (weight 1) and red flags counted twice raised the net's
// recall at 3 % near misses from 73 % to 85 %; weight decay, a lower word weight, character 4-grams and a
// nearest-neighbour vote beside the regression did not move the trade-off beyond the folds' noise.
const defaultEpochs = 20;
const defaultL2 = 0;
const defaultWordWeight = 1;
const defaultCharGramWeight = 0;
const defaultGroupWeight = 1;
const defaultRedFlagWeight = 2;
const defaultNeighbours = 0;
const defaultNeighbourPower = 2;
const defaultNeighbourShare = 0.3;
const defaultNeighbourMaximumShare = 0.05;

export interface NetVerdict {
  /** The most likely row. */
  row: string;
  /** The probability the model gives to "no red flag". */
  probabilityNone: number;
  probabilityRow: number;
  /** Every row's probability, in the order of `SafetyNet.rowNames` ("no red flag" first). */
  probabilities: Float64Array;
}

const featureBits = 15;
const featureCount = 1 << featureBits;
const noRow = '(none)';
// Too common to carry meaning alone; still part of word pairs.
const stopWords = new Set(['a', 'an', 'the', 'is', 'am', 'are', 'it', 'to', 'of', 'and', 'so', 'do', 'be', 'this', 'that', 'in', 'on', 'for', 'with', 'just', 'was', 'at', 'as', 'or', 'if']);

/**
 * The learned second net: a softmax regression over what the recogniser reads (word stems, stem pairs,
 * concepts found and whether each was negated, quantities by band, whose sign it is), trained on the
 * labelled red-flag corpus and on ordinary questions. It generalises beyond the rules' concept
 * combinations; the engine sends its guess as a conditionally worded safety check, never as a certainty.
 */
export class SafetyNet {
  /** The vote's shares by class, reused per message. */
  private readonly votes: Float64Array;
  /** The feature settings with their names hashed once. */
  private readonly compiled: CompiledFeatures;

  private constructor(
    private readonly model: NetWeights,
    private readonly rows: readonly string[],
    private readonly recogniser: SignRecogniser,
    private readonly features: NetFeatures,
    private readonly neighbours?: { vote: NearestNeighbours; share: number },
  ) {
    this.votes = new Float64Array(rows.length);
    this.compiled = compileFeatures(features);
  }

  /**
   * A net trained before, read back (the engine keeps trained nets in a cache keyed by their inputs). The
   * typed arrays are kept, not copied: the caller hands them over.
   */
  static fromData(data: SafetyNetData, recogniser: SignRecogniser): SafetyNet {
    const features: NetFeatures = { charGramWeight: 0, groupWeight: 0, conceptRows: {}, ...data.features, wordWeight: data.wordWeight ?? 1 };
    const stored = data.neighbours;
    const neighbours = stored && {
      vote: NearestNeighbours.fromParameters(
        { classCount: stored.classCount, exampleCount: stored.exampleCount, labels: stored.labels, offsets: stored.offsets, examples: stored.examples, values: stored.values },
        { count: stored.count, power: stored.power },
      ),
      share: stored.share,
    };
    return new SafetyNet(NetWeights.fromData(data.weights), data.rows, recogniser, features, neighbours);
  }

  /** The net as data; its typed arrays are copies (changing them changes no net). */
  toData(): SafetyNetData {
    const { wordWeight, ...features } = this.features;
    const data: SafetyNetData = { rows: [...this.rows], weights: this.model.toData(), wordWeight, features };
    if (this.neighbours) {
      const parameters: NeighbourParameters = this.neighbours.vote.compiled;
      const { count, power } = this.neighbours.vote.options;
      data.neighbours = {
        classCount: parameters.classCount,
        exampleCount: parameters.exampleCount,
        labels: parameters.labels.slice(),
        offsets: parameters.offsets.slice(),
        examples: parameters.examples.slice(),
        values: parameters.values.slice(),
        count,
        power,
        share: this.neighbours.share,
      };
    }
    return data;
  }

  /**
   * `read` may hand back readings made already (building the engine reads the ordinary phrasings once to
   * keep out those a rule flags); a text that appears several times (weighted near misses) is read once.
   */
  static train(examples: readonly NetExample[], recogniser: SignRecogniser, options: NetTrainingOptions = {}): SafetyNet {
    const { epochs = defaultEpochs, l2 = defaultL2, read = (text: string) => recogniser.recognise(text), redFlagWeight = defaultRedFlagWeight } = options;
    const features: NetFeatures = {
      wordWeight: options.wordWeight ?? defaultWordWeight,
      charGramWeight: options.charGramWeight ?? defaultCharGramWeight,
      groupWeight: options.groupWeight ?? defaultGroupWeight,
      conceptRows: options.conceptRows ?? {},
    };
    const rows = [noRow, ...[...new Set(examples.flatMap((example) => (example.row ? [example.row] : [])))].sort()];
    const index = new Map(rows.map((row, position) => [row, position]));
    const vectorByText = new Map<string, SparseVector>();
    const compiled = compileFeatures(features);
    const vectors = examples.map((example) => {
      let vector = vectorByText.get(example.text);
      if (!vector) vectorByText.set(example.text, (vector = vectorOf(read(example.text), recogniser, compiled)));
      return vector;
    });
    const labels = examples.map((example) => index.get(example.row ?? noRow)!);
    const classWeights = Float64Array.from(rows, (_, label) => (label === 0 ? 1 : redFlagWeight));
    const model = NetWeights.train(vectors, labels, rows.length, featureCount, { epochs, l2, classWeights });
    const neighbourCount = options.neighbours ?? defaultNeighbours;
    if (neighbourCount <= 0) return new SafetyNet(model, rows, recogniser, features);
    // Each text once (weighted near misses are copies), and only features rare enough to tell messages apart.
    const unique = [...new Map(examples.map((example, position) => [example.text, position])).values()];
    const documents = new Map<number, number>();
    for (const position of unique) for (const feature of vectors[position].indices) documents.set(feature, (documents.get(feature) ?? 0) + 1);
    const maximum = (options.neighbourMaximumShare ?? defaultNeighbourMaximumShare) * unique.length;
    const vote = NearestNeighbours.build(
      unique.map((position) => vectors[position]),
      unique.map((position) => labels[position]),
      rows.length,
      featureCount,
      { count: neighbourCount, power: options.neighbourPower ?? defaultNeighbourPower },
      (feature) => (documents.get(feature) ?? 0) <= maximum,
    );
    return new SafetyNet(model, rows, recogniser, features, { vote, share: options.neighbourShare ?? defaultNeighbourShare });
  }

  /** The rows the net tells apart, "no red flag" first: the order of a verdict's probabilities. */
  get rowNames(): readonly string[] {
    return this.rows;
  }

  assess(recognition: Recognition): NetVerdict {
    const count = featuresInto(recognition, this.recogniser, this.compiled);
    const probabilities = this.model.probabilitiesOf(scratch.indices, scratch.weights, count);
    if (this.neighbours) {
      const votes = this.neighbours.vote.votes({ indices: scratch.indices.subarray(0, count), values: scratch.weights.subarray(0, count) }, this.votes);
      // No corpus message shares a telling feature: the vote has nothing to say, the regression decides alone.
      if (votes.some((share) => share > 0)) {
        const share = this.neighbours.share;
        for (let label = 0; label < probabilities.length; label++) probabilities[label] = (1 - share) * probabilities[label] + share * votes[label];
      }
    }
    let best = 1;
    for (let label = 2; label < probabilities.length; label++) if (probabilities[label] > probabilities[best]) best = label;
    return { row: this.rows[best] ?? noRow, probabilityNone: probabilities[0], probabilityRow: probabilities[best] ?? 0, probabilities };
  }
}

/**
 * Feature values are summed in a small open-addressing table (a few kilobytes that stay in cache, rather
 * than an array over the whole hashed feature space), in the order features are first added (the norm is
 * summed in that order too), then read out by ascending feature id: the same numbers, in the same order,
 * as a map of feature names would give, without a string per feature or a map per message.
 */
const scratch = {
  /** The feature id in each slot of the table, -1 for an empty slot. */
  keys: new Int32Array(1024).fill(-1),
  /** The summed value in each slot. */
  sums: new Float64Array(1024),
  /** The slot of each feature, in the order first added. */
  slots: new Int32Array(1024),
  /** Feature ids, sorted: the first `count` are the message's. */
  indices: new Int32Array(1024),
  /** The normalised value of each of those, by position. */
  weights: new Float64Array(1024),
  /** Feature id × table size + slot, for sorting. */
  packed: new Int32Array(1024),
  count: 0,
};

/** A table with room for `features` at most half full (a long message may need a larger one). */
function makeRoom(features: number): void {
  let size = scratch.keys.length;
  while (size < 2 * features) size *= 2;
  if (size === scratch.keys.length) return;
  Object.assign(scratch, { keys: new Int32Array(size).fill(-1), sums: new Float64Array(size), slots: new Int32Array(size), indices: new Int32Array(size), weights: new Float64Array(size), packed: new Int32Array(size) });
}

/** The table at twice its size, its features in the same first-added order. */
function grow(): void {
  const { keys, sums, slots, count } = scratch;
  const size = 2 * keys.length;
  Object.assign(scratch, { keys: new Int32Array(size).fill(-1), sums: new Float64Array(size), slots: new Int32Array(size), indices: new Int32Array(size), weights: new Float64Array(size), packed: new Int32Array(size) });
  const mask = size - 1;
  for (let position = 0; position < count; position++) {
    const key = keys[slots[position]];
    let slot = key & mask;
    while (scratch.keys[slot] !== -1) slot = (slot + 1) & mask;
    scratch.keys[slot] = key;
    scratch.sums[slot] = sums[slots[position]];
    scratch.slots[position] = slot;
  }
}

function addFeature(key: number, weight = 1): void {
  const { keys } = scratch;
  const mask = keys.length - 1;
  for (let slot = key & mask; ; slot = (slot + 1) & mask) {
    if (keys[slot] === key) {
      scratch.sums[slot] += weight;
      return;
    }
    if (keys[slot] === -1) {
      // Never more than half full, whatever features are added later: grow before that.
      if (2 * (scratch.count + 1) > keys.length) {
        grow();
        addFeature(key, weight);
        return;
      }
      keys[slot] = key;
      // The first weight of a feature is its sum: 0 + weight is weight for every weight added here.
      scratch.sums[slot] = weight;
      scratch.slots[scratch.count++] = slot;
      return;
    }
  }
}

/** A message's features as a vector of its own (training keeps one per example). */
function vectorOf(recognition: Recognition, recogniser: SignRecogniser, features: CompiledFeatures): SparseVector {
  const count = featuresInto(recognition, recogniser, features);
  return { indices: scratch.indices.slice(0, count), values: scratch.weights.slice(0, count) };
}

/** What a concept's place in the message says: seen, denied, over, or only asked about. */
type Reading = 'seen' | 'denied' | 'over' | 'asked';
const readingBits: Record<Exclude<Reading, 'seen'>, number> = { denied: 1, over: 2, asked: 4 };
const unseenReadings = ['denied', 'over', 'asked'] as const;
const anyUnseenIds = unseenReadings.map((reading) => hash(`any:${reading}`));
const signCountIds = {
  none: hash('signs:none'),
  one: hash('signs:one'),
  several: hash('signs:several'),
  unseenOnly: hash('signs:unseen:only'),
  unseenAlso: hash('signs:unseen:also'),
};
const biasId = hash('bias');

/** Fills the scratch arrays with a message's features, sorted by id and normalised; returns how many. */
function featuresInto(recognition: Recognition, recogniser: SignRecogniser, features: CompiledFeatures): number {
  const { tokens } = recognition;
  const { wordWeight, charGramWeight, groupWeight, groupsOf } = features;
  // A word and a pair per token, up to six per concept (its readings), one per quantity, the sign counts, the
  // age and the bias; more grows the table.
  makeRoom(2 * tokens.length + 6 * recognition.concepts.size + recognition.quantities.length + 4);
  scratch.count = 0;
  if (charGramWeight > 0) for (const token of tokens) if (token.value === undefined && token.word.length >= 4 && !stopWords.has(token.word)) charGramsOf(token.word, charGramWeight);
  // Words and word pairs: what the concept lists have not named yet.
  let previous: StemIds | undefined;
  for (const token of tokens) {
    const ids = stemIdsOf(token.value === undefined ? token.stem : '#');
    if (!stopWords.has(token.word)) addFeature(ids.word, wordWeight);
    // The pair feature is "b:" + previous + "_" + stem, hashed on from the previous stem's part.
    if (previous !== undefined) addFeature(hashKey(fnvState(previous.pairHead, ids.stem)), 0.7 * wordWeight);
    previous = token.sentenceEnd ? undefined : ids;
  }
  // Concepts by how they are read: seen, denied, over, or only asked about, and whose a seen one is. A
  // sign denied is much like any other sign denied: "any:" features carry that across concepts.
  // Only "gone now" reads the other concepts' places (see isResolved): without it, no list is made.
  const noneResolved = !recognition.concepts.has('resolved');
  let allSpans: Span[] | undefined;
  let seenSigns = 0;
  let unseenSigns = 0;
  const subjects = scratchSubjects;
  for (const [name, spans] of recognition.concepts) {
    if (structuralConcepts.has(name)) continue;
    const concept = namedIds(conceptIds, conceptPrefixes, name);
    if (name.startsWith('who_')) {
      addFeature(concept.seen, 1.5);
      continue;
    }
    let seen = false;
    let readings = 0;
    // Whose the seen places are, each once, in the order first met.
    subjects.length = 0;
    for (const span of spans) {
      let reading: Reading;
      if (recogniser.isNegated(recognition, span)) reading = 'denied';
      else if (recogniser.isAskedAbout(recognition, span)) reading = 'asked';
      else if (!noneResolved && recogniser.isResolved(recognition, span, (allSpans ??= conceptSpans(recognition)))) reading = 'over';
      else reading = 'seen';
      if (reading === 'seen') {
        seen = true;
        const subject = recogniser.subjectAt(recognition, span.start);
        if (!subjects.includes(subject)) subjects.push(subject);
      } else readings |= readingBits[reading];
    }
    const groups = groupWeight > 0 ? groupsOf.get(name) : undefined;
    if (seen) {
      addFeature(concept.seen, 1.5);
      seenSigns++;
      for (const subject of subjects) addFeature(concept.of(subject));
      if (groups) {
        for (const row of groups) {
          addFeature(row.seen, groupWeight);
          for (const subject of subjects) addFeature(row.of(subject), 0.7 * groupWeight);
        }
      }
      continue;
    }
    unseenSigns++;
    for (let reading = 0; reading < unseenReadings.length; reading++) {
      if ((readings & readingBits[unseenReadings[reading]]) === 0) continue;
      addFeature(concept.unseen[reading], 1.5);
      addFeature(anyUnseenIds[reading]);
      if (groups) for (const row of groups) addFeature(row.unseen[reading], groupWeight);
    }
  }
  addFeature(seenSigns === 0 ? signCountIds.none : seenSigns === 1 ? signCountIds.one : signCountIds.several);
  if (unseenSigns > 0) addFeature(seenSigns === 0 ? signCountIds.unseenOnly : signCountIds.unseenAlso);
  for (const quantity of recognition.quantities) addFeature(memoisedHash(`q:${quantity.kind}:${band(quantity.kind, quantity.value)}`), 1.5);
  if (recognition.ageDays !== undefined) addFeature(memoisedHash(`age:${recognition.ageDays < 1 ? 'day0' : recognition.ageDays < 3 ? 'under3d' : recognition.ageDays < 14 ? 'under2w' : recognition.ageDays < 42 ? 'under6w' : recognition.ageDays < 91 ? 'under3m' : recognition.ageDays < 183 ? 'under6m' : 'older'}`));
  addFeature(biasId);
  const { keys, sums, slots, indices, weights, count } = scratch;
  // Longer messages have more features; scaling keeps one strong sign from drowning in a long story.
  let squares = 0;
  for (let position = 0; position < count; position++) {
    const value = sums[slots[position]];
    squares += value * value;
  }
  const norm = Math.sqrt(squares) || 1;
  // Ids sorted with their slots: each id and its slot packed in one number, so one typed-array sort orders
  // both (ids are distinct, so the slots never decide). An id has `featureBits` bits, so in a table of up to
  // 2^(31 - featureBits) slots that number fits an Int32Array, whose sort is the quicker; a larger table (a
  // message of thousands of words) takes doubles.
  const slotRange = keys.length;
  const packed = slotRange <= 2 ** (31 - featureBits) ? scratch.packed.subarray(0, count) : new Float64Array(count);
  for (let position = 0; position < count; position++) {
    const slot = slots[position];
    packed[position] = keys[slot] * slotRange + slot;
  }
  packed.sort();
  for (let position = 0; position < count; position++) {
    const slot = packed[position] % slotRange;
    indices[position] = keys[slot];
    weights[position] = sums[slot] / norm;
    keys[slot] = -1;
  }
  return count;
}

/** The feature settings with what the net reads per message worked out once: each row group's hashed names. */
interface CompiledFeatures {
  wordWeight: number;
  charGramWeight: number;
  groupWeight: number;
  /** Concept name → its rows' feature ids. */
  groupsOf: ReadonlyMap<string, readonly NamedIds[]>;
}

function compileFeatures(features: NetFeatures): CompiledFeatures {
  const groupsOf = new Map(Object.entries(features.conceptRows).map(([name, rows]) => [name, rows.map((row) => namedIds(rowIds, rowPrefixes, row))]));
  return { wordWeight: features.wordWeight, charGramWeight: features.charGramWeight, groupWeight: features.groupWeight, groupsOf };
}

/** A stem's word feature id, and the hash state of a pair it starts ("b:" + stem + "_"). */
interface StemIds {
  stem: string;
  word: number;
  pairHead: number;
}

const wordState = fnvState(fnvOffsetBasis, 'w:');
const pairState = fnvState(fnvOffsetBasis, 'b:');
const stemIds = new Map<string, StemIds>();

/** Remembered: the same few hundred stems come back in every message. */
function stemIdsOf(stem: string): StemIds {
  let ids = stemIds.get(stem);
  if (ids === undefined) {
    ids = { stem, word: hashKey(fnvState(wordState, stem)), pairHead: fnvState(fnvState(pairState, stem), '_') };
    if (stemIds.size < 50000) stemIds.set(stem, ids);
  }
  return ids;
}

/**
 * The feature ids of one concept or row, by how it is read: seen (`c:name`, `r:row`), each unseen reading in
 * the order of `unseenReadings` (`denied:name`, `rdenied:row`…) and seen of a person (`cs:name:baby`).
 */
interface NamedIds {
  seen: number;
  unseen: readonly number[];
  of(subject: string): number;
}

interface NamedPrefixes {
  seen: string;
  unseen: readonly string[];
  subject: string;
}

const conceptPrefixes: NamedPrefixes = { seen: 'c:', unseen: unseenReadings.map((reading) => `${reading}:`), subject: 'cs:' };
const rowPrefixes: NamedPrefixes = { seen: 'r:', unseen: unseenReadings.map((reading) => `r${reading}:`), subject: 'rs:' };
const conceptIds = new Map<string, NamedIds>();
const rowIds = new Map<string, NamedIds>();

function namedIds(known: Map<string, NamedIds>, prefixes: NamedPrefixes, name: string): NamedIds {
  let ids = known.get(name);
  if (ids === undefined) {
    const bySubject = new Map<string, number>();
    ids = {
      seen: hash(`${prefixes.seen}${name}`),
      unseen: prefixes.unseen.map((prefix) => hash(`${prefix}${name}`)),
      of(subject) {
        let id = bySubject.get(subject);
        if (id === undefined) bySubject.set(subject, (id = hash(`${prefixes.subject}${name}:${subject}`)));
        return id;
      },
    };
    // Names come from the safety file's concepts and rows: a bounded set.
    known.set(name, ids);
  }
  return ids;
}

const memoisedIds = new Map<string, number>();

/** hash(), remembered: quantity bands and age bands are a few dozen names. */
function memoisedHash(text: string): number {
  let id = memoisedIds.get(text);
  if (id === undefined) {
    id = hash(text);
    if (memoisedIds.size < 10000) memoisedIds.set(text, id);
  }
  return id;
}

/** The persons of a concept's seen places, reused per concept. */
const scratchSubjects: string[] = [];

/** A word's character 4-grams, its ends marked: "hurting" and "hurtin" share most of them. */
function charGramsOf(word: string, weight: number): void {
  const marked = `<${word}>`;
  const start = fnvState(fnvOffsetBasis, 'g:');
  for (let from = 0; from + 4 <= marked.length; from++) addFeature(hashKey(fnvState(start, marked, from, from + 4)), weight);
}


// Concepts triage uses for structure: they shape the other concepts' readings and are no features alone.
const structuralConcepts = new Set(['conjunction', 'negation', 'not_a_negation']);

/** Every concept's places but the structural ones and the persons: what may stand between a sign and "gone now". */
function conceptSpans(recognition: Recognition): Span[] {
  const spans: Span[] = [];
  for (const [name, found] of recognition.concepts) if (!structuralConcepts.has(name) && !name.startsWith('who_')) spans.push(...found);
  return spans;
}

function band(kind: string, value: number): string {
  switch (kind) {
    case 'temperature':
      return value >= 39 ? 'high39' : value >= 38 ? 'high38' : value < 36 ? 'low' : 'normal';
    case 'hours':
      return value >= 8 ? '8+' : value >= 6 ? '6+' : value >= 4 ? '4+' : 'few';
    case 'percent':
    case 'weight_drop':
      return value >= 10 ? '10+' : value >= 7 ? '7+' : 'small';
    case 'breaths':
      return value >= 60 ? '60+' : 'normal';
    case 'days':
      return value >= 14 ? '14+' : value >= 3 ? '3+' : 'few';
    default:
      return value < 3 ? 'few' : value < 6 ? 'some' : 'many';
  }
}

/** The feature id of a finished FNV-1a state. */
function hashKey(state: number): number {
  return (state >>> 0) & (featureCount - 1);
}

/** FNV-1a into the feature space. */
function hash(text: string): number {
  return hashKey(fnvState(fnvOffsetBasis, text));
}
