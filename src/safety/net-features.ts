import { fnvOffsetBasis, fnvPrime, fnvState } from '../nlu/fnv-hash';
import type { SparseVector } from '../nlu/sparse-vector';
import type { Span } from './concept-matcher';
import type { Recognition, Subject } from './sign-recogniser';
import { isAskedAbout } from './is-asked-about';
import { isAskedAhead } from './is-asked-ahead';
import { isNegated } from './is-negated';
import { isResolved } from './is-resolved';
import { isToldOver } from './is-told-over';
import { subjectAt } from './sign-subjects';
import { structuralConcepts } from './structural-concepts';

// Read once, as in fnv-hash.ts: a lookup of `Math` in a vm context (jest) goes through its interceptors.
const { imul } = Math;

// What the safety net reads of a message, as hashed feature ids with weights (the net itself, its training
// and its verdict are in safety-net.ts).

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

export const featureBits = 15;
export const featureCount = 1 << featureBits;
// Too common to carry meaning alone; still part of word pairs.
const stopWords = new Set(['a', 'an', 'the', 'is', 'am', 'are', 'it', 'to', 'of', 'and', 'so', 'do', 'be', 'this', 'that', 'in', 'on', 'for', 'with', 'just', 'was', 'at', 'as', 'or', 'if']);

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
  count: 0,
};

/** Fresh, empty arrays of `size` slots in place of the table's (what they held is the caller's to carry over). */
function allocateTable(size: number): void {
  Object.assign(scratch, { keys: new Int32Array(size).fill(-1), sums: new Float64Array(size), slots: new Int32Array(size), indices: new Int32Array(size), weights: new Float64Array(size) });
}

/** A table with room for `features` at most half full (a long message may need a larger one). */
function makeRoom(features: number): void {
  let size = scratch.keys.length;
  while (size < 2 * features) size *= 2;
  if (size === scratch.keys.length) return;
  allocateTable(size);
}

