import type { Intent, Phrasing } from '../knowledge/knowledge-base';
import type { IntentClassifier } from '../nlu/intent-classifier';
import { NearestNeighbours } from '../nlu/nearest-neighbours';
import type { SparseVector } from '../nlu/sparse-vector';
import { similarCandidates, type FeatureValues } from './similar-candidates';

export interface NearDuplicate {
  similarity: number;
  first: { intent: string; phrasing: Phrasing };
  second: { intent: string; phrasing: Phrasing };
}

/**
 * Training phrasings of two different intents that say nearly the same words (cosine similarity of their
 * word and word-pair features at least `threshold`): each such pair teaches the classifier to split
 * hairs, and often one of the two is in the wrong intent. Most similar first, each pair once.
 */
export function nearDuplicates(intents: readonly Intent[], classifier: IntentClassifier, threshold = 0.85): NearDuplicate[] {
  const phrasings: { intent: number; phrasing: Phrasing }[] = [];
  intents.forEach((intent, index) => {
    for (const phrasing of intent.examples) phrasings.push({ intent: index, phrasing });
  });
  const vectors = phrasings.map(({ phrasing }) => classifier.vector(classifier.analyse(phrasing.text)));
  const nearestOf = threshold >= prefixFilterFrom ? prefixFiltered(vectors, classifier, threshold) : throughNeighbourIndex(vectors, phrasings, intents.length, classifier);
  const found: NearDuplicate[] = [];
  phrasings.forEach(({ intent, phrasing }, position) => {
    for (const { other, similarity } of nearestOf(position)) {
      // Each pair is seen from both sides; keep it once, from its earlier phrasing.
      if (similarity < threshold || other < position || phrasings[other].intent === intent) continue;
      found.push({
        similarity,
        first: { intent: intents[intent].id, phrasing },
        second: { intent: intents[phrasings[other].intent].id, phrasing: phrasings[other].phrasing },
      });
    }
  });
  return found.sort((a, b) => b.similarity - a.similarity);
}

/**
 * Under this threshold nearly every pair sharing a word may reach it, the prefix filter leaves almost every
 * posting in its index and measuring each candidate pair costs more than the neighbour index's scan: at 0.3,
 * 12 s against 3 s; at 0.5 the same; at 0.85, 0.9 s against 3.5 s (content/, issue 13).
 */
const prefixFilterFrom = 0.5;

/** The 5 phrasings nearest each (most similar first), as the classifier's neighbour index finds them. */
function throughNeighbourIndex(vectors: SparseVector[], phrasings: { intent: number }[], intentCount: number, classifier: IntentClassifier) {
  const index = NearestNeighbours.build(
    vectors,
    phrasings.map(({ intent }) => intent),
    intentCount,
    classifier.featureCount,
    { count: 5, power: 1 },
    (feature) => classifier.isWordFeature(feature),
  );
  return (position: number) => index.nearest(vectors[position], 5, position).map(([other, similarity]) => ({ other, similarity }));
}

/**
 * The same 5, of those at `threshold` or more, comparing only the phrasings that may reach it (a hair under
 * it, for rounding: each is then measured).
 */
function prefixFiltered(vectors: SparseVector[], classifier: IntentClassifier, threshold: number) {
  const words = vectors.map((vector) => wordPart(vector, classifier));
  const candidatesOf = similarCandidates(words, threshold - 1e-4);
  const measure = similarityMeasure(classifier.featureCount, Math.max(0, ...words.map((part) => part.features.length)));
  return (position: number): Neighbour[] => {
    const from = words[position];
    const neighbours: Neighbour[] = [];
    measure.start(from);
    candidatesOf(position, (other) => {
      const neighbour = measure.similarity(from, words[other], other);
      if (neighbour.similarity >= threshold) neighbours.push(neighbour);
    });
    measure.finish(from);
    return mostSimilar(neighbours, 5);
  };
}

/**
 * A phrasing's word and word-pair features (character n-grams make every phrasing a little alike): their
 * values as the vector has them (`raw`, of length `length`), scaled to unit length (`values`) and those
 * rounded to single precision (`stored`).
 */
interface WordPart extends FeatureValues {
  raw: Float64Array;
  length: number;
  stored: Float32Array;
}

function wordPart(vector: SparseVector, classifier: IntentClassifier): WordPart {
  const kept = [...vector.indices.keys()].filter((position) => classifier.isWordFeature(vector.indices[position]));
  const features = Int32Array.from(kept, (position) => vector.indices[position]);
  const raw = Float64Array.from(kept, (position) => vector.values[position]);
  const norm = Math.hypot(...raw) || 1;
  const values = raw.map((value) => value / norm);
  let sumOfSquares = 0;
  for (const value of raw) sumOfSquares += value * value;
  return { features, values, raw, length: Math.sqrt(sumOfSquares) || 1, stored: Float32Array.from(values) };
}

/** One phrasing's cosine with another, and the place the other would have in a scan of the first's features' postings. */
interface Neighbour {
  other: number;
  similarity: number;
  /** The first of the phrasing's features the other shares, then the other's position: ties go to the lower. */
  order: number;
}

/**
 * The cosine as the classifier's neighbour index computes it for a phrasing looking another up (the one side
 * scaled in double precision, the other's unit values as stored in single; summed in the first's feature
 * order), so the near duplicates found, and their order, are those a search through that index finds.
 * `start` marks where each of a phrasing's features is, `finish` clears it.
 */
function similarityMeasure(featureCount: number, longest: number) {
  const positionOf = new Int32Array(featureCount);
  const sharedPositions = new Int32Array(longest);
  const sharedValues = new Float64Array(longest);
  return {
    start(from: WordPart): void {
      from.features.forEach((feature, position) => (positionOf[feature] = position + 1));
    },
    finish(from: WordPart): void {
      for (const feature of from.features) positionOf[feature] = 0;
    },
    similarity(from: WordPart, to: WordPart, other: number): Neighbour {
      let shared = 0;
      for (let index = 0; index < to.features.length; index++) {
        const position = positionOf[to.features[index]] - 1;
        if (position < 0) continue;
        // Kept in the first phrasing's feature order (a few features: insertion).
        let at = shared++;
        for (; at > 0 && sharedPositions[at - 1] > position; at--) {
          sharedPositions[at] = sharedPositions[at - 1];
          sharedValues[at] = sharedValues[at - 1];
        }
        sharedPositions[at] = position;
        sharedValues[at] = to.stored[index];
      }
      const scale = 1 / from.length;
      let sum = 0;
      for (let index = 0; index < shared; index++) sum += from.raw[sharedPositions[index]] * scale * sharedValues[index];
      return { other, similarity: sum, order: (shared > 0 ? sharedPositions[0] : 0) * 67_108_864 + other };
    },
  };
}

/** The `count` most similar, most similar first; of equal ones, the earlier in a scan of the postings. */
function mostSimilar(neighbours: Neighbour[], count: number): Neighbour[] {
  return neighbours.sort((a, b) => b.similarity - a.similarity || a.order - b.order).slice(0, count);
}
