/**
 * The Bot Framework app registration, from the environment only (the password is a secret). The names are
 * the ones Azure App Service and the Bot Framework samples use.
 */
export function botCredentials(environment: NodeJS.ProcessEnv) {
  return {
    appId: environment.MicrosoftAppId ?? '',
    appPassword: environment.MicrosoftAppPassword ?? '',
    /** SingleTenant for new Azure registrations; MultiTenant or UserAssignedMSI are accepted as given. */
    appType: environment.MicrosoftAppType || 'SingleTenant',
    appTenantId: environment.MicrosoftAppTenantId ?? '',
  };
}

export type BotCredentials = ReturnType<typeof botCredentials>;