/** The table at twice its size, its features in the same first-added order. */
function grow(): void {
  const { keys, sums, slots, count } = scratch;
  const size = 2 * keys.length;
  allocateTable(size);
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

/**
 * The weights features are added at, by number: addFeature takes a weight's number, a small integer, because
 * a fractional weight (0.7 × the word weight) handed to a function V8 does not inline is boxed into a heap
 * number at every call, some 2.5 KB of garbage a message. Set at the start of each message from its settings.
 */
const weightOf = new Float64Array(7);
const unitWeight = 0;
const signWeight = 1;
const wordWeightNumber = 2;
const pairWeight = 3;
const groupWeightNumber = 4;
const groupSubjectWeight = 5;
const charGramWeightNumber = 6;

function setWeights(features: CompiledFeatures): void {
  weightOf[unitWeight] = 1;
  weightOf[signWeight] = 1.5;
  weightOf[wordWeightNumber] = features.wordWeight;
  weightOf[pairWeight] = 0.7 * features.wordWeight;
  weightOf[groupWeightNumber] = features.groupWeight;
  weightOf[groupSubjectWeight] = 0.7 * features.groupWeight;
  weightOf[charGramWeightNumber] = features.charGramWeight;
}

/** Adds the weight numbered `weightNumber` (see weightOf) to feature `key`. */
function addFeature(key: number, weightNumber = unitWeight): void {
  const weight = weightOf[weightNumber];
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
        addFeature(key, weightNumber);
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
export function vectorOf(recognition: Recognition, features: CompiledFeatures): SparseVector {
  const count = featuresInto(recognition, features);
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
export function featuresInto(recognition: Recognition, features: CompiledFeatures): number {
  const { tokens } = recognition;
  const { charGramWeight } = features;
  // A word and a pair per token, up to six per concept (its readings), one per quantity, the sign counts, the
  // age and the bias; more grows the table.
  makeRoom(2 * tokens.length + 6 * recognition.concepts.size + recognition.quantities.length + 4);
  scratch.count = 0;
  setWeights(features);
  if (charGramWeight > 0) for (const token of tokens) if (token.value === undefined && token.word.length >= 4 && !stopWords.has(token.word)) charGramsOf(token.word);
  // Words and word pairs: what the concept lists have not named yet.
  let previous: StemIds | undefined;
  for (const token of tokens) {
    const ids = stemIdsOf(token.value === undefined ? token.stem : '#');
    if (!stopWords.has(token.word)) addFeature(ids.word, wordWeightNumber);
    // The pair feature is "b:" + previous + "_" + stem, hashed on from the previous stem's part.
    if (previous !== undefined) addFeature(featureIdAfter(previous.pairHead, ids.stem), pairWeight);
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
  // Keys, not entries: iterating a Map's entries makes an array per entry.
  for (const name of recognition.concepts.keys()) {
    // One look-up per concept for all the net knows of it (see ConceptFeatures).
    const known = conceptFeaturesOf(features, name);
    if (known.structural) continue;
    const concept = known.ids;
    if (known.person) {
      addFeature(concept.seen, signWeight);
      continue;
    }
    const spans = recognition.concepts.get(name)!;
    let seen = false;
    let readings = 0;
    // Whose the seen places are, each once, in the order first met: the first `subjectCount` of `subjects`
    // (counted, not emptied: an array set to length 0 gives up its storage, and every push made it again).
    let subjectCount = 0;
    for (let place = 0; place < spans.length; place++) {
      const span = spans[place];
      let reading: Reading;
      if (isNegated(recognition, span)) reading = 'denied';
      else if (isAskedAbout(recognition, span) || isAskedAhead(recognition, span)) reading = 'asked';
      else if (!noneResolved && isResolved(recognition, span, (allSpans ??= conceptSpans(recognition)))) reading = 'over';
      // A story told as over sentences later ("… now at 4 weeks i feel like me again"): the near misses of the
      // corpus teach the net that such a sign is over, as the rules read it (s9-rf-nm).
      else if (isToldOver(recognition, span)) reading = 'over';
      else reading = 'seen';
      if (reading === 'seen') {
        seen = true;
        const subject = subjectAt(recognition, span.start);
        let known = 0;
        while (known < subjectCount && subjects[known] !== subject) known++;
        if (known === subjectCount) subjects[subjectCount++] = subject;
      } else readings |= readingBits[reading];
    }
    const { groups } = known;
    if (seen) {
      addFeature(concept.seen, signWeight);
      seenSigns++;
      for (let index = 0; index < subjectCount; index++) addFeature(subjectId(concept, subjects[index]));
      if (groups) {
        for (const row of groups) {
          addFeature(row.seen, groupWeightNumber);
          for (let index = 0; index < subjectCount; index++) addFeature(subjectId(row, subjects[index]), groupSubjectWeight);
        }
      }
      continue;
    }
    unseenSigns++;
    for (let reading = 0; reading < unseenReadings.length; reading++) {
      if ((readings & readingBits[unseenReadings[reading]]) === 0) continue;
      addFeature(concept.unseen[reading], signWeight);
      addFeature(anyUnseenIds[reading]);
      if (groups) for (const row of groups) addFeature(row.unseen[reading], groupWeightNumber);
    }
  }
  addFeature(seenSigns === 0 ? signCountIds.none : seenSigns === 1 ? signCountIds.one : signCountIds.several);
  if (unseenSigns > 0) addFeature(seenSigns === 0 ? signCountIds.unseenOnly : signCountIds.unseenAlso);
  // A pause in seconds is read for the rules' normal_when only (s8-rf-nm): no input of the net's.
  for (const quantity of recognition.quantities) if (quantity.kind !== 'seconds') addFeature(memoisedHash(`q:${quantity.kind}:${band(quantity.kind, quantity.told ?? quantity.value)}`), signWeight);
  if (recognition.ageDays !== undefined) addFeature(memoisedHash(`age:${recognition.ageDays < 1 ? 'day0' : recognition.ageDays < 3 ? 'under3d' : recognition.ageDays < 14 ? 'under2w' : recognition.ageDays < 42 ? 'under6w' : recognition.ageDays < 91 ? 'under3m' : recognition.ageDays < 183 ? 'under6m' : 'older'}`));
  addFeature(biasId);
  const { keys, sums, slots, indices, weights, count } = scratch;
  // Longer messages have more features; scaling keeps one strong sign from drowning in a long story.
  let squares = 0;
  for (let position = 0; position < count; position++) {
    const slot = slots[position];
    const value = sums[slot];
    squares += value * value;
    // Marked present, to be read out by ascending id below.
    const key = keys[slot];
    presentBits[key >>> 5] |= 1 << (key & 31);
    presentWords[key >>> 10] |= 1 << ((key >>> 5) & 31);
  }
  const norm = Math.sqrt(squares) || 1;
  // Ids in ascending order without a sort: the bits of the present ids read from the lowest up, only the
  // words that hold one visited (a sort of the typed array cost a fifth of this function), each cleared
  // for the next message as it is read.
  // Each id's slot is found again by probing the table from the id (as addFeature placed it; a few
  // kilobytes that stay in cache), rather than kept in an array over the whole feature space, whose
  // scattered entries missed the cache in a whole turn.
  const mask = keys.length - 1;
  let position = 0;
  for (let word = 0; word < presentWords.length; word++) {
    let wordBits = presentWords[word];
    if (wordBits === 0) continue;
    presentWords[word] = 0;
    while (wordBits !== 0) {
      const lowestWord = wordBits & -wordBits;
      wordBits ^= lowestWord;
      const bitsAt = (word << 5) | (31 - Math.clz32(lowestWord));
      let bits = presentBits[bitsAt];
      presentBits[bitsAt] = 0;
      while (bits !== 0) {
        const lowest = bits & -bits;
        bits ^= lowest;
        const key = (bitsAt << 5) | (31 - Math.clz32(lowest));
        // The id is in the table (cleared only once read), so the probe ends on it; slots cleared before
        // it are passed over.
        let slot = key & mask;
        while (keys[slot] !== key) slot = (slot + 1) & mask;
        indices[position] = key;
        weights[position] = sums[slot] / norm;
        keys[slot] = -1;
        position++;
      }
    }
  }
  return count;
}

/** One bit per feature id: present in the message being read out. */
const presentBits = new Int32Array(featureCount >>> 5);
/** One bit per word of presentBits: that word holds a present id. */
const presentWords = new Int32Array(featureCount >>> 10);

/** The feature settings with what the net reads per message worked out once: each row group's hashed names. */
export interface CompiledFeatures {
  wordWeight: number;
  charGramWeight: number;
  groupWeight: number;
  /** Concept name → its rows' feature ids. */
  groupsOf: ReadonlyMap<string, readonly NamedIds[]>;
  /** Concept name → what featuresInto reads of it, filled as concepts are first met (names come from the safety file: a bounded set). */
  concepts: Map<string, ConceptFeatures>;
}

/**
 * What the net reads of one concept, worked out when the concept is first met: each message then looks a
 * concept up once, instead of in the structural list, the persons' prefix, the hashed names and the groups.
 */
interface ConceptFeatures {
  /** Shapes the other concepts' readings and is no feature itself (structuralConcepts). */
  structural: boolean;
  /** A person ("who_…"): one feature when found, however it is read. */
  person: boolean;
  ids: NamedIds;
  /** The ids of the rows whose rules name it, when group features are on. */
  groups: readonly NamedIds[] | undefined;
}

export function compileFeatures(features: NetFeatures): CompiledFeatures {
  const groupsOf = new Map(Object.entries(features.conceptRows).map(([name, rows]) => [name, rows.map((row) => namedIds(rowIds, rowPrefixes, row))]));
  return { wordWeight: features.wordWeight, charGramWeight: features.charGramWeight, groupWeight: features.groupWeight, groupsOf, concepts: new Map() };
}

function conceptFeaturesOf(features: CompiledFeatures, name: string): ConceptFeatures {
  let known = features.concepts.get(name);
  if (known === undefined) {
    known = {
      structural: structuralConcepts.has(name),
      person: name.startsWith('who_'),
      ids: namedIds(conceptIds, conceptPrefixes, name),
      groups: features.groupWeight > 0 ? features.groupsOf.get(name) : undefined,
    };
    features.concepts.set(name, known);
  }
  return known;
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
  /** Seen of each person of `subjectOrder`, by its place there (see subjectId). */
  bySubject: Int32Array;
  /** What a person's name is hashed after (`cs:name:`), for one outside `subjectOrder`. */
  subjectKey: string;
}

/** The persons a seen place can be of (sign-recogniser's Subject): their ids are hashed once per concept or row. */
const subjectOrder: readonly Subject[] = ['baby', 'mother', 'partner', 'ambiguous', 'baby_likely', 'none'];

/** The id of `cs:name:subject` (or `rs:row:subject`): read from the ids hashed once, not from a map per concept. */
function subjectId(ids: NamedIds, subject: string): number {
  for (let number = 0; number < subjectOrder.length; number++) if (subjectOrder[number] === subject) return ids.bySubject[number];
  return hash(`${ids.subjectKey}${subject}`);
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
    const subjectKey = `${prefixes.subject}${name}:`;
    ids = {
      seen: hash(`${prefixes.seen}${name}`),
      unseen: prefixes.unseen.map((prefix) => hash(`${prefix}${name}`)),
      bySubject: Int32Array.from(subjectOrder, (subject) => hash(`${subjectKey}${subject}`)),
      subjectKey,
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
function charGramsOf(word: string): void {
  const marked = `<${word}>`;
  const start = fnvState(fnvOffsetBasis, 'g:');
  for (let from = 0; from + 4 <= marked.length; from++) addFeature(featureIdAfter(start, marked, from, from + 4), charGramWeightNumber);
}

/** Every concept's places but the structural ones and the persons: what may stand between a sign and "gone now". */
function conceptSpans(recognition: Recognition): Span[] {
  const spans: Span[] = [];
  for (const name of recognition.concepts.keys()) {
    if (structuralConcepts.has(name) || name.startsWith('who_')) continue;
    const found = recognition.concepts.get(name)!;
    for (let index = 0; index < found.length; index++) spans.push(found[index]);
  }
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

/**
 * hashKey(fnvState(state, text, start, end)), the state never leaving this function: a 32-bit state is too
 * large for V8's small integers, so handed back from a call it was boxed into a heap number half the time,
 * where a feature id (15 bits) never is. Called for every word pair of every message.
 */
function featureIdAfter(state: number, text: string, start = 0, end = text.length): number {
  let value = state;
  for (let position = start; position < end; position++) value = imul(value ^ text.charCodeAt(position), fnvPrime);
  return (value >>> 0) & (featureCount - 1);
}

/** FNV-1a into the feature space. */
function hash(text: string): number {
  return hashKey(fnvState(fnvOffsetBasis, text));
}

/** The table featuresInto fills: its first `count` indices and weights are the message's, until the next call. */
export { scratch as featureTable };
