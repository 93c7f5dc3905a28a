import { gzipSync } from 'node:zlib';
import { messageActivity, startTestServer, testConfig, type TestServer } from '../support/bot-server';
import '../support/load-botbuilder-now';

/**
 * POST /api/messages is answered before express for plain JSON bodies; a content type with one more
 * parameter goes through express's route and express.json instead. Both must answer every body alike.
 */
const beforeExpress = 'application/json';
const throughExpress = 'application/json; charset=utf-8; profile=latch-test';

async function post(test: TestServer, body: string | Buffer, contentType: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${test.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const activity = (text: string, conversation: string) => JSON.stringify(messageActivity(text, { conversation: { id: conversation } as never, id: 'activity-fixed' }));

const bodies: Array<[string, (conversation: string) => string | Buffer]> = [
  ['a message', (conversation) => activity('is colostrum enough for my baby', conversation)],
  ['a red flag', (conversation) => activity('my baby is floppy and will not wake up', conversation)],
  ['a message after a byte-order mark', (conversation) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(activity('hello', conversation))])],
  ['an empty body', () => ''],
  ['only spaces', () => '   '],
  ['malformed JSON', () => '{"type": "message",'],
  ['a JSON string', () => '"hello"'],
  ['a JSON array', () => '[1, 2]'],
  ['an Activity without a conversation', () => JSON.stringify({ ...messageActivity('hello'), conversation: undefined })],
  ['a body over the limit', (conversation) => activity('a'.repeat(5000), conversation)],
];

describe('POST /api/messages answered before express', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer({ config: testConfig({ server: { bodyLimitBytes: 4096, unauthenticatedMessagesPerMinutePerAddress: 10_000 } }) });
  }, 60_000);
  afterAll(() => test.close());

  it.each(bodies)('answers %s as express and express.json do', async (_case, body) => {
    const direct = await post(test, body('conversation-q1'), beforeExpress);
    const routed = await post(test, body('conversation-q2'), throughExpress);
    expect(direct.status).toBe(routed.status);
    expect(JSON.stringify(direct.body).replaceAll('conversation-q1', 'conversation-q2')).toBe(JSON.stringify(routed.body));
  });

  it('leaves a compressed body to express.json, which reads it', async () => {
    const { status, body } = await post(test, gzipSync(activity('is colostrum enough for my baby', 'compressed')), beforeExpress, { 'content-encoding': 'gzip' });
    expect(status).toBe(200);
    expect((body as { activities: unknown[] }).activities.length).toBeGreaterThan(0);
  });

  it('counts both ways in /metrics under the /api/messages route', async () => {
    const before = await fetch(`${test.url}/metrics`).then((response) => response.text());
    const count = (text: string) => Number(/latch_http_requests_total\{route="\/api\/messages",status="200"\} (\d+)/.exec(text)?.[1] ?? 0);
    await post(test, activity('hello', 'counted-direct'), beforeExpress);
    await post(test, activity('hello', 'counted-routed'), throughExpress);
    const after = await fetch(`${test.url}/metrics`).then((response) => response.text());
    expect(count(after) - count(before)).toBe(2);
    expect(after).not.toMatch(/route="unmatched"/);
  });

  it('reads a chunked body (no Content-Length) within the limit, and refuses one over it with 413', async () => {
    const chunked = (text: string) =>
      fetch(`${test.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': beforeExpress },
        body: new ReadableStream({
          start(controller) {
            const bytes = new TextEncoder().encode(text);
            for (let start = 0; start < bytes.length; start += 1000) controller.enqueue(bytes.slice(start, start + 1000));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
    expect((await chunked(activity('hello', 'chunked-small'))).status).toBe(200);
    const big = await chunked(activity('a'.repeat(20_000), 'chunked-big'));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: 'the request body is too large' });
  });

  it('keeps the connection usable after a body over the limit', async () => {
    const big = await post(test, activity('a'.repeat(50_000), 'big'), beforeExpress);
    expect(big.status).toBe(413);
    const next = await post(test, activity('hello', 'after-big'), beforeExpress);
    expect(next.status).toBe(200);
  });
});
