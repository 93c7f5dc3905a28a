import { connect } from 'node:net';
import { startTestServer, testConfig, type TestServer } from '../../support/bot-server';
import { sharedEngine } from '../../support/shared-engine';

// Training the classifier takes seconds on a busy machine; do it once, outside any test's time limit.
beforeAll(() => {
  sharedEngine();
}, 60_000);

/** Opens a socket, writes `opening`, and resolves with how long the server kept it open and what it said. */
function heldFor(test: TestServer, opening: string, giveUpMs: number): Promise<{ closedAfterMs: number; answer: string }> {
  const { port } = new URL(test.url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(Number(port), '127.0.0.1', () => {
      if (opening) socket.write(opening);
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    // Cleared once the socket closes: left running, it fired seconds later, into whatever test file came next.
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server still held the socket after ${giveUpMs} ms`));
    }, giveUpMs);
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ closedAfterMs: Date.now() - started, answer });
    });
    socket.on('error', () => undefined);
  });
}

describe('server time limits', () => {
  let test: TestServer;
  // The three held sockets wait on the server's time limits side by side rather than one after another
  // (some 1.5 s each): each test awaits its own socket. A rejection is marked handled here and still fails
  // the test that awaits it.
  let bodyNeverFinishes: ReturnType<typeof heldFor>;
  let headersNeverFinish: ReturnType<typeof heldFor>;
  let sendsNothing: ReturnType<typeof heldFor>;
  beforeAll(async () => {
    test = await startTestServer({ config: testConfig({ server: { headersTimeoutMs: 500, requestTimeoutMs: 1000, keepAliveTimeoutMs: 500, idleSocketTimeoutMs: 1500 } }) });
    bodyNeverFinishes = heldFor(test, 'POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"type":"mes', 6_000);
    headersNeverFinish = heldFor(test, 'POST /api/messages HTTP/1.1\r\nHost: localhost\r\nX-Slow: ', 6_000);
    sendsNothing = heldFor(test, '', 6_000);
    for (const held of [bodyNeverFinishes, headersNeverFinish, sendsNothing]) held.catch(() => undefined);
  });
  afterAll(() => test.close());

  it('closes a request whose body never finishes once the request time limit passes', async () => {
    const { closedAfterMs, answer } = await bodyNeverFinishes;
    expect(closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(closedAfterMs).toBeLessThan(4_000);
    expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
  });

  it('closes a request whose headers never finish', async () => {
    const { closedAfterMs } = await headersNeverFinish;
    expect(closedAfterMs).toBeLessThan(4_000);
  });

  it('closes a socket that sends nothing at all', async () => {
    const { closedAfterMs } = await sendsNothing;
    expect(closedAfterMs).toBeLessThan(4_000);
  });

  it('still serves an ordinary request', async () => {
    expect((await fetch(`${test.url}/healthz`)).status).toBe(200);
  });
});

describe('server connection ceiling', () => {
  it('closes connections beyond maximum_connections at once', async () => {
    const test = await startTestServer({ config: testConfig({ server: { maximumConnections: 2 } }) });
    const { port } = new URL(test.url);
    const open = await Promise.all([0, 1].map(() => new Promise<ReturnType<typeof connect>>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
    })));
    try {
      const { closedAfterMs } = await heldFor(test, '', 3_000);
      expect(closedAfterMs).toBeLessThan(500);
    } finally {
      for (const socket of open) socket.destroy();
      await test.close();
    }
  });
});
