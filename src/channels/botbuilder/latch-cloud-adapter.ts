import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import { ReusingBotFrameworkAuthentication } from './reusing-bot-framework-authentication';

type AuthenticateRequestResult = Awaited<ReturnType<BotFrameworkAuthentication['authenticateRequest']>>;

/**
 * CloudAdapter with authentication and processing as two public steps, so the HTTP route decides the status
 * code of every authentication failure (CloudAdapter.process answers some bad tokens with 500), and with the
 * clients it builds for replies reused across requests instead of built for each.
 */
export class LatchCloudAdapter extends CloudAdapter {
  constructor(authentication: BotFrameworkAuthentication) {
    super(new ReusingBotFrameworkAuthentication(authentication));
  }

  /** Throws when the request's token is missing or invalid (unless authentication is off: no app id). */
  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs the turn; with `deliveryMode: expectReplies` the replies come back in the result's body. */
  processAuthenticated(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}
