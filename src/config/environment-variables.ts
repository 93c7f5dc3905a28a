/** How an environment variable's text becomes the value the config schema checks. */
export type EnvironmentReading = 'text' | 'number' | 'flag';

export interface EnvironmentVariable {
  name: string;
  /** Where in latch.config.yaml the same setting is written; the environment wins over the file. */
  path: readonly string[];
  read: EnvironmentReading;
  /** Set but empty counts as a value (an empty cache directory turns the cache off); otherwise empty is unset. */
  emptyIsAValue?: boolean;
  /** Never repeated in an error: an address may carry a password or key. */
  mayHoldSecret?: boolean;
}

/**
 * The environment variables that override a setting of latch.config.yaml, each read through the same schema
 * (so `PORT=99999` is refused as `server.port: 99999` would be). PORT and the Microsoft* names are the ones
 * Azure App Service and the Bot Framework samples use. Secrets and the deployment's own facts (the Bot
 * Framework registration, LATCH_MODEL_KEY, LATCH_DIRECT_LINE_SECRET, LATCH_WEB_CHAT_TOKEN_KEY, NODE_ENV) have no
 * place in the file and are read where they are used: load-config.ts, bot-credentials.ts, model-config.ts and
 * web-chat-config.ts.
 */
export const environmentVariables: readonly EnvironmentVariable[] = [
  { name: 'LATCH_CONTENT_DIR', path: ['content_directory'], read: 'text', emptyIsAValue: true },
  { name: 'LATCH_DIALOGS_DIR', path: ['dialogs_directory'], read: 'text', emptyIsAValue: true },
  { name: 'LATCH_MODEL_CACHE', path: ['model_cache_directory'], read: 'text', emptyIsAValue: true },
  { name: 'LATCH_LOCALE', path: ['locale'], read: 'text', emptyIsAValue: true },
  { name: 'PORT', path: ['server', 'port'], read: 'number' },
  { name: 'LATCH_HOST', path: ['server', 'host'], read: 'text' },
  { name: 'LATCH_PUBLIC_URL', path: ['server', 'public_url'], read: 'text' },
  { name: 'LATCH_IDLE_EXPIRY_MINUTES', path: ['server', 'idle_expiry_minutes'], read: 'number' },
  { name: 'LATCH_MAXIMUM_CONVERSATIONS', path: ['server', 'maximum_conversations'], read: 'number' },
  { name: 'LATCH_LOG_MESSAGES', path: ['server', 'log_messages'], read: 'flag' },
  { name: 'LATCH_LOG_LEVEL', path: ['server', 'log_level'], read: 'text' },
  { name: 'LATCH_REDIS_URL', path: ['redis', 'url'], read: 'text', mayHoldSecret: true },
  { name: 'LATCH_TEAMS_APP_ID', path: ['teams', 'app_id'], read: 'text' },
  { name: 'LATCH_MODEL_URL', path: ['model', 'url'], read: 'text', mayHoldSecret: true },
  { name: 'LATCH_MODEL_NAME', path: ['model', 'name'], read: 'text' },
  { name: 'LATCH_MODEL_API', path: ['model', 'api'], read: 'text' },
  { name: 'LATCH_MODEL_TIMEOUT_MS', path: ['model', 'timeout_ms'], read: 'number' },
];
