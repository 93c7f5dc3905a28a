import type { ConfigFile } from './config-file-schema';
import { modelUrlProblem } from './model-url-problem';

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
  /** Wait before retrying a failed call when the server did not say how long (the adapter's default otherwise). */
  retryDelayMs?: number;
}

/** The model section of the file (the environment already laid over it), and the key, which only the environment holds. */
export function modelSettings(model: ConfigFile['model'], environment: NodeJS.ProcessEnv): ModelSettings {
  return {
    url: model.url,
    name: model.name,
    // The key only ever comes from the environment, so it never sits in a file beside the content.
    apiKey: environment.LATCH_MODEL_KEY || undefined,
    api: model.api,
    azureApiVersion: model.azure_api_version,
    timeoutMs: model.timeout_ms,
    maximumConcurrentCalls: model.maximum_concurrent_calls,
    breakerFailures: model.circuit_breaker?.failures,
    breakerCoolDownMs: model.circuit_breaker?.cool_down_ms,
  };
}

// The model's defaults apply after command-line flags, which come later than the file and the environment.
const modelDefaults = { timeoutMs: 3000, maximumConcurrentCalls: 4, breakerFailures: 3, breakerCoolDownMs: 30000 };

/** A model to call when a URL is given; undefined means the embedded engine alone and no network. */
export function modelConfig(settings: ModelSettings) {
  if (!settings.url) return undefined;
  const problem = modelUrlProblem(settings.url);
  if (problem) throw new Error(`the model URL "${settings.url}" ${problem}`);
  const url = new URL(settings.url);
  if (!settings.name) throw new Error(`a model URL is set (${settings.url}) but no model name: set LATCH_MODEL_NAME, model.name in latch.config.yaml, or --model-name`);
  const timeoutMs = settings.timeoutMs ?? modelDefaults.timeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error(`the model timeout must be a whole number of milliseconds, not ${settings.timeoutMs}`);
  return {
    url: settings.url,
    name: settings.name,
    apiKey: settings.apiKey,
    // Azure OpenAI's endpoints are recognisable; anything else speaks the plain OpenAI protocol.
    api: settings.api ?? (/\.(openai|cognitiveservices)\.azure\.com$/i.test(url.hostname) ? 'azure' : 'openai'),
    azureApiVersion: settings.azureApiVersion,
    /** The whole model call, retries included; past it the curated answer is sent. */
    timeoutMs,
    maximumConcurrentCalls: settings.maximumConcurrentCalls ?? modelDefaults.maximumConcurrentCalls,
    breakerFailures: settings.breakerFailures ?? modelDefaults.breakerFailures,
    breakerCoolDownMs: settings.breakerCoolDownMs ?? modelDefaults.breakerCoolDownMs,
    retryDelayMs: settings.retryDelayMs,
  } satisfies Required<Omit<ModelSettings, 'apiKey' | 'azureApiVersion' | 'retryDelayMs'>> & Pick<ModelSettings, 'apiKey' | 'azureApiVersion' | 'retryDelayMs'>;
}

export type ModelConfig = NonNullable<ReturnType<typeof modelConfig>>;
