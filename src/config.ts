import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contrastRatio, hexColourPattern } from './channels/web/contrast-ratio';
import { defaultDecisionPolicy } from './engine/decide';

const hexColourSchema = z.string().regex(hexColourPattern, { error: 'must be a colour written as #RRGGBB' });

const webChatSchema = z
  .object({
    clinic_name: z.string().min(1).optional(),
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
      })
      .strict()
      .optional(),
    azure_direct_line: z.object({ endpoint: z.url({ protocol: /^https$/ }).optional() }).strict().optional(),
  })
  .strict();

const configFileSchema = z
  .object({
    version: z.literal(1),
    content_directory: z.string().optional(),
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
    web_chat: webChatSchema.optional(),
  })
  .strict();

export interface WebChatConfig {
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
  };
  /** Set when LATCH_DIRECT_LINE_SECRET is: the page then talks to Azure Direct Line instead of latch's own endpoint. */
  azureDirectLine?: { endpoint: string; secret: string };
  /** Signs Direct Line tokens; random per process unless LATCH_WEB_CHAT_TOKEN_KEY is set. */
  tokenKey?: string;
}

export interface LatchConfig {
  projectRoot: string;
  contentDirectory: string;
  policy: typeof defaultDecisionPolicy;
  maximumMessageLength: number;
  /** Which default emergency and advice numbers content/safety.yaml gives (en-GB, en-US). */
  locale: string;
  contactOverrides: { emergency?: string; urgent_line?: string; crisis_line?: string };
  webChat: WebChatConfig;
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
 * then LATCH_CONTENT_DIR. Nothing below this file reads the environment.
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
  return {
    projectRoot,
    contentDirectory: resolve(projectRoot, environment.LATCH_CONTENT_DIR ?? file.content_directory ?? 'content'),
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
    webChat: webChatConfig(file.web_chat ?? {}, environment, configPath),
  };
}

const defaultColours = { accent: '#0B5CAD', text: '#1B1B1B', background: '#FFFFFF' };

/**
 * Web Chat settings with defaults. Colours are checked for WCAG contrast here, so a clinic's brand colour
 * that would make buttons unreadable stops the server with the numbers instead of shipping a faint page.
 */
function webChatConfig(file: z.infer<typeof webChatSchema>, environment: NodeJS.ProcessEnv, configPath: string): WebChatConfig {
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
    clinicName: file.clinic_name ?? 'latch',
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
    },
    azureDirectLine: secret
      ? { endpoint: (file.azure_direct_line?.endpoint ?? 'https://directline.botframework.com/v3/directline').replace(/\/+$/, ''), secret }
      : undefined,
    tokenKey: environment.LATCH_WEB_CHAT_TOKEN_KEY || undefined,
  };
}
