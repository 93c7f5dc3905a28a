import { join, resolve } from 'node:path';
import { defaultDecisionPolicy } from '../engine/decide';
import { botCredentials } from './bot-credentials';
import { findProjectRoot } from './find-project-root';
import { modelSettings } from './model-config';
import { readConfigFile } from './read-config-file';
import { redisSettings } from './redis-settings';
import { serverConfig } from './server-config';
import { teamsAppConfig } from './teams-app-config';
import { webChatConfig } from './web-chat-config';

/**
 * Read once at start-up and passed down as values: `latch.config.yaml` (or the file named by LATCH_CONFIG),
 * with the environment variables of environment-variables.ts laid over it, both checked by one schema
 * (config-file-schema.ts); then the secrets only the environment holds. Nothing below this folder reads the
 * environment.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env) {
  const projectRoot = findProjectRoot();
  const configPath = environment.LATCH_CONFIG ? resolve(environment.LATCH_CONFIG) : join(projectRoot, 'latch.config.yaml');
  const reading = readConfigFile(configPath, environment, projectRoot, Boolean(environment.LATCH_CONFIG));
  const { file } = reading;
  const understanding = file.understanding;
  const credentials = botCredentials(environment);
  return {
    projectRoot,
    contentDirectory: resolve(projectRoot, file.content_directory),
    dialogsDirectory: resolve(projectRoot, file.dialogs_directory),
    /**
     * Where the compiled model (classifier weights, vocabulary, spelling index) is kept between starts,
     * keyed by a hash of content/, dialogs/ and the training code; null trains at every start.
     */
    modelCacheDirectory: file.model_cache_directory === 'off' || file.model_cache_directory === '' ? null : resolve(projectRoot, file.model_cache_directory),
    feedbackEvery: file.feedback_every,
    policy: {
      ...defaultDecisionPolicy,
      answerThreshold: understanding.answer_threshold,
      answerMargin: understanding.answer_margin,
      referralThreshold: understanding.referral_threshold,
      clarifyThreshold: understanding.clarify_threshold,
      optionThreshold: understanding.option_threshold,
      minimumKnownWordShare: understanding.minimum_known_word_share,
      corroboratedThreshold: understanding.corroborated_threshold,
      corroboratedMargin: understanding.corroborated_margin,
    },
    maximumMessageLength: file.maximum_message_length,
    /** Which default emergency and advice numbers content/safety.yaml gives, and whose words answers use (en-GB, en-US). */
    locale: file.locale,
    /** Refuse to start while any answer is a draft (a clinic that has had every answer signed off). */
    requireReviewed: file.require_reviewed,
    webChat: webChatConfig(file.web_chat, file.clinic.name, environment, reading),
    /** Numbers laid over the locale's defaults; the clinic's name, phone and hours come from `clinic:`. */
    contactOverrides: { ...file.contacts, clinic_name: file.clinic.name, clinic_phone: file.clinic.phone, clinic_hours: file.clinic.hours },
    server: serverConfig(file.server, Boolean(credentials.appId), environment.NODE_ENV === 'production'),
    botCredentials: credentials,
    clinic: file.clinic,
    teams: teamsAppConfig(file.teams),
    /** The model engine's settings as given; `modelConfig` turns them into a model to call, or none. */
    modelSettings: modelSettings(file.model, environment),
    /** The shared store for several instances; undefined keeps everything in this process's memory. */
    redis: redisSettings(file.redis, reading, Boolean(environment.LATCH_REDIS_URL)),
  };
}

export type LatchConfig = ReturnType<typeof loadConfig>;
