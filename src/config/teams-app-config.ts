import type { ConfigFile } from './config-file-schema';

/** The Teams app package's settings (`latch teams-package`). */
export function teamsAppConfig(teams: ConfigFile['teams']) {
  return {
    /** The Teams app's own id (a GUID, stable across versions); defaults to the bot's app id. */
    appId: teams.app_id,
    developerName: teams.developer_name,
    /** The developer's pages the Teams store shows; the public URL's tab page when not set. */
    websiteUrl: teams.website_url,
    privacyUrl: teams.privacy_url,
    termsUrl: teams.terms_url,
  };
}

export type TeamsAppConfig = ReturnType<typeof teamsAppConfig>;
