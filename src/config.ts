import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultDecisionPolicy } from './engine/decide';

const configFileSchema = z
  .object({
    version: z.literal(1),
    content_directory: z.string().optional(),
    dialogs_directory: z.string().optional(),
    /** "Was this helpful?" at most once in this many answers. */
    feedback_every: z.number().int().min(1).optional(),
    understanding: z
      .object({
        answer_threshold: z.number().min(0).max(1).optional(),
        answer_margin: z.number().min(0).max(1).optional(),
        clarify_threshold: z.number().min(0).max(1).optional(),
        option_threshold: z.number().min(0).max(1).optional(),
        minimum_known_word_share: z.number().min(0).max(1).optional(),
      })
      .strict()
      .optional(),
    maximum_message_length: z.number().int().positive().optional(),
    locale: z.string().optional(),
    contacts: z
      .object({ emergency: z.string().optional(), urgent_line: z.string().optional(), crisis_line: z.string().optional() })
      .strict()
      .optional(),
    model: z
      .object({
        url: z.string().optional(),
        name: z.string().min(1).optional(),
        api: z.enum(['openai', 'azure']).optional(),
        azure_api_version: z.string().min(1).optional(),
        timeout_ms: z.number().int().positive().optional(),
        maximum_concurrent_calls: z.number().int().positive().optional(),
        circuit_breaker: z
          .object({ failures: z.number().int().positive().optional(), cool_down_ms: z.number().int().min(0).optional() })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export interface LatchConfig {
  projectRoot: string;
  contentDirectory: string;
  dialogsDirectory: string;
  feedbackEvery: number;
  policy: typeof defaultDecisionPolicy;
  maximumMessageLength: number;
  /** Which default emergency and advice numbers content/safety.yaml gives (en-GB, en-US). */
  locale: string;
  contactOverrides: { emergency?: string; urgent_line?: string; crisis_line?: string };
  /** The model engine's settings as given; `modelConfig` turns them into a model to call, or none. */
  modelSettings: ModelSettings;
}

/** What may be said about the model engine, in latch.config.yaml, the environment or on the command line. */
export interface ModelSettings {
  url?: string;
  name?: string;
  apiKey?: string;
  api?: 'openai' | 'azure';
  azureApiVersion?: string;
  timeoutMs?: number;
  maximumConcurrentCalls?: number;
  breakerFailures?: number;
  breakerCoolDownMs?: number;
}

export interface ModelConfig {
  url: string;
  name: string;
  apiKey: string | undefined;
  api: 'openai' | 'azure';
  azureApiVersion: string | undefined;
  /** The whole model call, retries included; past it the curated answer is sent. */
  timeoutMs: number;
  maximumConcurrentCalls: number;
  breakerFailures: number;
  breakerCoolDownMs: number;
}

/** A model to call when a URL is given; undefined means the embedded engine alone and no network. */
export function modelConfig(settings: ModelSettings): ModelConfig | undefined {
  if (!settings.url) return undefined;
  let url: URL;
  try {
    url = new URL(settings.url);
  } catch {
    throw new Error(`the model URL "${settings.url}" is not a URL; expected e.g. http://localhost:11434/v1`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the model URL "${settings.url}" must start with http:// or https://`);
  if (!settings.name) throw new Error(`a model URL is set (${settings.url}) but no model name: set LATCH_MODEL_NAME, model.name in latch.config.yaml, or --model-name`);
  const timeoutMs = settings.timeoutMs ?? 3000;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error(`the model timeout must be a whole number of milliseconds, not ${settings.timeoutMs}`);
  return {
    url: settings.url,
    name: settings.name,
    apiKey: settings.apiKey,
    // Azure OpenAI's endpoints are recognisable; anything else speaks the plain OpenAI protocol.
    api: settings.api ?? (/\.(openai|cognitiveservices)\.azure\.com$/i.test(url.hostname) ? 'azure' : 'openai'),
    azureApiVersion: settings.azureApiVersion,
    timeoutMs,
    maximumConcurrentCalls: settings.maximumConcurrentCalls ?? 4,
    breakerFailures: settings.breakerFailures ?? 3,
    breakerCoolDownMs: settings.breakerCoolDownMs ?? 30000,
  };
}

/** The folder holding latch's package.json, found from this file so `latch` works from any directory. */
export function findProjectRoot(start: string = __dirname): string {
  let directory = start;
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'latch') return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`cannot find latch's package.json above ${start}`);
    directory = parent;
  }
}

/**
 * Read once at start-up and passed down as values: `latch.config.yaml` (or the file named by LATCH_CONFIG),
 * then LATCH_CONTENT_DIR, LATCH_DIALOGS_DIR, LATCH_LOCALE and the model engine's LATCH_MODEL_URL,
 * LATCH_MODEL_NAME, LATCH_MODEL_KEY, LATCH_MODEL_API and LATCH_MODEL_TIMEOUT_MS. Nothing below this file
 * reads the environment.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): LatchConfig {
  const projectRoot = findProjectRoot();
  const configPath = environment.LATCH_CONFIG ? resolve(environment.LATCH_CONFIG) : join(projectRoot, 'latch.config.yaml');
  let file: z.infer<typeof configFileSchema> = { version: 1 };
  if (existsSync(configPath)) {
    const result = configFileSchema.safeParse(parse(readFileSync(configPath, 'utf8')));
    if (!result.success) {
      const details = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`).join('\n');
      throw new Error(`${configPath} is not valid:\n${details}`);
    }
    file = result.data;
  } else if (environment.LATCH_CONFIG) {
    throw new Error(`LATCH_CONFIG names ${configPath}, which does not exist`);
  }
  const understanding = file.understanding ?? {};
  const model = file.model ?? {};
  const environmentApi = environment.LATCH_MODEL_API;
  if (environmentApi !== undefined && environmentApi !== 'openai' && environmentApi !== 'azure') throw new Error(`LATCH_MODEL_API is "${environmentApi}"; expected openai or azure`);
  const environmentTimeout = environment.LATCH_MODEL_TIMEOUT_MS === undefined ? undefined : Number(environment.LATCH_MODEL_TIMEOUT_MS);
  if (environmentTimeout !== undefined && !(Number.isInteger(environmentTimeout) && environmentTimeout > 0)) {
    throw new Error(`LATCH_MODEL_TIMEOUT_MS is "${environment.LATCH_MODEL_TIMEOUT_MS}"; expected a whole number of milliseconds`);
  }
  return {
    projectRoot,
    contentDirectory: resolve(projectRoot, environment.LATCH_CONTENT_DIR ?? file.content_directory ?? 'content'),
    dialogsDirectory: resolve(projectRoot, environment.LATCH_DIALOGS_DIR ?? file.dialogs_directory ?? 'dialogs'),
    feedbackEvery: file.feedback_every ?? 3,
    policy: {
      ...defaultDecisionPolicy,
      answerThreshold: understanding.answer_threshold ?? defaultDecisionPolicy.answerThreshold,
      answerMargin: understanding.answer_margin ?? defaultDecisionPolicy.answerMargin,
      clarifyThreshold: understanding.clarify_threshold ?? defaultDecisionPolicy.clarifyThreshold,
      optionThreshold: understanding.option_threshold ?? defaultDecisionPolicy.optionThreshold,
      minimumKnownWordShare: understanding.minimum_known_word_share ?? defaultDecisionPolicy.minimumKnownWordShare,
    },
    maximumMessageLength: file.maximum_message_length ?? 2000,
    locale: environment.LATCH_LOCALE ?? file.locale ?? 'en-GB',
    contactOverrides: file.contacts ?? {},
    modelSettings: {
      url: environment.LATCH_MODEL_URL || model.url,
      name: environment.LATCH_MODEL_NAME || model.name,
      // The key only ever comes from the environment, so it never sits in a file beside the content.
      apiKey: environment.LATCH_MODEL_KEY || undefined,
      api: environmentApi ?? model.api,
      azureApiVersion: model.azure_api_version,
      timeoutMs: environmentTimeout ?? model.timeout_ms,
      maximumConcurrentCalls: model.maximum_concurrent_calls,
      breakerFailures: model.circuit_breaker?.failures,
      breakerCoolDownMs: model.circuit_breaker?.cool_down_ms,
    },
  };
}
