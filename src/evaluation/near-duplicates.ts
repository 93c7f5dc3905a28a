import type { Intent, Phrasing } from '../knowledge/knowledge-base';
import type { IntentClassifier } from '../nlu/intent-classifier';
import { NearestNeighbours } from '../nlu/nearest-neighbours';

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
  const index = NearestNeighbours.build(
    vectors,
    phrasings.map(({ intent }) => intent),
    intents.length,
    classifier.featureCount,
    { count: 5, power: 1 },
    (feature) => classifier.isWordFeature(feature),
  );
  const found: NearDuplicate[] = [];
  vectors.forEach((vector, position) => {
    for (const [other, similarity] of index.nearest(vector, 5, position)) {
      // Each pair is seen from both sides; keep it once, from its earlier phrasing.
      if (similarity < threshold || other < position || index.labelOf(other) === phrasings[position].intent) continue;
      found.push({
        similarity,
        first: { intent: intents[phrasings[position].intent].id, phrasing: phrasings[position].phrasing },
        second: { intent: intents[phrasings[other].intent].id, phrasing: phrasings[other].phrasing },
      });
    }
  });
  return found.sort((a, b) => b.similarity - a.similarity);
}
