import { modelConfig, type LatchConfig, type ModelConfig } from './config';
import { checkDialogs, readDialogFiles } from './dialog/load-dialogs';
import type { DialogDefinition } from './dialog/dialog-schema';
import { ContentError } from './knowledge/content-error';
import { redFlagForRule, safetyRuleIds } from './safety/red-flag-rule';
import { createEngine, type Engine } from './engine/create-engine';
import type { Responder } from './engine/responder';
import { loadKnowledgeBase } from './knowledge/load-knowledge-base';
import type { KnowledgeBase } from './knowledge/knowledge-base';
import type { ChatModel } from './llm/chat-model';
import { CircuitBreaker } from './llm/circuit-breaker';
import { ConcurrencyLimit } from './llm/concurrency-limit';
import { createModelEngine } from './llm/create-model-engine';
import { loadPersonalisation } from './llm/load-personalisation';
import { OpenAICompatibleChatModel } from './llm/openai-compatible-chat-model';
import { join } from 'node:path';
import type { CompiledModel } from './nlu/compiled-model';
import { loadEnglishWords } from './nlu/english-words';
import { defaultClassifierOptions, IntentClassifier, type ClassifierOptions } from './nlu/intent-classifier';
import { modelKey, readCachedModel, writeCachedModel } from './nlu/model-cache';
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
  return TextAnalyser.fromTexts([...knowledgeTexts(knowledgeBase), ...safetyTexts], loadEnglishWords);
}

export interface Understanding {
  analyser: TextAnalyser;
  classifier: IntentClassifier;
  /** Where the model came from: the cache, or trained now (and then written to the cache when there is one). */
  origin: 'cache' | 'trained';
  key: string;
  /** Why the cache could not be used, when it could not. */
  cacheProblem?: string;
}

/** The code whose change changes what training produces: understanding, the content loader, and this file. */
const trainingCode = [join(__dirname, 'nlu'), join(__dirname, 'knowledge'), __filename];

/**
 * The analyser and classifier for this content: loaded from the compiled-model cache when content/,
 * dialogs/ and the training code are unchanged since it was written, trained (and cached) otherwise. A
 * missing, stale or corrupt cache file means training, never a failure; so does a cache folder that
 * cannot be written (the model is then simply not kept).
 */
export function buildUnderstanding(
  config: Pick<LatchConfig, 'contentDirectory' | 'dialogsDirectory' | 'modelCacheDirectory'>,
  content: Pick<Content, 'knowledgeBase' | 'safetyRules'>,
  options: { classifier?: ClassifierOptions; refresh?: boolean } = {},
): Understanding {
  const classifierOptions = options.classifier ?? defaultClassifierOptions;
  const key = modelKey([config.contentDirectory, config.dialogsDirectory, ...trainingCode], classifierOptions);
  const cacheDirectory = config.modelCacheDirectory;
  let cacheProblem: string | undefined;
  if (cacheDirectory && !options.refresh) {
    const cached = readCachedModel(cacheDirectory, key);
    if ('model' in cached) {
      try {
        return { ...understandingFrom(cached.model), origin: 'cache', key };
      } catch (error) {
        cacheProblem = `the cached model does not fit: ${(error as Error).message}`;
      }
    } else if (cached.miss === 'unreadable') {
      cacheProblem = `the cached model could not be read (${cached.detail ?? 'unknown reason'})`;
    }
  }
  const analyser = buildAnalyser(content.knowledgeBase, content.safetyRules);
  const classifier = IntentClassifier.train(content.knowledgeBase.intents, analyser, { options: classifierOptions });
  if (cacheDirectory) {
    try {
      writeCachedModel(cacheDirectory, compileModel(key, analyser, classifier));
    } catch (error) {
      cacheProblem = `the model could not be cached in ${cacheDirectory}: ${(error as Error).message}`;
    }
  }
  return { analyser, classifier, origin: 'trained', key, cacheProblem };
}

function compileModel(key: string, analyser: TextAnalyser, classifier: IntentClassifier): CompiledModel {
  // All of them: a vocabulary word can still be the lemma that protects an inflection ("feed" keeps "feeder").
  return { key, vocabulary: [...analyser.vocabulary], protectedWords: [...loadEnglishWords()].join('\n'), spelling: analyser.spellingIndex, classifier: classifier.compiled };
}

function understandingFrom(model: CompiledModel): Pick<Understanding, 'analyser' | 'classifier'> {
  let protectedWords: ReadonlySet<string> | undefined;
  const analyser = TextAnalyser.fromVocabulary(new Map(model.vocabulary), () => (protectedWords ??= new Set(model.protectedWords.split('\n'))), model.spelling);
  return { analyser, classifier: IntentClassifier.fromCompiled(model.classifier, analyser) };
}

export interface Content {
  knowledgeBase: KnowledgeBase;
  safetyRules: SafetyFile;
  dialogs: Map<string, DialogDefinition>;
}

/** content/ and dialogs/, loaded and cross-checked; throws ContentError naming every problem's file and line. */
export function loadContent(config: LatchConfig): Content {
  const dialogFiles = readDialogFiles(config.dialogsDirectory, config.projectRoot);
  if (dialogFiles.problems.length > 0) throw new ContentError(dialogFiles.problems);
  const dialogs = new Map(dialogFiles.dialogs.map(({ definition }) => [definition.id, definition]));
  const knowledgeBase = loadKnowledgeBase({ contentDirectory: config.contentDirectory, dialogIds: new Set(dialogs.keys()), displayRoot: config.projectRoot });
  const safetyRules = loadSafetyRules(config.contentDirectory, config.projectRoot);
  const dialogProblems = checkDialogs(dialogFiles.dialogs, knowledgeBase, safetyRuleIds(safetyRules));
  if (dialogProblems.length > 0) throw new ContentError(dialogProblems);
  return { knowledgeBase, safetyRules, dialogs };
}

/** Content → understanding (compiled, from the cache when unchanged) → engine; throws ContentError when content is broken. */
export function buildEngine(config: LatchConfig, options: { classifier?: ClassifierOptions } = {}): Engine {
  const content = loadContent(config);
  return engineFrom(config, content, buildUnderstanding(config, content, options).classifier);
}

/** The engine over loaded content and a classifier trained (or loaded) for it. */
export function engineFrom(config: LatchConfig, content: Content, classifier: IntentClassifier): Engine {
  const { knowledgeBase, safetyRules, dialogs } = content;
  const contacts = contactsFor(safetyRules, config.locale, config.contactOverrides);
  return createEngine({
    knowledgeBase,
    classifier,
    policy: config.policy,
    maximumMessageLength: config.maximumMessageLength,
    triage: createTriage(safetyRules),
    escalationText: (flag) => composeEscalation(safetyRules, contacts, flag),
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
