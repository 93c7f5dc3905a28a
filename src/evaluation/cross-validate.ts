import type { Intent } from '../knowledge/knowledge-base';
import { IntentClassifier } from '../nlu/intent-classifier';
import type { TextAnalyser } from '../nlu/text-analyser';

export interface ConfusedPair {
  expected: string;
  predicted: string;
  count: number;
}

export interface CrossValidationReport {
  folds: number;
  total: number;
  correct: number;
  confusedPairs: ConfusedPair[];
}

/**
 * k-fold cross-validation over the training examples: which intents does the classifier mix up when it
 * has not seen the phrasing? Editors use it to see where phrasings need to be clearer.
 */
export function crossValidate(intents: readonly Intent[], analyser: TextAnalyser, folds = 5, onFold?: (fold: number) => void): CrossValidationReport {
  const confusion = new Map<string, number>();
  let total = 0;
  let correct = 0;
  for (let fold = 0; fold < folds; fold++) {
    onFold?.(fold + 1);
    const training = intents.map((intent) => ({ ...intent, examples: intent.examples.filter((_, index) => index % folds !== fold), tests: [] }));
    const classifier = IntentClassifier.train(training, analyser, { calibrate: false });
    for (const intent of intents) {
      intent.examples.forEach((example, index) => {
        if (index % folds !== fold) return;
        total++;
        const predicted = classifier.classify(example.text).ranked[0].intent;
        if (predicted === intent.id) correct++;
        else {
          const key = `${intent.id}\u0000${predicted}`;
          confusion.set(key, (confusion.get(key) ?? 0) + 1);
        }
      });
    }
  }
  const confusedPairs = [...confusion]
    .map(([key, count]) => {
      const [expected, predicted] = key.split('\u0000');
      return { expected, predicted, count };
    })
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
  return { folds, total, correct, confusedPairs };
}
