import { z } from 'zod';
import { hexColourPattern } from './contrast-ratio';
import { modelUrlProblem } from './model-url-problem';
import { defaultDecisionPolicy } from '../engine/decide';

/**
 * latch.config.yaml, every setting written once: its name, what is valid and its default. Environment
 * variables are read through this same schema (environment-variables.ts), and the settings latch runs with
 * are derived from what it gives (load-config.ts). Settings with no default are optional; the model's are
 * all optional because command-line flags may still set them (modelConfig fills the rest).
 */

export const logLevelNames = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const hexColourSchema = z.string().regex(hexColourPattern, { error: 'must be a colour written as #RRGGBB' });
const perMinute = (fallback: number) => z.number().int().positive().default(fallback);

const webChatSchema = z
  .object({
    logo: z.string().min(1).optional(),
    colours: z
      .object({ accent: hexColourSchema.default('#0B5CAD'), text: hexColourSchema.default('#1B1B1B'), background: hexColourSchema.default('#FFFFFF') })
      .strict()
      .prefault({}),
    embed_origins: z.array(z.url({ protocol: /^https?$/ })).default([]),
    token_lifetime_minutes: z.number().min(20).max(24 * 60).default(30),
    idle_minutes: z.number().positive().default(60),
    maximum_conversations: z.number().int().positive().default(5000),
    maximum_body_bytes: z.number().int().min(1024).default(16 * 1024),
    maximum_text_length: z.number().int().positive().default(8000),
    rate_limits: z
      .object({
        messages_per_minute_per_conversation: perMinute(20),
        messages_per_minute_per_address: perMinute(120),
        conversations_per_minute_per_address: perMinute(10),
        polls_per_minute_per_conversation: perMinute(240),
        token_refreshes_per_minute_per_conversation: perMinute(4),
      })
      .strict()
      .prefault({}),
    azure_direct_line: z
      .object({ endpoint: z.url({ protocol: /^https$/ }).default('https://directline.botframework.com/v3/directline') })
      .strict()
      .prefault({}),
    trust_proxy: z.union([z.boolean(), z.number().int().min(0), z.string().min(1)]).optional(),
  })
  .strict();

const serverSchema = z
  .object({
    port: z.number().int().min(0).max(65535).default(3978),
    /** Unset: 127.0.0.1 without app credentials, 0.0.0.0 with them (see serverConfig). */
    host: z.string().min(1).optional(),
    public_url: z.url({ protocol: /^https?$/ }).optional(),
    body_limit_kb: z.number().int().positive().default(256),
    idle_expiry_minutes: z.number().positive().default(60),
    /** Conversations held in memory at once; beyond it the least recently used is forgotten first. */
    maximum_conversations: z.number().int().positive().default(10_000),
    typing_after_ms: z.number().int().min(0).default(300),
    log_messages: z.boolean().default(false),
    log_level: z.enum(logLevelNames).default('info'),
    // Time limits, so a client that sends slowly or never finishes cannot hold a socket for minutes.
    headers_timeout_seconds: z.number().positive().default(10),
    request_timeout_seconds: z.number().positive().default(30),
    keep_alive_timeout_seconds: z.number().positive().default(5),
    idle_socket_timeout_seconds: z.number().positive().default(60),
    maximum_connections: z.number().int().positive().default(2000),
    /** Requests to /api/messages a minute from one address that carry no valid token (all of them in local mode). */
    unauthenticated_messages_per_minute_per_address: z.number().int().positive().default(300),
    /** In local mode (no app id), the only places replies may be posted to besides this machine. */
    local_reply_origins: z.array(z.url({ protocol: /^https?$/ })).default([]),
    open_id_metadata: z
      .object({ timeout_ms: z.number().int().positive().default(5000), retry_after_seconds: z.number().positive().default(10) })
      .strict()
      .prefault({}),
  })
  .strict();

const understandingSchema = z
  .object({
    answer_threshold: z.number().min(0).max(1).default(defaultDecisionPolicy.answerThreshold),
    answer_margin: z.number().min(0).max(1).default(defaultDecisionPolicy.answerMargin),
    referral_threshold: z.number().min(0).max(1).default(defaultDecisionPolicy.referralThreshold),
    clarify_threshold: z.number().min(0).max(1).default(defaultDecisionPolicy.clarifyThreshold),
    option_threshold: z.number().min(0).max(1).default(defaultDecisionPolicy.optionThreshold),
    minimum_known_word_share: z.number().min(0).max(1).default(defaultDecisionPolicy.minimumKnownWordShare),
    corroborated_threshold: z.number().min(0).max(1).default(defaultDecisionPolicy.corroboratedThreshold ?? 1),
    corroborated_margin: z.number().min(0).max(1).default(defaultDecisionPolicy.corroboratedMargin ?? 0),
  })
  .strict();

const modelSchema = z
  .object({
    url: z
      .string()
      .superRefine((url, context) => {
        const problem = modelUrlProblem(url);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
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
  .strict();

export const configFileSchema = z
  .object({
    version: z.literal(1),
    content_directory: z.string().default('content'),
    dialogs_directory: z.string().default('dialogs'),
    /** Where the compiled model is cached; `off` (or empty) trains at every start. */
    model_cache_directory: z.string().default('.cache/latch'),
    /** "Was this helpful?" at most once in this many answers. */
    feedback_every: z.number().int().min(1).default(3),
    understanding: understandingSchema.prefault({}),
    maximum_message_length: z.number().int().positive().default(2000),
    /** true: refuse to start while any answer in content/ is still a draft. */
    require_reviewed: z.boolean().default(false),
    locale: z.string().default('en-GB'),
    contacts: z.object({ emergency: z.string().optional(), urgent_line: z.string().optional(), crisis_line: z.string().optional() }).strict().prefault({}),
    web_chat: webChatSchema.prefault({}),
    server: serverSchema.prefault({}),
    redis: z
      .object({ url: z.string().min(1).optional(), key_prefix: z.string().min(1).max(100).default('latch:') })
      .strict()
      .prefault({}),
    clinic: z.object({ name: z.string().optional(), phone: z.string().optional(), hours: z.string().optional(), website: z.url().optional() }).strict().prefault({}),
    teams: z
      .object({
        // A GUID; checked when the Teams package is built (buildManifest), the one place that needs it.
        app_id: z.string().min(1).optional(),
        developer_name: z.string().max(32).default('latch'),
        website_url: z.url({ protocol: /^https$/ }).optional(),
        privacy_url: z.url({ protocol: /^https$/ }).optional(),
        terms_url: z.url({ protocol: /^https$/ }).optional(),
      })
      .strict()
      .prefault({}),
    model: modelSchema.prefault({}),
  })
  .strict();

/** latch.config.yaml as read, every default filled in. */
export type ConfigFile = z.output<typeof configFileSchema>;
