import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { modelConfig, type LatchConfig, type ModelConfig } from '../config';
import { checkDialogs, readDialogFiles } from '../dialog/load-dialogs';
import type { DialogDefinition } from '../dialog/dialog-schema';
import { ContentError } from '../knowledge/content-error';
import { redFlagForRule, safetyRuleIds } from '../safety/red-flag-rule';
import { createEngine, type Engine } from '../engine/create-engine';
import type { Responder } from '../engine/responder';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base';
import { loadLocaleWording } from '../knowledge/locale-wording';
import { requireReviewed } from '../knowledge/review-status';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { ChatModel } from '../llm/chat-model';
import { CircuitBreaker } from '../llm/circuit-breaker';
import { ConcurrencyLimit } from '../llm/concurrency-limit';
import { createModelEngine } from '../engine/create-model-engine';
import { loadPersonalisation } from '../llm/load-personalisation';
import { OpenAICompatibleChatModel } from '../llm/openai-compatible-chat-model';
import type { CompiledModel } from '../nlu/compiled-model';
import { loadEnglishWords } from '../nlu/english-words';
import { defaultClassifierOptions, IntentClassifier, type ClassifierOptions } from '../nlu/intent-classifier';
import { modelKey, readCachedModel, writeCachedModel } from '../nlu/model-cache';
import { TextAnalyser } from '../nlu/text-analyser';
import { composeEscalation, composeSignQuestion, contactsFor } from '../safety/compose-escalation';
import { loadSafetyContent } from '../safety/load-safety-rules';
import { createSafetyCheck, safetyNetExamples } from '../safety/safety-check';
import { SafetyNet, type SafetyNetData } from '../safety/safety-net';
import { SignRecogniser, type Recognition } from '../safety/sign-recogniser';
import type { ConceptMatcher } from '../safety/concept-matcher';
import { createOutputGates } from '../safety/output-gates';
import type { SafetyFile } from '../safety/safety-schema';
import { createTriage, type RuleTriage } from '../safety/triage';

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
const trainingCode = [join(__dirname, '..', 'nlu'), join(__dirname, '..', 'knowledge'), __filename];

/**
 * The analyser and classifier for this content: loaded from the compiled-model cache when content/,
 * dialogs/ and the training code are unchanged since it was written, trained (and cached) otherwise. A
 * missing, stale or corrupt cache file means training, never a failure; so does a cache folder that
 * cannot be written (the model is then simply not kept).
 */
export function buildUnderstanding(
  config: Pick<LatchConfig, 'contentDirectory' | 'dialogsDirectory' | 'modelCacheDirectory' | 'locale'>,
  content: Pick<Content, 'knowledgeBase' | 'safetyRules'>,
  options: { classifier?: ClassifierOptions; refresh?: boolean } = {},
): Understanding {
  const classifierOptions = options.classifier ?? defaultClassifierOptions;
  // The locale words the content (answers feed the spelling vocabulary), so each locale has its own model.
  const key = modelKey([config.contentDirectory, config.dialogsDirectory, ...trainingCode], { classifier: classifierOptions, locale: config.locale });
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
  /** The compiled sign concepts of safety.yaml. */
  safetyMatcher: ConceptMatcher;
  dialogs: Map<string, DialogDefinition>;
}

/** content/ and dialogs/, loaded and cross-checked; throws ContentError naming every problem's file and line. */
export function loadContent(config: LatchConfig): Content {
  const locale = { wording: loadLocaleWording(config.contentDirectory, config.projectRoot), locale: config.locale };
  const dialogFiles = readDialogFiles(config.dialogsDirectory, config.projectRoot, locale);
  if (dialogFiles.problems.length > 0) throw new ContentError(dialogFiles.problems);
  const dialogs = new Map(dialogFiles.dialogs.map(({ definition }) => [definition.id, definition]));
  const knowledgeBase = loadKnowledgeBase({ contentDirectory: config.contentDirectory, dialogIds: new Set(dialogs.keys()), displayRoot: config.projectRoot, locale: config.locale });
  const { file: safetyRules, matcher: safetyMatcher } = loadSafetyContent(config.contentDirectory, config.projectRoot, config.locale);
  const dialogProblems = checkDialogs(dialogFiles.dialogs, knowledgeBase, safetyRuleIds(safetyRules));
  if (dialogProblems.length > 0) throw new ContentError(dialogProblems);
  return { knowledgeBase, safetyRules, safetyMatcher, dialogs };
}

let englishWords: ReadonlySet<string> | undefined;
function cachedEnglishWords(): ReadonlySet<string> {
  return (englishWords ??= loadEnglishWords());
}

/** The rule triage over the content's concepts; real English words are never "corrected" into a sign. */
export function buildRuleTriage(content: Pick<Content, 'safetyRules' | 'safetyMatcher'>): RuleTriage {
  return createTriage(content.safetyRules, new SignRecogniser(content.safetyMatcher, cachedEnglishWords()));
}

/**
 * The trained net, from node_modules/.cache/latch when its inputs (safety.yaml, the corpus, the knowledge
 * base's phrasings and the net's code version) are unchanged, else trained now and kept there. Training
 * takes seconds and every test file and every start builds an engine. A cache that cannot be written is skipped.
 */
