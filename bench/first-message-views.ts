import type { Engine } from '../src/engine/create-engine';
import { initialConversationState } from '../src/engine/turn-types';
import type { LabelledQuestion } from '../src/evaluation/labelled-questions';
import type { FirstMessageView } from '../src/evaluation/tune-policy';
import type { IntentClassifier } from '../src/nlu/intent-classifier';
import { questionSentenceTop } from '../src/engine/last-question-sentence';
import { namesNobodyIll } from '../src/nlu/illness-subject';

/**
 * What the decide policy sees of each question as a first message: whether the engine's triage took it, and
 * the classifier's ranking. Computed once, so policies can be compared without running the engine again.
 */
export function firstMessageViews(engine: Engine, classifier: IntentClassifier, questions: readonly LabelledQuestion[]): Map<string, FirstMessageView> {
  const views = new Map<string, FirstMessageView>();
  for (const { q } of questions) {
    const { trace } = engine.respond({ text: q, timestamp: '2026-11-26T03:00:00.000Z' }, initialConversationState());
    const { analysed, ranked } = classifier.classify(q);
    views.set(q, { text: q, redFlag: trace.route === 'red_flag', ranked, knownWordShare: analysed.knownWordShare, questionSentenceTop: questionSentenceTop(classifier, q), nobodyNamedIll: namesNobodyIll(analysed.words) });
  }
  return views;
}
