import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contrastRatio, hexColourPattern } from './config/contrast-ratio';
import { defaultDecisionPolicy } from './engine/decide';

const hexColourSchema = z.string().regex(hexColourPattern, { error: 'must be a colour written as #RRGGBB' });

const webChatSchema = z
  .object({
    logo: z.string().min(1).optional(),
    colours: z
      .object({ accent: hexColourSchema.optional(), text: hexColourSchema.optional(), background: hexColourSchema.optional() })
      .strict()
      .optional(),
    embed_origins: z.array(z.url({ protocol: /^https?$/ })).optional(),
    token_lifetime_minutes: z.number().min(20).max(24 * 60).optional(),
    idle_minutes: z.number().positive().optional(),
    maximum_conversations: z.number().int().positive().optional(),
    maximum_body_bytes: z.number().int().min(1024).optional(),
    maximum_text_length: z.number().int().positive().optional(),
    rate_limits: z
      .object({
        messages_per_minute_per_conversation: z.number().int().positive().optional(),
        messages_per_minute_per_address: z.number().int().positive().optional(),
        conversations_per_minute_per_address: z.number().int().positive().optional(),
        polls_per_minute_per_conversation: z.number().int().positive().optional(),
        token_refreshes_per_minute_per_conversation: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    azure_direct_line: z.object({ endpoint: z.url({ protocol: /^https$/ }).optional() }).strict().optional(),
    trust_proxy: z.union([z.boolean(), z.number().int().min(0), z.string().min(1)]).optional(),
  })
  .strict();

const logLevelNames = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const configFileSchema = z
  .object({
    version: z.literal(1),
    content_directory: z.string().optional(),
    dialogs_directory: z.string().optional(),
    /** Where the compiled model is cached; `off` trains at every start. */
    model_cache_directory: z.string().optional(),
    /** "Was this helpful?" at most once in this many answers. */
    feedback_every: z.number().int().min(1).optional(),
    understanding: z
      .object({
        answer_threshold: z.number().min(0).max(1).optional(),
        answer_margin: z.number().min(0).max(1).optional(),
        referral_threshold: z.number().min(0).max(1).optional(),
        clarify_threshold: z.number().min(0).max(1).optional(),
        option_threshold: z.number().min(0).max(1).optional(),
        minimum_known_word_share: z.number().min(0).max(1).optional(),
      })
      .strict()
      .optional(),
    maximum_message_length: z.number().int().positive().optional(),
    /** true: refuse to start while any answer in content/ is still a draft. */
    require_reviewed: z.boolean().optional(),
    locale: z.string().optional(),
    contacts: z
      .object({
        emergency: z.string().optional(),
        urgent_line: z.string().optional(),
        crisis_line: z.string().optional(),
      })
      .strict()
      .optional(),
    web_chat: webChatSchema.optional(),
    server: z
      .object({
        port: z.number().int().min(0).max(65535).optional(),
        host: z.string().min(1).optional(),
        public_url: z.url({ protocol: /^https?$/ }).optional(),
        body_limit_kb: z.number().int().positive().optional(),
        idle_expiry_minutes: z.number().positive().optional(),
        /** Conversations held in memory at once; beyond it the least recently used is forgotten first. */
        maximum_conversations: z.number().int().positive().optional(),
        typing_after_ms: z.number().int().min(0).optional(),
        log_messages: z.boolean().optional(),
        log_level: z.enum(logLevelNames).optional(),
        // Time limits, so a client that sends slowly or never finishes cannot hold a socket for minutes.
        headers_timeout_seconds: z.number().positive().optional(),
        request_timeout_seconds: z.number().positive().optional(),
        keep_alive_timeout_seconds: z.number().positive().optional(),
        idle_socket_timeout_seconds: z.number().positive().optional(),
        maximum_connections: z.number().int().positive().optional(),
        /** Requests to /api/messages a minute from one address that carry no valid token (all of them in local mode). */
        unauthenticated_messages_per_minute_per_address: z.number().int().positive().optional(),
        /** In local mode (no app id), the only places replies may be posted to besides this machine. */
        local_reply_origins: z.array(z.url({ protocol: /^https?$/ })).optional(),
        open_id_metadata: z
          .object({ timeout_ms: z.number().int().positive().optional(), retry_after_seconds: z.number().positive().optional() })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    redis: z
      .object({ url: z.string().min(1).optional(), key_prefix: z.string().min(1).max(100).optional() })
      .strict()
      .optional(),
    clinic: z
      .object({ name: z.string().optional(), phone: z.string().optional(), hours: z.string().optional(), website: z.url().optional() })
      .strict()
      .optional(),
    teams: z
      .object({
        app_id: z.uuid().optional(),
        developer_name: z.string().max(32).optional(),
        website_url: z.url({ protocol: /^https$/ }).optional(),
        privacy_url: z.url({ protocol: /^https$/ }).optional(),
        terms_url: z.url({ protocol: /^https$/ }).optional(),
      })
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

/** The HTTP server (`latch serve`): where it listens, how much it accepts, how long it remembers. */
export interface ServerConfig {
  port: number;
  /** 127.0.0.1 unless app credentials are set, so an unauthenticated bot is not on the network by accident. */
  host: string;
  /** The public https address Teams reaches (manifest, tab deep links); undefined for local use. */
  publicUrl: string | undefined;
  bodyLimitBytes: number;
  /** Conversation state unused for this long is forgotten (privacy, and memory). */
  idleExpiryMs: number;
  /** At most this many conversations in memory; the least recently used is forgotten first (memory stays flat). */
  maximumConversations: number;
  /** A typing indicator is sent when a reply takes longer than this. */
  typingAfterMs: number;
  /** Raw message text in the logs; off unless an operator turns it on. */
  logMessages: boolean;
  logLevel: (typeof logLevelNames)[number];
  production: boolean;
  /** Node's server limits: whole headers, whole request (body included), keep-alive and an idle socket. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  idleSocketTimeoutMs: number;
  maximumConnections: number;
  unauthenticatedMessagesPerMinutePerAddress: number;
  /** Origins (besides loopback) that local mode may post replies to; with credentials the token decides. */
  localReplyOrigins: string[];
  /** Fetching Microsoft's signing keys: how long to wait, and how long to answer 503 before trying again. */
  openIdMetadata: { timeoutMs: number; retryAfterSeconds: number };
}

/** Bot Framework app registration, from the environment only (the password is a secret). */
export interface BotCredentials {
  appId: string;
  appPassword: string;
  /** SingleTenant for new Azure registrations; MultiTenant or UserAssignedMSI are accepted as given. */
  appType: string;
  appTenantId: string;
}

export interface ClinicContacts {
  name?: string;
  phone?: string;
  hours?: string;
  website?: string;
}

export interface TeamsAppConfig {
  /** The Teams app's own id (a GUID, stable across versions); defaults to the bot's app id. */
  appId: string | undefined;
  developerName: string;
  /** The developer's pages the Teams store shows; the public URL's tab page when not set. */
  websiteUrl: string | undefined;
  privacyUrl: string | undefined;
  termsUrl: string | undefined;
}

export interface WebChatConfig {
  /** `clinic.name`, shown as the page's heading; "latch" when unset. */
  clinicName: string;
  /** A file below the project root, served by latch, or an https:// address; undefined shows no logo. */
  logo?: string;
  colours: { accent: string; text: string; background: string };
  /** Sites allowed to show the chat page in an iframe (CSP frame-ancestors). */
  embedOrigins: string[];
  tokenLifetimeSeconds: number;
  idleSeconds: number;
  maximumConversations: number;
  maximumBodyBytes: number;
  /** A hard ceiling the channel refuses; shorter messages beyond maximumMessageLength get the engine's kind reply. */
  maximumTextLength: number;
  rateLimits: {
    messagesPerMinutePerConversation: number;
    messagesPerMinutePerAddress: number;
    conversationsPerMinutePerAddress: number;
    pollsPerMinutePerConversation: number;
    refreshesPerMinutePerConversation: number;
  };
  /** Set when LATCH_DIRECT_LINE_SECRET is: the page then talks to Azure Direct Line instead of latch's own endpoint. */
  azureDirectLine?: { endpoint: string; secret: string };
  /** Signs Direct Line tokens; random per process unless LATCH_WEB_CHAT_TOKEN_KEY is set. */
  tokenKey?: string;
  /**
   * Express's `trust proxy` (hops, addresses or true), so the per-address limits see each visitor's address
   * behind a reverse proxy instead of the proxy's; undefined leaves express's default (no proxy trusted).
   */
  trustProxy?: boolean | number | string;
}

export interface LatchConfig {
  projectRoot: string;
  contentDirectory: string;
  dialogsDirectory: string;
  /**
   * Where the compiled model (classifier weights, vocabulary, spelling index) is kept between starts,
   * keyed by a hash of content/, dialogs/ and the training code; null trains at every start.
   */
  modelCacheDirectory: string | null;
  feedbackEvery: number;
  policy: typeof defaultDecisionPolicy;
  maximumMessageLength: number;
  /** Which default emergency and advice numbers content/safety.yaml gives, and whose words answers use (en-GB, en-US). */
  locale: string;
  /** Refuse to start while any answer is a draft (a clinic that has had every answer signed off). */
  requireReviewed: boolean;
  webChat: WebChatConfig;
  /** Numbers laid over the locale's defaults; the clinic's name, phone and hours come from `clinic:`. */
  contactOverrides: { emergency?: string; urgent_line?: string; crisis_line?: string; clinic_name?: string; clinic_phone?: string; clinic_hours?: string };
  server: ServerConfig;
  botCredentials: BotCredentials;
  clinic: ClinicContacts;
  teams: TeamsAppConfig;
  /** The model engine's settings as given; `modelConfig` turns them into a model to call, or none. */
  modelSettings: ModelSettings;
  /** The shared store for several instances; undefined keeps everything in this process's memory. */
  redis?: RedisSettings;
}

/** Where Redis is (`LATCH_REDIS_URL` or `redis.url`) and the prefix of every key latch writes there. */
export interface RedisSettings {
  url: string;
  keyPrefix: string;
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
 * then LATCH_CONTENT_DIR, LATCH_DIALOGS_DIR, LATCH_MODEL_CACHE, LATCH_LOCALE and the model engine's LATCH_MODEL_URL,
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
  const environmentApi = fromEnvironment(environment, 'LATCH_MODEL_API', oneOf(['openai', 'azure'] as const));
  const environmentTimeout = fromEnvironment(environment, 'LATCH_MODEL_TIMEOUT_MS', wholeNumber(1, 'milliseconds'));
  return {
    projectRoot,
    contentDirectory: resolve(projectRoot, environment.LATCH_CONTENT_DIR ?? file.content_directory ?? 'content'),
    dialogsDirectory: resolve(projectRoot, environment.LATCH_DIALOGS_DIR ?? file.dialogs_directory ?? 'dialogs'),
    modelCacheDirectory: cacheDirectory(projectRoot, environment.LATCH_MODEL_CACHE ?? file.model_cache_directory ?? '.cache/latch'),
    feedbackEvery: file.feedback_every ?? 3,
    policy: {
      ...defaultDecisionPolicy,
      answerThreshold: understanding.answer_threshold ?? defaultDecisionPolicy.answerThreshold,
      answerMargin: understanding.answer_margin ?? defaultDecisionPolicy.answerMargin,
      referralThreshold: understanding.referral_threshold ?? defaultDecisionPolicy.referralThreshold,
      clarifyThreshold: understanding.clarify_threshold ?? defaultDecisionPolicy.clarifyThreshold,
      optionThreshold: understanding.option_threshold ?? defaultDecisionPolicy.optionThreshold,
      minimumKnownWordShare: understanding.minimum_known_word_share ?? defaultDecisionPolicy.minimumKnownWordShare,
    },
    maximumMessageLength: file.maximum_message_length ?? 2000,
    locale: environment.LATCH_LOCALE ?? file.locale ?? 'en-GB',
    requireReviewed: file.require_reviewed ?? false,
    webChat: webChatConfig(file.web_chat ?? {}, file.clinic?.name, environment, configPath),
    contactOverrides: { ...file.contacts, clinic_name: file.clinic?.name, clinic_phone: file.clinic?.phone, clinic_hours: file.clinic?.hours },
    ...serverSettings(file, environment),
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
    redis: redisSettings(environment.LATCH_REDIS_URL || file.redis?.url, file.redis?.key_prefix, configPath),
  };
}

/** A redis:// or rediss:// (TLS, as Azure Cache for Redis wants) address, checked at start-up. */
function redisSettings(url: string | undefined, keyPrefix: string | undefined, configPath: string): RedisSettings | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`LATCH_REDIS_URL (or redis.url in ${configPath}) is not an address; expected e.g. redis://127.0.0.1:6379 or rediss://:KEY@NAME.redis.cache.windows.net:6380`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`LATCH_REDIS_URL (or redis.url in ${configPath}) must start with redis:// or rediss://, not ${parsed.protocol}//`);
  return { url, keyPrefix: keyPrefix ?? 'latch:' };
}

function cacheDirectory(projectRoot: string, setting: string): string | null {
  return setting === 'off' || setting === '' ? null : resolve(projectRoot, setting);
}

/** How an environment variable is read: its value, or undefined with what would be valid instead. */
interface EnvironmentReader<T> {
  read(value: string): T | undefined;
  expected: string;
}

/** One environment variable, read once; unset or empty is undefined, anything unreadable stops start-up. */
function fromEnvironment<T>(environment: NodeJS.ProcessEnv, name: string, reader: EnvironmentReader<T>): T | undefined {
  const value = environment[name];
  if (value === undefined || value === '') return undefined;
  const read = reader.read(value);
  if (read === undefined) throw new Error(`${name}=${value} is not valid: use ${reader.expected}`);
  return read;
}

const flag: EnvironmentReader<boolean> = {
  read: (value) => (/^(1|true|yes|on)$/i.test(value) ? true : /^(0|false|no|off)$/i.test(value) ? false : undefined),
  expected: 'true or false',
};

const numberAtLeastZero: EnvironmentReader<number> = {
  read: (value) => (Number.isFinite(Number(value)) && Number(value) >= 0 ? Number(value) : undefined),
  expected: 'a number of 0 or more',
};

function wholeNumber(minimum: number, unit: string): EnvironmentReader<number> {
  return { read: (value) => (Number.isInteger(Number(value)) && Number(value) >= minimum ? Number(value) : undefined), expected: `a whole number of ${unit}, ${minimum} or more` };
}

function oneOf<const T extends string>(choices: readonly T[]): EnvironmentReader<T> {
  return { read: (value) => choices.find((choice) => choice === value), expected: `one of ${choices.join(', ')}` };
}

/** PORT and the Microsoft* names are the ones Azure App Service and the Bot Framework samples use. */
function serverSettings(file: z.infer<typeof configFileSchema>, environment: NodeJS.ProcessEnv): Pick<LatchConfig, 'server' | 'botCredentials' | 'clinic' | 'teams'> {
  const server = file.server ?? {};
  const botCredentials: BotCredentials = {
    appId: environment.MicrosoftAppId ?? '',
    appPassword: environment.MicrosoftAppPassword ?? '',
    appType: environment.MicrosoftAppType || 'SingleTenant',
    appTenantId: environment.MicrosoftAppTenantId ?? '',
  };
  const idleExpiryMinutes = fromEnvironment(environment, 'LATCH_IDLE_EXPIRY_MINUTES', numberAtLeastZero) ?? server.idle_expiry_minutes ?? 60;
  return {
    server: {
      port: fromEnvironment(environment, 'PORT', numberAtLeastZero) ?? server.port ?? 3978,
      host: environment.LATCH_HOST || server.host || (botCredentials.appId ? '0.0.0.0' : '127.0.0.1'),
      publicUrl: (environment.LATCH_PUBLIC_URL || server.public_url)?.replace(/\/+$/, ''),
      bodyLimitBytes: (server.body_limit_kb ?? 256) * 1024,
      idleExpiryMs: idleExpiryMinutes * 60_000,
      maximumConversations: fromEnvironment(environment, 'LATCH_MAXIMUM_CONVERSATIONS', wholeNumber(1, 'conversations')) ?? server.maximum_conversations ?? 10_000,
      typingAfterMs: server.typing_after_ms ?? 300,
      logMessages: fromEnvironment(environment, 'LATCH_LOG_MESSAGES', flag) ?? server.log_messages ?? false,
      logLevel: fromEnvironment(environment, 'LATCH_LOG_LEVEL', oneOf(logLevelNames)) ?? server.log_level ?? 'info',
      production: environment.NODE_ENV === 'production',
      headersTimeoutMs: (server.headers_timeout_seconds ?? 10) * 1000,
      requestTimeoutMs: (server.request_timeout_seconds ?? 30) * 1000,
      keepAliveTimeoutMs: (server.keep_alive_timeout_seconds ?? 5) * 1000,
      idleSocketTimeoutMs: (server.idle_socket_timeout_seconds ?? 60) * 1000,
      maximumConnections: server.maximum_connections ?? 2000,
      unauthenticatedMessagesPerMinutePerAddress: server.unauthenticated_messages_per_minute_per_address ?? 300,
      localReplyOrigins: (server.local_reply_origins ?? []).map((origin) => new URL(origin).origin),
      openIdMetadata: { timeoutMs: server.open_id_metadata?.timeout_ms ?? 5000, retryAfterSeconds: server.open_id_metadata?.retry_after_seconds ?? 10 },
    },
    botCredentials,
    clinic: file.clinic ?? {},
    teams: {
      appId: environment.LATCH_TEAMS_APP_ID || file.teams?.app_id,
      developerName: file.teams?.developer_name ?? 'latch',
      websiteUrl: file.teams?.website_url,
      privacyUrl: file.teams?.privacy_url,
      termsUrl: file.teams?.terms_url,
    },
  };
}

const defaultColours = { accent: '#0B5CAD', text: '#1B1B1B', background: '#FFFFFF' };

/**
 * Web Chat settings with defaults. Colours are checked for WCAG contrast here, so a clinic's brand colour
 * that would make buttons unreadable stops the server with the numbers instead of shipping a faint page.
 */
function webChatConfig(file: z.infer<typeof webChatSchema>, clinicName: string | undefined, environment: NodeJS.ProcessEnv, configPath: string): WebChatConfig {
  const colours = { ...defaultColours, ...file.colours };
  const contrastProblems: string[] = [];
  const requireContrast = (label: string, foreground: string, background: string, minimum: number) => {
    const ratio = contrastRatio(foreground, background);
    if (ratio < minimum) contrastProblems.push(`  ${label}: ${foreground} on ${background} has contrast ${ratio.toFixed(2)}:1, needs at least ${minimum}:1`);
  };
  requireContrast('web_chat.colours.accent (white text on it)', '#FFFFFF', colours.accent, 4.5);
  requireContrast('web_chat.colours.text on web_chat.colours.background', colours.text, colours.background, 4.5);
  requireContrast('web_chat.colours.accent against web_chat.colours.background (buttons)', colours.accent, colours.background, 3);
  if (contrastProblems.length > 0) throw new Error(`${configPath} is not valid:\n${contrastProblems.join('\n')}`);

  const limits = file.rate_limits ?? {};
  const secret = environment.LATCH_DIRECT_LINE_SECRET?.trim();
  return {
    clinicName: clinicName ?? 'latch',
    logo: file.logo,
    colours,
    embedOrigins: (file.embed_origins ?? []).map((origin) => new URL(origin).origin),
    tokenLifetimeSeconds: Math.round((file.token_lifetime_minutes ?? 30) * 60),
    idleSeconds: Math.round((file.idle_minutes ?? 60) * 60),
    maximumConversations: file.maximum_conversations ?? 5000,
    maximumBodyBytes: file.maximum_body_bytes ?? 16 * 1024,
    maximumTextLength: file.maximum_text_length ?? 8000,
    rateLimits: {
      messagesPerMinutePerConversation: limits.messages_per_minute_per_conversation ?? 20,
      messagesPerMinutePerAddress: limits.messages_per_minute_per_address ?? 120,
      conversationsPerMinutePerAddress: limits.conversations_per_minute_per_address ?? 10,
      pollsPerMinutePerConversation: limits.polls_per_minute_per_conversation ?? 240,
      refreshesPerMinutePerConversation: limits.token_refreshes_per_minute_per_conversation ?? 4,
    },
    azureDirectLine: secret
      ? { endpoint: (file.azure_direct_line?.endpoint ?? 'https://directline.botframework.com/v3/directline').replace(/\/+$/, ''), secret }
      : undefined,
    tokenKey: environment.LATCH_WEB_CHAT_TOKEN_KEY || undefined,
    trustProxy: file.trust_proxy,
  };
}