export function cachedSafetyNet(config: LatchConfig, content: Content, rules: RuleTriage): SafetyNet {
  const safetyPath = join(config.contentDirectory, 'safety.yaml');
  const hash = createHash('sha256').update(safetyNetVersion);
  hash.update(readFileSync(safetyPath));
  for (const relativePath of content.safetyRules.safety_check.corpus) {
    const path = resolve(config.contentDirectory, relativePath);
    hash.update(existsSync(path) ? readFileSync(path) : `missing ${path}`);
  }
  for (const text of ordinaryPhrasings(content.knowledgeBase)) hash.update(`\n${text}`);
  // The recogniser's and the net's own code, when the sources are there, so a code change retrains too.
  const sources = join(config.projectRoot, 'src', 'safety');
  if (existsSync(sources)) for (const file of readdirSync(sources).filter((name) => name.endsWith('.ts')).sort()) hash.update(readFileSync(join(sources, file)));
  const cachePath = join(config.projectRoot, 'node_modules', '.cache', 'latch', `safety-net-${hash.digest('hex').slice(0, 24)}.json`);
  if (existsSync(cachePath)) {
    try {
      return SafetyNet.fromData(JSON.parse(readFileSync(cachePath, 'utf8')) as SafetyNetData, rules.recogniser);
    } catch {
      // A broken cache file is trained over.
    }
  }
  const net = trainSafetyNet(config, content, rules);
  try {
    mkdirSync(dirname(cachePath), { recursive: true });
    const temporary = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(net.toData()));
    renameSync(temporary, cachePath);
    // Nets trained from older inputs are of no more use.
    for (const name of readdirSync(dirname(cachePath))) {
      if (name.startsWith('safety-net-') && name.endsWith('.json') && join(dirname(cachePath), name) !== cachePath) rmSync(join(dirname(cachePath), name), { force: true });
    }
  } catch {
    // A read-only install trains at every start.
  }
  return net;
}

/** Bump when the net's features or training change, so cached nets are trained again. */
const safetyNetVersion = 'safety-net 2';

/**
 * Ordinary phrasings the net learns as "no red flag": every intent's training examples, except any a rule
 * flags (a phrasing that names a sign is no lesson in what is ordinary).
 */
export function ordinaryPhrasings(knowledgeBase: KnowledgeBase, rules?: RuleTriage): string[] {
  const phrasings = knowledgeBase.intents.flatMap((intent) => intent.examples.map((example) => example.text));
  return rules ? phrasings.filter((text) => !rules(text, [], {})) : phrasings;
}

/** The learned net over the red-flag corpus named in safety.yaml (plus the ordinary phrasings). */
export function trainSafetyNet(config: LatchConfig, content: Content, rules: RuleTriage): SafetyNet {
  // Each text is read once: for keeping flagged phrasings out, and for training.
  const readings = new Map<string, Recognition>();
  const read = (text: string) => {
    let reading = readings.get(text);
    if (!reading) readings.set(text, (reading = rules.recogniser.recognise(text)));
    return reading;
  };
  const phrasings = ordinaryPhrasings(content.knowledgeBase);
  const ordinary = phrasings.filter((text) => !rules.triageRecognition(read(text), {}));
  const examples = safetyNetExamples(content.safetyRules, join(config.contentDirectory, 'safety.yaml'), ordinary);
  return SafetyNet.train(examples, rules.recogniser, { read });
}

/**
 * Content → understanding (compiled, from the cache when unchanged) → engine; throws ContentError when content
 * is broken. `content` is content already loaded for this config (the tests share one copy between files).
 */
export function buildEngine(config: LatchConfig, options: { classifier?: ClassifierOptions; content?: Content } = {}): Engine {
  const content = options.content ?? loadContent(config);
  if (config.requireReviewed) requireReviewed(content.knowledgeBase);
  return engineFrom(config, content, buildUnderstanding(config, content, options).classifier);
}

/** The engine over loaded content and a classifier trained (or loaded) for it. */
export function engineFrom(config: LatchConfig, content: Content, classifier: IntentClassifier): Engine {
  const { knowledgeBase, safetyRules, dialogs } = content;
  const ruleTriage = buildRuleTriage(content);
  const safetyCheck = createSafetyCheck(safetyRules, ruleTriage, cachedSafetyNet(config, content, ruleTriage));
  const contacts = contactsFor(safetyRules, config.locale, config.contactOverrides);
  return createEngine({
    knowledgeBase,
    classifier,
    policy: config.policy,
    maximumMessageLength: config.maximumMessageLength,
    triage: ruleTriage,
    safetyCheck,
    escalationText: (flag) => composeEscalation(safetyRules, contacts, flag),
    signQuestion: (text, facts) => ruleTriage.askedAbout(ruleTriage.recogniser.recognise(text), facts),
    signQuestionText: (flag) => composeSignQuestion(safetyRules, contacts, flag),
    contacts,
    dialogs,
    nappyChart: safetyRules.nappy_chart,
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
