import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LatchConfig } from '../../config';
import type { KnowledgeBase } from '../../knowledge/knowledge-base';

/** Teams shows a bot command's title in a narrow menu; longer titles are cut. */
const commandTitleLimit = 32;
const commandLimit = 10;
/** Teams' schema limit for a bot command's description. */
const commandDescriptionLimit = 128;
/** Teams app ids and bot ids are GUIDs; the manifest schema refuses anything else. */
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class TeamsPackageError extends Error {
  override name = 'TeamsPackageError';
}

/** The values `${{NAME}}` placeholders in appPackage/manifest.json are filled with. */
function manifestValues(config: LatchConfig, appVersion: string): Record<string, string> {
  const missing: string[] = [];
  const botId = config.botCredentials.appId;
  if (!botId) missing.push('MicrosoftAppId (the bot registration\'s app id)');
  const publicUrl = config.server.publicUrl;
  if (!publicUrl) missing.push('LATCH_PUBLIC_URL or server.public_url (the https address Teams reaches)');
  else if (!publicUrl.startsWith('https://')) missing.push(`an https public URL (got ${publicUrl})`);
  if (missing.length > 0) throw new TeamsPackageError(`cannot build the Teams app package: set ${missing.join(' and ')}`);
  const teamsAppId = config.teams.appId ?? botId;
  const notGuids = [
    ['MicrosoftAppId', botId],
    ['LATCH_TEAMS_APP_ID or teams.app_id', teamsAppId],
  ].filter(([, value]) => !guidPattern.test(value));
  if (notGuids.length > 0) {
    const listed = notGuids.map(([name, value]) => `${name} is "${value}"`).join(' and ');
    throw new TeamsPackageError(`cannot build the Teams app package: ${listed}, but Teams needs a GUID such as 00000000-0000-0000-0000-000000000000 (the Application (client) ID of the bot's Microsoft Entra app registration)`);
  }
  const url = publicUrl!;
  return {
    APP_VERSION: appVersion,
    TEAMS_APP_ID: teamsAppId,
    BOT_ID: botId,
    DEVELOPER_NAME: config.teams.developerName,
    WEBSITE_URL: config.teams.websiteUrl ?? `${url}/tab`,
    PRIVACY_URL: config.teams.privacyUrl ?? `${url}/tab`,
    TERMS_URL: config.teams.termsUrl ?? `${url}/tab`,
    PUBLIC_URL: url,
    PUBLIC_HOST: new URL(url).host,
    // The web chat's accent, so Teams and the web page show one brand colour.
    ACCENT_COLOR: config.webChat.colours.accent,
  };
}

/** Replaces every `${{NAME}}`; an unknown name is an error, so a typo never ships as literal text. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{\{(\w+)\}\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new TeamsPackageError(`appPackage/manifest.json uses \${{${name}}}, which has no value (known: ${Object.keys(values).join(', ')})`);
    return JSON.stringify(value).slice(1, -1);
  });
}

/** The prompt starters shown in the chat: the curated topics whose titles fit Teams' command menu. */
function botCommands(knowledgeBase: Pick<KnowledgeBase, 'intents' | 'answerById'>): { title: string; description: string }[] {
  return knowledgeBase.intents
    .filter((intent) => intent.kind === 'knowledge' && intent.title.length <= commandTitleLimit)
    .slice(0, commandLimit)
    .map((intent) => ({ title: intent.title, description: cutAtWord(knowledgeBase.answerById.get(intent.answerId)?.short ?? intent.title, commandDescriptionLimit) }));
}

/** Text no longer than `limit` characters, cut after a whole word with an ellipsis, never mid-word. */
export function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const room = text.slice(0, limit - 1);
  const lastSpace = room.lastIndexOf(' ');
  const words = (lastSpace > 0 ? room.slice(0, lastSpace) : room).replace(/[\s,;:.\u2013\u2014-]+$/, '');
  return `${words}…`;
}

/** appPackage/manifest.json with the bot id, host and version filled in and the topics as bot commands. */
export function buildManifest(config: LatchConfig, knowledgeBase: Pick<KnowledgeBase, 'intents' | 'answerById'>, appVersion: string): Record<string, unknown> {
  const template = readFileSync(join(config.projectRoot, 'appPackage', 'manifest.json'), 'utf8');
  const manifest = JSON.parse(fillPlaceholders(template, manifestValues(config, appVersion))) as { bots: { commandLists: { commands: unknown[] }[] }[] };
  manifest.bots[0].commandLists[0].commands = botCommands(knowledgeBase);
  return manifest as unknown as Record<string, unknown>;
}
