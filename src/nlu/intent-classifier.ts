import type { Intent } from '../knowledge/knowledge-base';
import { FeatureVectoriser } from './feature-vectoriser';
import { SoftmaxRegression, defaultSoftmaxTraining, type SoftmaxTrainingOptions } from './softmax-regression';
import type { AnalysedText, TextAnalyser } from './text-analyser';
import { textFeatures } from './text-features';

export interface IntentScore {
  intent: string;
  confidence: number;
}

export interface Classification {
  analysed: AnalysedText;
  /** Every intent, most likely first; confidences sum to 1. */
  ranked: IntentScore[];
}

/**
 * Maps a message to the knowledge base's intents with calibrated confidence: text features, a softmax
 * regression trained on each intent's examples and title, and a temperature fitted on the held-out tests.
 */
export class IntentClassifier {
  private constructor(
    private readonly analyser: TextAnalyser,
    private readonly vectoriser: FeatureVectoriser,
    private readonly model: SoftmaxRegression,
    private readonly intentIds: readonly string[],
    readonly temperature: number,
  ) {}

  static train(
    intents: readonly Intent[],
    analyser: TextAnalyser,
    options: { training?: SoftmaxTrainingOptions; calibrate?: boolean } = {},
  ): IntentClassifier {
    const intentIds = intents.map((intent) => intent.id);
    const documents: string[][] = [];
    const labels: number[] = [];
    intents.forEach((intent, label) => {
      for (const text of [intent.title, ...intent.examples.map((example) => example.text)]) {
        documents.push(textFeatures(analyser.analyse(text).words));
        labels.push(label);
      }
    });
    const vectoriser = FeatureVectoriser.fit(documents);
    const vectors = documents.map((features) => vectoriser.vectorise(features));
    const model = SoftmaxRegression.train(vectors, labels, intentIds.length, vectoriser.size, options.training ?? defaultSoftmaxTraining);

    let temperature = 1;
    if (options.calibrate !== false) {
      const heldOut: { vector: ReturnType<FeatureVectoriser['vectorise']>; label: number }[] = [];
      intents.forEach((intent, label) => {
        for (const test of intent.tests) heldOut.push({ vector: vectoriser.vectorise(textFeatures(analyser.analyse(test.text).words)), label });
      });
      temperature = model.calibrate(heldOut.map((item) => item.vector), heldOut.map((item) => item.label));
    }
    return new IntentClassifier(analyser, vectoriser, model, intentIds, temperature);
  }

  classify(text: string): Classification {
    const analysed = this.analyse(text);
    return { analysed, ranked: this.rank(analysed) };
  }

  /** Normalisation and spelling correction alone: enough for triage, dialog answers and commands. */
  analyse(text: string): Classification['analysed'] {
    return this.analyser.analyse(text);
  }

  /** Every intent with its calibrated confidence, most likely first. */
  rank(analysed: Classification['analysed']): Classification['ranked'] {
    const probabilities = this.model.probabilities(this.vectoriser.vectorise(textFeatures(analysed.words)));
    return this.intentIds.map((intent, index) => ({ intent, confidence: probabilities[index] })).sort((a, b) => b.confidence - a.confidence);
  }
}
