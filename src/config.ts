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
      .object({
        emergency: z.string().optional(),
        urgent_line: z.string().optional(),
        crisis_line: z.string().optional(),
        clinic_name: z.string().optional(),
        clinic_phone: z.string().optional(),
        clinic_hours: z.string().optional(),
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
  contactOverrides: { emergency?: string; urgent_line?: string; crisis_line?: string; clinic_name?: string; clinic_phone?: string; clinic_hours?: string };
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
 * then LATCH_CONTENT_DIR and LATCH_DIALOGS_DIR. Nothing below this file reads the environment.
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
    const contacts = file.contacts ?? {};
    const clinic = [contacts.clinic_name, contacts.clinic_phone, contacts.clinic_hours];
    if (clinic.some((value) => value !== undefined) && !clinic.every((value) => value !== undefined)) {
      throw new Error(`${configPath} is not valid:\n  contacts: set clinic_name, clinic_phone and clinic_hours together, so urgent messages can say whom to call and when`);
    }
  } else if (environment.LATCH_CONFIG) {
    throw new Error(`LATCH_CONFIG names ${configPath}, which does not exist`);
  }
  const understanding = file.understanding ?? {};
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
  };
}
