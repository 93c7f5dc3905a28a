import type { Activity } from 'botbuilder';
import { AuthenticationConstants, BotFrameworkAuthentication, ClaimsIdentity, ConnectorFactory, type AuthenticateRequestResult, type BotFrameworkClient, type ConnectorClient, type UserTokenClient } from 'botframework-connector';
import { ReusingBotFrameworkAuthentication } from '../../../src/channels/botbuilder/reusing-bot-framework-authentication';

/** Hands out a new fake client on every call and counts the calls, like botbuilder's own factories. */
class CountingFactory extends ConnectorFactory {
  created = 0;
  failNext = false;
  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    this.created++;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('credentials unavailable');
    }
    return { serviceUrl, audience, serial: this.created } as unknown as ConnectorClient;
  }
}

class FakeAuthentication extends BotFrameworkAuthentication {
  readonly factory = new CountingFactory();
  userTokenClients = 0;
  rejectWith: Error | undefined;
  async authenticateRequest(_activity: Activity, _authHeader: string): Promise<AuthenticateRequestResult> {
    if (this.rejectWith) throw this.rejectWith;
    const claimsIdentity = new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: 'bot-app-id' }], true);
    return { audience: 'https://api.botframework.com', claimsIdentity, connectorFactory: this.factory };
  }
  authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    return this.authenticateRequest({} as Activity, '');
  }
  createConnectorFactory(): ConnectorFactory {
    return this.factory;
  }
  async createUserTokenClient(): Promise<UserTokenClient> {
    this.userTokenClients++;
    return { serial: this.userTokenClients } as unknown as UserTokenClient;
  }
  createBotFrameworkClient(): BotFrameworkClient {
    throw new Error('not used');
  }
}

const activity = { type: 'message', serviceUrl: 'https://smba.trafficmanager.net/emea/' } as Activity;

describe('ReusingBotFrameworkAuthentication', () => {
  it('authenticates every request through botbuilder, and fails the same way it does', async () => {
    const inner = new FakeAuthentication();
    const reusing = new ReusingBotFrameworkAuthentication(inner);
    await expect(reusing.authenticateRequest(activity, 'Bearer a.b.c')).resolves.toMatchObject({ audience: 'https://api.botframework.com' });
    inner.rejectWith = new Error('Unauthorized');
    await expect(reusing.authenticateRequest(activity, 'Bearer a.b.c')).rejects.toThrow('Unauthorized');
  });

  it('hands out one connector client per serviceUrl and audience instead of one per request', async () => {
    const inner = new FakeAuthentication();
    const reusing = new ReusingBotFrameworkAuthentication(inner);
    const client = async (serviceUrl: string) => (await reusing.authenticateRequest(activity, '')).connectorFactory!.create(serviceUrl, 'https://api.botframework.com');
    const first = await client('https://smba.trafficmanager.net/emea/');
    expect(await client('https://smba.trafficmanager.net/emea/')).toBe(first);
    const other = await client('https://smba.trafficmanager.net/amer/');
    expect(other).not.toBe(first);
    expect(inner.factory.created).toBe(2);
  });

  it('forgets a failed creation, so the next request tries again', async () => {
    const inner = new FakeAuthentication();
    const reusing = new ReusingBotFrameworkAuthentication(inner);
    const { connectorFactory } = await reusing.authenticateRequest(activity, '');
    inner.factory.failNext = true;
    await expect(connectorFactory!.create('https://smba.trafficmanager.net/emea/')).rejects.toThrow('credentials unavailable');
    await expect(connectorFactory!.create('https://smba.trafficmanager.net/emea/')).resolves.toBeDefined();
    expect(inner.factory.created).toBe(2);
  });

  it('keeps a bounded number of connector clients', async () => {
    const inner = new FakeAuthentication();
    const reusing = new ReusingBotFrameworkAuthentication(inner);
    const { connectorFactory } = await reusing.authenticateRequest(activity, '');
    const first = await connectorFactory!.create('https://host-0.example/');
    for (let index = 1; index <= 64; index++) await connectorFactory!.create(`https://host-${index}.example/`);
    // 65 service URLs were asked for; the least recently used one was dropped and is made again.
    expect(await connectorFactory!.create('https://host-0.example/')).not.toBe(first);
  });

  it('reuses the user token client for the same bot', async () => {
    const inner = new FakeAuthentication();
    const reusing = new ReusingBotFrameworkAuthentication(inner);
    const { claimsIdentity } = await reusing.authenticateRequest(activity, '');
    expect(await reusing.createUserTokenClient(claimsIdentity)).toBe(await reusing.createUserTokenClient(claimsIdentity));
    expect(inner.userTokenClients).toBe(1);
  });
});
