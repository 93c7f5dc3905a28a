import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
import { loadEnglishWords } from './nlu/english-words';
import { IntentClassifier } from './nlu/intent-classifier';
import { TextAnalyser } from './nlu/text-analyser';
import { composeEscalation, contactsFor } from './safety/compose-escalation';
import { loadSafetyContent } from './safety/load-safety-rules';
import { createSafetyCheck, safetyNetExamples } from './safety/safety-check';
import { SafetyNet, type SafetyNetData } from './safety/safety-net';
import { SignRecogniser, type Recognition } from './safety/sign-recogniser';
import type { ConceptMatcher } from './safety/concept-matcher';
import { createOutputGates } from './safety/output-gates';
import type { SafetyFile } from './safety/safety-schema';
import { createTriage, type RuleTriage } from './safety/triage';

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
  /** The compiled sign concepts of safety.yaml. */
  safetyMatcher: ConceptMatcher;
  dialogs: Map<string, DialogDefinition>;
}

/** content/ and dialogs/, loaded and cross-checked; throws ContentError naming every problem's file and line. */
export function loadContent(config: LatchConfig): Content {
  const dialogFiles = readDialogFiles(config.dialogsDirectory, config.projectRoot);
  if (dialogFiles.problems.length > 0) throw new ContentError(dialogFiles.problems);
  const dialogs = new Map(dialogFiles.dialogs.map(({ definition }) => [definition.id, definition]));
  const knowledgeBase = loadKnowledgeBase({ contentDirectory: config.contentDirectory, dialogIds: new Set(dialogs.keys()), displayRoot: config.projectRoot });
  const { file: safetyRules, matcher: safetyMatcher } = loadSafetyContent(config.contentDirectory, config.projectRoot);
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
const safetyNetVersion = 'safety-net 1';

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

/** Content → understanding → engine; throws ContentError when content is broken. */
export function buildEngine(config: LatchConfig): Engine {
  const content = loadContent(config);
  const { knowledgeBase, safetyRules, dialogs } = content;
  const ruleTriage = buildRuleTriage(content);
  const safetyCheck = createSafetyCheck(safetyRules, ruleTriage, cachedSafetyNet(config, content, ruleTriage));
  const contacts = contactsFor(safetyRules, config.locale, config.contactOverrides);
  const classifier = IntentClassifier.train(knowledgeBase.intents, buildAnalyser(knowledgeBase, safetyRules));
  return createEngine({
    knowledgeBase,
    classifier,
    policy: config.policy,
    maximumMessageLength: config.maximumMessageLength,
    triage: ruleTriage,
    safetyCheck,
    escalationText: (flag) => composeEscalation(safetyRules, contacts, flag),
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
