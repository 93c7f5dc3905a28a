import { headBeforeBody } from '../support/head-before-body';
import jwt from 'jsonwebtoken';
import nock from 'nock';
import { messageActivity, startTestServer, testConfig, type TestServer } from '../support/bot-server';
import '../support/load-botbuilder-now';
import { sharedEngine } from '../support/shared-engine';
import { testRsaKey } from '../support/test-rsa-key';

// nock patches Node's own http module, which the later test files of this worker share: put it back once
// this file is done (it left every later request going through its interceptor).
afterAll(() => nock.restore());

// Training the classifier takes seconds on a busy machine; do it once, outside any test's time limit.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const appId = '11111111-2222-3333-4444-555555555555';
const tenantId = '99999999-8888-7777-6666-555555555555';
const openIdHost = 'https://login.botframework.com';
const metadataPath = '/v1/.well-known/openidconfiguration';
const serviceUrl = 'https://smba.trafficmanager.net/emea/';

const { privateKey, publicKey } = testRsaKey('signing');
const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
const otherKey = testRsaKey('other').privateKey;

function token(key = privateKey): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign({ iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 }, key, { algorithm: 'RS256', keyid: 'signing-key' });
}

function serveMetadata(delayMs = 0): { fetches: () => number } {
  let fetches = 0;
  const scope = nock(openIdHost)
    .persist()
    .get(metadataPath)
    .delay(delayMs)
    .reply(200, { issuer: 'https://api.botframework.com', jwks_uri: `${openIdHost}/v1/.well-known/keys` })
    .get('/v1/.well-known/keys')
    .reply(200, { keys: [{ kty: 'RSA', use: 'sig', kid: 'signing-key', ...jwk, endorsements: ['msteams'] }] });
  // Counted when the request arrives, so a fetch that is then abandoned counts too.
  scope.on('request', (request: { path: string }) => {
    if (request.path === metadataPath) fetches++;
  });
  return { fetches: () => fetches };
}

async function serverWith(openIdMetadata: { timeoutMs: number; retryAfterSeconds: number }): Promise<TestServer> {
  return startTestServer({
    config: testConfig({ botCredentials: { appId, appPassword: 'test-secret', appType: 'SingleTenant', appTenantId: tenantId }, server: { openIdMetadata } }),
  });
}

describe("Microsoft's signing keys, when their host misbehaves", () => {
  let errorOutput: jest.SpyInstance;
  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    errorOutput = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    // The stalled host's reply is a 20 s timer in nock, which cleanAll leaves running: it kept the worker
    // alive after its last file ("A worker process has failed to exit gracefully").
    nock.abortPendingRequests();
    nock.cleanAll();
    nock.enableNetConnect();
    jest.restoreAllMocks();
  });

  it('answers 503 with Retry-After, not 401, while the host is unreachable, and does not fetch again on every request', async () => {
    const test = await serverWith({ timeoutMs: 2000, retryAfterSeconds: 30 });
    try {
      const unreachable = nock(openIdHost).get(metadataPath).replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
      const first = await test.post(messageActivity('hello'), { authorization: `Bearer ${token()}` });
      expect(unreachable.isDone()).toBe(true);
      expect(first.status).toBe(503);
      const refetch = nock(openIdHost).get(metadataPath).reply(500);
      const second = await fetch(`${test.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` }, body: JSON.stringify(messageActivity('hello')) });
      expect(second.status).toBe(503);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(refetch.isDone()).toBe(false);
    } finally {
      await test.close();
    }
  });

  it('gives up on a stalled host after its time limit, with one fetch shared by concurrent requests', async () => {
    const test = await serverWith({ timeoutMs: 300, retryAfterSeconds: 30 });
    try {
      const stalled = serveMetadata(20_000);
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 5 }, () => test.post(messageActivity('hello'), { authorization: `Bearer ${token()}` })));
      expect(answers.map((answer) => answer.status)).toEqual([503, 503, 503, 503, 503]);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(stalled.fetches()).toBe(1);
    } finally {
      await test.close();
    }
  }, 15_000);

  it('shares one fetch between concurrent requests when the host answers', async () => {
    const test = await serverWith({ timeoutMs: 2000, retryAfterSeconds: 1 });
    try {
      const slow = serveMetadata(200);
      const answers = await Promise.all(Array.from({ length: 5 }, () => test.post(messageActivity('is colostrum enough for my baby'), { authorization: `Bearer ${token()}` })));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
      expect(slow.fetches()).toBe(1);
    } finally {
      await test.close();
    }
  });

  it('never lets the SDK print a public key to stderr when a token is signed by another key', async () => {
    const test = await serverWith({ timeoutMs: 2000, retryAfterSeconds: 1 });
    try {
      serveMetadata();
      const { status } = await test.post(messageActivity('hello'), { authorization: `Bearer ${token(otherKey)}` });
      expect(status).toBe(401);
      const printed = errorOutput.mock.calls.map((call) => call.map(String).join(' ')).join('\n');
      expect(printed).not.toMatch(/BEGIN (RSA )?PUBLIC KEY|MII[A-Za-z0-9+/]{20}/);
    } finally {
      await test.close();
    }
  });

  it('answers 400, not 500, to malformed Activities that carry a valid token', async () => {
    const test = await serverWith({ timeoutMs: 2000, retryAfterSeconds: 1 });
    try {
      serveMetadata();
      const authorization = `Bearer ${token()}`;
      const numericId = await test.post(messageActivity('hello', { conversation: { id: 42 } as never }), { authorization });
      const deep = await test.post(JSON.stringify(messageActivity('hello')).replace('"conversation":{', `"conversation":{"x":${'['.repeat(5000)}${']'.repeat(5000)},`), { authorization });
      const invoke = await test.post({ ...messageActivity(''), type: 'invoke', name: 'made/up' }, { authorization });
      expect([numericId.status, deep.status, invoke.status]).toEqual([400, 400, 400]);
      expect((await test.post(messageActivity('is colostrum enough for my baby'), { authorization })).status).toBe(200);
    } finally {
      await test.close();
    }
  });

  it('answers 401 without reading the body when there is no bearer token', async () => {
    const test = await serverWith({ timeoutMs: 2000, retryAfterSeconds: 1 });
    try {
      // Promises 250 KB and sends none of it: the answer must not wait for the body.
      const answer = await headBeforeBody(test.url, 'POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 250000');
      expect(answer).toMatch(/^HTTP\/1\.1 401/);
    } finally {
      await test.close();
    }
  });
});
