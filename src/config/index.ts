// The settings latch runs with, read once at start-up (loadConfig) and passed down as values.
export { botCredentials, type BotCredentials } from './bot-credentials';
export { ConfigError } from './config-error';
export { configFileSchema, logLevelNames, type ConfigFile } from './config-file-schema';
import type { ConfigFile } from './config-file-schema';
export { environmentVariables } from './environment-variables';
export { findProjectRoot } from './find-project-root';
export { loadConfig, type LatchConfig } from './load-config';
export { modelConfig, modelSettings, type ModelConfig, type ModelSettings } from './model-config';
export { redisSettings, type RedisSettings } from './redis-settings';
export { serverConfig, type ServerConfig } from './server-config';
export { teamsAppConfig, type TeamsAppConfig } from './teams-app-config';
export { webChatConfig, type WebChatConfig } from './web-chat-config';

/** The clinic's details from `clinic:`, for the Teams tab and urgent escalations. */
export type ClinicContacts = ConfigFile['clinic'];
