import type { KeyObject } from 'node:crypto';
import type { Activity } from 'botbuilder';
import jwt from 'jsonwebtoken';
import nock from 'nock';
import { messageActivity, startTestServer, testConfig, type TestServer } from '../support/bot-server';
import '../support/load-botbuilder-now';
import { testRsaKey } from '../support/test-rsa-key';

// nock patches Node's own http module, which the later test files of this worker share: put it back once
// this file is done (it left every later request going through its interceptor).
afterAll(() => nock.restore());

const appId = '11111111-2222-3333-4444-555555555555';
const tenantId = '99999999-8888-7777-6666-555555555555';
const openIdHost = 'https://login.botframework.com';
const serviceUrl = 'https://smba.trafficmanager.net/emea/';

function rsaKey(name: string): { privateKey: KeyObject; jwk: { n: string; e: string } } {
  const { privateKey, publicKey } = testRsaKey(name);
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { privateKey, jwk };
}

const signingKey = rsaKey('signing');
const otherKey = rsaKey('other');
const webchatOnlyKey = rsaKey('webchat only');

/** A token as the Bot Framework channel service issues it to a bot; each test breaks one thing. */
function token(overrides: { claims?: Record<string, unknown>; key?: KeyObject; kid?: string; expiresIn?: number } = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + (overrides.expiresIn ?? 3600), ...overrides.claims };
  return jwt.sign(claims, overrides.key ?? signingKey.privateKey, { algorithm: 'RS256', keyid: overrides.kid ?? 'signing-key' });
}

function serveOpenIdMetadata(): void {
  nock(openIdHost)
    .persist()
    .get('/v1/.well-known/openidconfiguration')
    .reply(200, { issuer: 'https://api.botframework.com', jwks_uri: `${openIdHost}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] })
    .get('/v1/.well-known/keys')
    .reply(200, {
      keys: [
        { kty: 'RSA', use: 'sig', kid: 'signing-key', ...signingKey.jwk, endorsements: ['msteams', 'webchat'] },
        { kty: 'RSA', use: 'sig', kid: 'webchat-only-key', ...webchatOnlyKey.jwk, endorsements: ['webchat'] },
      ],
    });
}

describe('POST /api/messages with app credentials', () => {
  let test: TestServer;
  const post = (authorization: string | undefined, activity: Partial<Activity> = messageActivity('is colostrum enough for my baby')) =>
    test.post(activity, authorization === undefined ? {} : { authorization });

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    // botbuilder prints rejected tokens with console.error; the server logs them itself.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // A pause of 10 ms after a failed key fetch, so the test after the outage fetches again at once.
    test = await startTestServer({
      config: testConfig({ botCredentials: { appId, appPassword: 'test-secret', appType: 'SingleTenant', appTenantId: tenantId }, server: { openIdMetadata: { timeoutMs: 2000, retryAfterSeconds: 0.01 } } }),
    });
    // It builds the shared engine too: seconds on a busy machine.
  }, 60_000);
  afterAll(async () => {
    await test.close();
    nock.cleanAll();
    nock.enableNetConnect();
    jest.restoreAllMocks();
  });

  it('answers 503, not 401, while the signing keys cannot be fetched', async () => {
    const unavailable = nock(openIdHost).get('/v1/.well-known/openidconfiguration').reply(500);
    const { status } = await post(`Bearer ${token()}`);
    expect(unavailable.isDone()).toBe(true);
    expect(status).toBe(503);
    serveOpenIdMetadata();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it('answers a request with a valid channel token', async () => {
    const { status, body } = await post(`Bearer ${token()}`);
    expect(status).toBe(200);
    expect((body.activities as Activity[]).some((activity) => activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
  });

  it.each([
    ['no token', undefined],
    ['an empty Authorization header', ''],
    ['a garbage token', 'Bearer not-a-jwt-at-all'],
    ['a garbage three-part token', 'Bearer abc.def.ghi'],
    ['another scheme', `Basic ${Buffer.from('user:password').toString('base64')}`],
    ['the wrong audience', `Bearer ${token({ claims: { aud: 'another-bot-id' } })}`],
    ['an expired token', `Bearer ${token({ expiresIn: -3600 })}`],
    ['the wrong issuer', `Bearer ${token({ claims: { iss: 'https://attacker.example' } })}`],
    ['a token for another serviceUrl', `Bearer ${token({ claims: { serviceurl: 'https://attacker.example/' } })}`],
    ['a signature by an unknown key under a known key id', `Bearer ${token({ key: otherKey.privateKey })}`],
    ['a key not endorsed for the channel', `Bearer ${token({ key: webchatOnlyKey.privateKey, kid: 'webchat-only-key' })}`],
    ['an unsigned token (alg none)', `Bearer ${jwt.sign({ iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl }, '', { algorithm: 'none' })}`],
  ])('answers 401 to %s and runs no turn', async (_case, authorization) => {
    const turnsBefore = test.logs.lines.filter((line) => line.event === 'turn').length;
    const { status, body } = await post(authorization);
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'unauthorized' });
    expect(test.logs.lines.filter((line) => line.event === 'turn').length).toBe(turnsBefore);
  });

  it('answers 401 when the activity claims a serviceUrl other than the token’s', async () => {
    const { status } = await post(`Bearer ${token()}`, messageActivity('is colostrum enough for my baby', { serviceUrl: 'https://attacker.example/' }));
    expect(status).toBe(401);
  });

  it('logs rejections without the token', () => {
    const rejections = test.logs.lines.filter((line) => line.event === 'unauthorized');
    expect(rejections.length).toBeGreaterThan(5);
    expect(test.logs.text).not.toContain(token().split('.')[0] + '.');
  });
});
