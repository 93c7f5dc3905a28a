import type { LatchConfig } from './config';
import { createEngine, type Engine } from './engine/create-engine';
import { loadKnowledgeBase } from './knowledge/load-knowledge-base';
import type { KnowledgeBase } from './knowledge/knowledge-base';
import { loadEnglishWords } from './nlu/english-words';
import { IntentClassifier } from './nlu/intent-classifier';
import { TextAnalyser } from './nlu/text-analyser';

/** Every text of the knowledge base whose words spelling correction may aim at. */
export function knowledgeTexts(knowledgeBase: KnowledgeBase): string[] {
  const texts: string[] = [];
  for (const intent of knowledgeBase.intents) texts.push(intent.title, ...intent.examples.map((example) => example.text));
  for (const answer of knowledgeBase.answerById.values()) texts.push(answer.short, answer.text);
  return texts;
}

export function buildAnalyser(knowledgeBase: KnowledgeBase): TextAnalyser {
  return TextAnalyser.fromTexts(knowledgeTexts(knowledgeBase), loadEnglishWords());
}

/** Content → understanding → engine; throws ContentError when content is broken. */
export function buildEngine(config: LatchConfig): Engine {
  const knowledgeBase = loadKnowledgeBase({ contentDirectory: config.contentDirectory, displayRoot: config.projectRoot });
  const classifier = IntentClassifier.train(knowledgeBase.intents, buildAnalyser(knowledgeBase));
  return createEngine({ knowledgeBase, classifier, policy: config.policy, maximumMessageLength: config.maximumMessageLength });
}
