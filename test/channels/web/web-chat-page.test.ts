import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { findProjectRoot, loadConfig, type WebChatConfig } from '../../../src/config';
import { sharedEngine } from '../../support/shared-engine';
import { latchBot, startWebTestServer, type WebTestServer } from './support/web-test-server';

// nock patches Node's own http module, which the later test files of this worker share: put it back once
// this file is done (it left every later request going through its interceptor).
afterAll(() => nock.restore());

const servers: WebTestServer[] = [];

// Training the classifier takes seconds on a busy machine; do it once, outside any test's time limit.
beforeAll(() => {
  sharedEngine();
}, 60_000);

async function serverWith(webChat: Partial<WebChatConfig> = {}): Promise<WebTestServer> {
  const engine = sharedEngine();
  const server = await startWebTestServer({ bot: latchBot(engine), messages: engine.knowledgeBase.messages, webChat });
  servers.push(server);
  return server;
}

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  nock.cleanAll();
  nock.enableNetConnect();
});

/** The CSP as directive → sources. */
function policyOf(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(header.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as [string, string[]];
  }));
}

describe('the web chat page', () => {
  it('shows the clinic name and the Web Chat bundle from this server, with a labelled chat region, and leaves the disclaimer to the bot', async () => {
    const server = await serverWith({ clinicName: 'Riverside <Birth> Centre' });
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const messages = sharedEngine().knowledgeBase.messages;
    expect(html).toContain('<h1>Riverside &lt;Birth&gt; Centre</h1>');
    // Said once, by the bot's first message, in every channel.
    expect(html).not.toContain(messages.disclaimer.replace(/'/g, '&#39;'));
    expect(html).toMatch(/<html lang="en-GB">/);
    expect(html).toMatch(/<meta name="viewport" content="width=device-width, initial-scale=1">/);
    expect(html).toMatch(/<section class="latch-chat" id="latch-chat" aria-label="[^"]+"/);
    expect(html).toMatch(/<script src="web\/webchat\.js\?v=\d+\.\d+\.\d+" defer><\/script>/);
    expect(html).not.toMatch(/<script>(?!<)/);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);

    const bundle = await fetch(`${server.url}/web/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
    expect((await fetch(`${server.url}/web/latch-web-chat.js`)).status).toBe(200);
    // The first request of a fresh machine waits for the bundle's one-time compression (seconds when busy).
  }, 30_000);

  it('sends the Web Chat bundle compressed, cached for a year under its versioned address, and 304 when unchanged', async () => {
    const server = await serverWith();
    const raw = async (encoding: string, extra: Record<string, string> = {}) => {
      // Node's fetch would decompress silently; a plain request shows what goes over the wire.
      const http = await import('node:http');
      return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number }>((resolve, reject) => {
        http
          .get(`${server.url}/web/webchat.js?v=1`, { headers: { 'Accept-Encoding': encoding, ...extra } }, (response) => {
            let bytes = 0;
            response.on('data', (chunk: Buffer) => (bytes += chunk.length));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }));
          })
          .on('error', reject);
      });
    };
    const brotli = await raw('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.bytes).toBeLessThan(1_000_000);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/);
    const gzipped = await raw('gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.bytes).toBeLessThan(1_200_000);
    const plainBundle = await raw('identity');
    expect(plainBundle.headers['content-encoding']).toBeUndefined();
    expect(plainBundle.bytes).toBeGreaterThan(3_000_000);
    const again = await raw('br', { 'If-None-Match': String(brotli.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.bytes).toBe(0);
    expect(await (await fetch(`${server.url}/web/branding.css`)).text()).toContain('--latch-accent: #0B5CAD');
    // The first request of a fresh machine waits for the bundle's one-time compression (seconds when busy).
  }, 30_000);

  it('sends a Content-Security-Policy allowing only this server, inline styles for Web Chat, and no inline or eval script', async () => {
    const server = await serverWith();
    const response = await fetch(`${server.url}/`);
    const policy = policyOf(response);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('serves a logo file from the project folder, or links an https logo and allows only its origin for images', async () => {
    mkdirSync(join(findProjectRoot(), 'test-output'), { recursive: true });
    writeFileSync(join(findProjectRoot(), 'test-output', 'test-logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    const local = await serverWith({ logo: 'test-output/test-logo.svg' });
    expect(await (await fetch(`${local.url}/`)).text()).toContain('<img class="latch-logo" src="web/logo.svg" alt="">');
    const logo = await fetch(`${local.url}/web/logo.svg`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toMatch(/^image\/svg\+xml/);

    const remote = await serverWith({ logo: 'https://cdn.riverside.example/logo.png' });
    const page = await fetch(`${remote.url}/`);
    expect(await page.text()).toContain('src="https://cdn.riverside.example/logo.png"');
    expect(policyOf(page).get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://cdn.riverside.example']);
  });

  it('lets the configured clinic sites embed the page in an iframe', async () => {
    const server = await serverWith({ embedOrigins: ['https://www.riverside.example'] });
    const response = await fetch(`${server.url}/`);
    expect(policyOf(response).get('frame-ancestors')).toEqual(["'self'", 'https://www.riverside.example']);
    expect(response.headers.get('x-frame-options')).toBeNull();
  });
});

describe('with Azure Direct Line configured', () => {
  const secret = 'azure-direct-line-secret-do-not-leak';
  const endpoint = 'https://europe.directline.botframework.com/v3/directline';

  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });

  afterEach(() => {
    nock.cleanAll();
  });

  it('exchanges the secret for a token on the server and gives the browser only the token', async () => {
    const azure = nock('https://europe.directline.botframework.com', { reqheaders: { authorization: `Bearer ${secret}` } })
      .post('/v3/directline/tokens/generate', (body: { user?: { id?: string } }) => /^dl_/.test(body.user?.id ?? ''))
      .reply(200, { conversationId: 'azure-conversation-1', token: 'azure-token-1', expires_in: 3600 });
    const server = await serverWith({ azureDirectLine: { endpoint, secret } });

    const page = await fetch(`${server.url}/`);
    const html = await page.text();
    const session = await fetch(`${server.url}/web/session`, { method: 'POST' });
    const sessionText = await session.text();

    expect(azure.isDone()).toBe(true);
    expect(session.status).toBe(200);
    expect(JSON.parse(sessionText)).toEqual(expect.objectContaining({ domain: endpoint, token: 'azure-token-1', conversationId: 'azure-conversation-1' }));
    expect(session.headers.get('cache-control')).toBe('no-store');
    for (const text of [html, sessionText, JSON.stringify([...page.headers]), JSON.stringify([...session.headers])]) expect(text).not.toContain(secret);
    expect(policyOf(page).get('connect-src')).toEqual(["'self'", 'https://europe.directline.botframework.com', 'wss://europe.directline.botframework.com']);
  });

  it('answers 502 with a reason when Azure refuses the secret, without repeating it', async () => {
    nock('https://europe.directline.botframework.com').post('/v3/directline/tokens/generate').reply(403, { error: { code: 'BadArgument' } });
    const server = await serverWith({ azureDirectLine: { endpoint, secret } });
    const session = await fetch(`${server.url}/web/session`, { method: 'POST' });
    expect(session.status).toBe(502);
    const text = await session.text();
    expect(JSON.parse(text).error.code).toBe('direct_line_unavailable');
    expect(text).not.toContain(secret);
  });
});

describe('web chat configuration', () => {
  it('reads the Azure secret from LATCH_DIRECT_LINE_SECRET only', () => {
    expect(loadConfig({}).webChat.azureDirectLine).toBeUndefined();
    expect(loadConfig({ LATCH_DIRECT_LINE_SECRET: 'abc' }).webChat.azureDirectLine).toEqual({ endpoint: 'https://directline.botframework.com/v3/directline', secret: 'abc' });
  });

  it('refuses brand colours that would make the chat hard to read, naming the contrast needed', () => {
    const folder = mkdtempSync(join(tmpdir(), 'latch-config-'));
    try {
      const file = join(folder, 'latch.config.yaml');
      writeFileSync(file, 'version: 1\nclinic: { name: Riverside }\nweb_chat:\n  colours: { accent: "#F7A8C4" }\n');
      expect(() => loadConfig({ LATCH_CONFIG: file })).toThrow(/web_chat\.colours\.accent \(white text on it\): #FFFFFF on #F7A8C4 has contrast 1\.\d\d:1, needs at least 4\.5:1/);
      writeFileSync(file, 'version: 1\nclinic: { name: Riverside }\nweb_chat:\n  colours: { accent: "#6B1F4A" }\n');
      expect(loadConfig({ LATCH_CONFIG: file }).webChat).toEqual(expect.objectContaining({ clinicName: 'Riverside', colours: expect.objectContaining({ accent: '#6B1F4A' }) }));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('stops with the path when the logo file does not exist', async () => {
    await expect(serverWith({ logo: 'branding/no-such-logo.png' })).rejects.toThrow(/web_chat\.logo names .*no-such-logo\.png, which does not exist/);
  });
});
