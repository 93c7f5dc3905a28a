import { CloudAdapter, type Activity, type ConfigurationBotFrameworkAuthentication, type InvokeResponse, type TurnContext } from 'botbuilder';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * CloudAdapter with authentication and processing as two public steps, so the HTTP route decides the status
 * code of every authentication failure (CloudAdapter.process answers some bad tokens with 500).
 */
export class LatchCloudAdapter extends CloudAdapter {
  /** Throws when the request's token is missing or invalid (unless authentication is off: no app id). */
  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs the turn; with `deliveryMode: expectReplies` the replies come back in the result's body. */
  processAuthenticated(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}
