import type { BotCredentials, ServerConfig } from '../config';

export class CredentialsError extends Error {
  override name = 'CredentialsError';
}

/** The environment variables a registration still needs; empty when it is complete. */
export function missingCredentials(credentials: BotCredentials): string[] {
  const missing: string[] = [];
  if (!credentials.appId) missing.push('MicrosoftAppId');
  // A user-assigned managed identity has no password; every other registration does.
  if (!credentials.appPassword && credentials.appType !== 'UserAssignedMSI') missing.push('MicrosoftAppPassword');
  if (!credentials.appTenantId && credentials.appType !== 'MultiTenant') missing.push('MicrosoftAppTenantId');
  return missing;
}

/**
 * botbuilder silently turns authentication off when the app id is empty, so anyone could post to
 * /api/messages and make the bot send replies to any serviceUrl. In production that must stop the server.
 */
export function checkCredentials(server: Pick<ServerConfig, 'production'>, credentials: BotCredentials): { authenticated: boolean; warning?: string } {
  const missing = missingCredentials(credentials);
  if (missing.length === 0) return { authenticated: true };
  if (server.production) {
    throw new CredentialsError(
      `latch will not serve with NODE_ENV=production and no complete Bot Framework registration: set ${missing.join(', ')} ` +
        `(MicrosoftAppType=${credentials.appType}). See README "Registering the bot in Azure". To try latch locally, unset NODE_ENV.`,
    );
  }
  if (credentials.appId) return { authenticated: true, warning: `Bot Framework registration incomplete: ${missing.join(', ')} not set; replies to Teams will fail` };
  return { authenticated: false, warning: 'no MicrosoftAppId: /api/messages accepts requests without authentication (local use only)' };
}
