import type { LatchConfig } from './config';
import { createEngine, type Engine } from './engine/create-engine';
import { loadKnowledgeBase } from './knowledge/load-knowledge-base';
import type { KnowledgeBase } from './knowledge/knowledge-base';
import { loadEnglishWords } from './nlu/english-words';
import { IntentClassifier } from './nlu/intent-classifier';
import { TextAnalyser } from './nlu/text-analyser';
import { composeEscalation, contactsFor } from './safety/compose-escalation';
import { loadSafetyRules } from './safety/load-safety-rules';
import type { SafetyFile } from './safety/safety-schema';
import { createTriage } from './safety/triage';

/** Every text of the knowledge base whose words spelling correction may aim at. */
export function knowledgeTexts(knowledgeBase: KnowledgeBase): string[] {
  const texts: string[] = [];
  for (const intent of knowledgeBase.intents) texts.push(intent.title, ...intent.examples.map((example) => example.text));
  for (const answer of knowledgeBase.answerById.values()) texts.push(answer.short, answer.text);
  return texts;
}

/** Safety signs are part of the vocabulary, so "jaundise" and "flopy" are corrected before triage. */
export function buildAnalyser(knowledgeBase: KnowledgeBase, safetyRules?: SafetyFile): TextAnalyser {
  const safetyTexts = safetyRules ? safetyRules.rules.map((rule) => `${rule.means} ${rule.id.replace(/[._]/g, ' ')}`) : [];
  return TextAnalyser.fromTexts([...knowledgeTexts(knowledgeBase), ...safetyTexts], loadEnglishWords());
}

/** Content → understanding → engine; throws ContentError when content is broken. */
export function buildEngine(config: LatchConfig): Engine {
  const knowledgeBase = loadKnowledgeBase({ contentDirectory: config.contentDirectory, displayRoot: config.projectRoot });
  const safetyRules = loadSafetyRules(config.contentDirectory, config.projectRoot);
  const contacts = contactsFor(safetyRules, config.locale, config.contactOverrides);
  const classifier = IntentClassifier.train(knowledgeBase.intents, buildAnalyser(knowledgeBase, safetyRules));
  return createEngine({
    knowledgeBase,
    classifier,
    policy: config.policy,
    maximumMessageLength: config.maximumMessageLength,
    triage: createTriage(safetyRules),
    escalationText: (flag) => composeEscalation(safetyRules, contacts, flag),
  });
}
