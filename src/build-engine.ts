import { modelConfig, type LatchConfig, type ModelConfig } from './config';
import { checkDialogs, readDialogFiles } from './dialog/load-dialogs';
import type { DialogDefinition } from './dialog/dialog-schema';
import { ContentError } from './knowledge/content-error';
import { redFlagForRule, safetyRuleIds } from './safety/red-flag-rule';
import { createEngine, type Engine } from './engine/create-engine';
import type { Responder } from './engine/responder';
import { loadKnowledgeBase } from './knowledge/load-knowledge-base';
import { loadLocaleWording } from './knowledge/locale-wording';
import { requireReviewed } from './knowledge/review-status';
import type { KnowledgeBase } from './knowledge/knowledge-base';
import type { ChatModel } from './llm/chat-model';
import { CircuitBreaker } from './llm/circuit-breaker';
import { ConcurrencyLimit } from './llm/concurrency-limit';
import { createModelEngine } from './llm/create-model-engine';
import { loadPersonalisation } from './llm/load-personalisation';
import { OpenAICompatibleChatModel } from './llm/openai-compatible-chat-model';
import { loadEnglishWords } from './nlu/english-words';
import { IntentClassifier } from './nlu/intent-classifier';
import { TextAnalyser } from './nlu/text-analyser';
import { composeEscalation, contactsFor } from './safety/compose-escalation';
import { loadSafetyRules } from './safety/load-safety-rules';
import { createOutputGates } from './safety/output-gates';
import type { SafetyFile } from './safety/safety-schema';
import { createTriage } from './safety/triage';

/** Every text of the knowledge base whose words spelling correction may aim at. */
function knowledgeTexts(knowledgeBase: KnowledgeBase): string[] {
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

export interface Content {
  knowledgeBase: KnowledgeBase;
  safetyRules: SafetyFile;
  dialogs: Map<string, DialogDefinition>;
}

/** content/ and dialogs/, loaded and cross-checked; throws ContentError naming every problem's file and line. */
export function loadContent(config: LatchConfig): Content {
  const locale = { wording: loadLocaleWording(config.contentDirectory, config.projectRoot), locale: config.locale };
  const dialogFiles = readDialogFiles(config.dialogsDirectory, config.projectRoot, locale);
  if (dialogFiles.problems.length > 0) throw new ContentError(dialogFiles.problems);
  const dialogs = new Map(dialogFiles.dialogs.map(({ definition }) => [definition.id, definition]));
  const knowledgeBase = loadKnowledgeBase({ contentDirectory: config.contentDirectory, dialogIds: new Set(dialogs.keys()), displayRoot: config.projectRoot, locale: config.locale });
  const safetyRules = loadSafetyRules(config.contentDirectory, config.projectRoot, config.locale);
  const dialogProblems = checkDialogs(dialogFiles.dialogs, knowledgeBase, safetyRuleIds(safetyRules));
  if (dialogProblems.length > 0) throw new ContentError(dialogProblems);
  return { knowledgeBase, safetyRules, dialogs };
}

/** Content → understanding → engine; throws ContentError when content is broken. */
export function buildEngine(config: LatchConfig): Engine {
  const { knowledgeBase, safetyRules, dialogs } = loadContent(config);
  if (config.requireReviewed) requireReviewed(knowledgeBase);
  const contacts = contactsFor(safetyRules, config.locale, config.contactOverrides);
  const classifier = IntentClassifier.train(knowledgeBase.intents, buildAnalyser(knowledgeBase, safetyRules));
  return createEngine({
    knowledgeBase,
    classifier,
    policy: config.policy,
    maximumMessageLength: config.maximumMessageLength,
    triage: createTriage(safetyRules),
    escalationText: (flag) => composeEscalation(safetyRules, contacts, flag),
    contacts,
    dialogs,
    nappyChart: safetyRules.number_rules,
    redFlagForRule: (ruleId) => redFlagForRule(safetyRules, ruleId),
    feedbackEvery: config.feedbackEvery,
  });
}

/**
 * The engine a channel talks to: the embedded engine alone when no model is configured (nothing touches
 * the network), or the model engine wrapped around it. `model` defaults to what config says.
 */
export function buildResponder(
  config: LatchConfig,
  engine: Engine,
  model: ModelConfig | undefined = modelConfig(config.modelSettings),
  /** The model to ask instead of the HTTP adapter, e.g. an in-process one for the benchmark. */
  chatModel?: ChatModel,
): Responder {
  if (!model) return engine;
  const personalisation = loadPersonalisation(config.contentDirectory, config.projectRoot);
  return createModelEngine(engine, {
    model:
      chatModel ??
      new OpenAICompatibleChatModel({
        baseUrl: model.url,
        model: model.name,
        apiKey: model.apiKey,
        api: model.api,
        azureApiVersion: model.azureApiVersion,
        timeoutMs: model.timeoutMs,
      }),
    personalisation,
    gates: createOutputGates(personalisation.gates, engine.triage),
    timeoutMs: model.timeoutMs,
    breaker: new CircuitBreaker({ failureThreshold: model.breakerFailures, coolDownMs: model.breakerCoolDownMs }),
    limit: new ConcurrencyLimit(model.maximumConcurrentCalls),
  });
}
