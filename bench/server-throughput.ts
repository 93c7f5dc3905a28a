import { fork, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { buildEngine } from '../src/build-engine';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server/create-server';

/*
 * POST /api/messages under load, beside a bare express handler measured in the same run on the same
 * machine: the ratio, not the absolute numbers, is what carries over between machines. The servers run in
 * a child process so autocannon does not share their event loop.
 *
 *   npm run bench:server [-- seconds connections]
 */

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

const questions = ['why is my milk late', 'is colostrum enough for my baby', 'how do i make more milk', 'can i breastfeed when i have a cold'];

/** A Teams-like message; `[<id>]` gives every request its own conversation, as many parents would. */
function activityBody(text: string): string {
  return JSON.stringify({
    type: 'message',
    id: 'activity-[<id>]',
    text,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    timestamp: '2026-11-26T10:00:00.000Z',
    conversation: { id: 'conversation-[<id>]', conversationType: 'personal' },
    from: { id: 'user-[<id>]' },
    recipient: { id: 'bot' },
    deliveryMode: 'expectReplies',
  });
}

async function runServers(): Promise<void> {
  const config = loadConfig();
  const engine = buildEngine(config);
  // Logs at info level as in production, written to /dev/null so the cost of building them is measured.
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
  // One load generator on one address: the per-address limit for unauthenticated clients would stop it at once.
  const latch = createServer({ config: { ...config, server: { ...config.server, logLevel: 'info', unauthenticatedMessagesPerMinutePerAddress: 100_000_000 } }, engine, logger });
  const latchAddress = await latch.listen(0, '127.0.0.1');

  const bare = express();
  bare.use(express.json({ limit: config.server.bodyLimitBytes }));
  bare.post('/api/messages', (request, response) => {
    response.json({ activities: [{ type: 'message', text: `you said: ${String((request.body as { text?: string }).text)}` }] });
  });
  const bareServer = bare.listen(0, '127.0.0.1');
  await new Promise((resolve) => bareServer.once('listening', resolve));

  process.on('message', (message: string) => {
    if (message === 'memory') process.send!({ rss: process.memoryUsage().rss });
    if (message === 'stop') {
      bareServer.close();
      void latch.close(1_000).then(() => process.exit(0));
    }
  });
  process.send!({ latchPort: latchAddress.port, barePort: (bareServer.address() as AddressInfo).port, rss: process.memoryUsage().rss });
}

function ask(child: ChildProcess, message: string): Promise<{ rss: number }> {
  return new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as { rss: number }));
    child.send(message);
  });
}

async function measure(name: string, port: number, seconds: number, connections: number): Promise<AutocannonResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as Autocannon;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    idReplacement: true,
    requests: questions.map((text) => ({ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: activityBody(text) })),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx responses and ${result.errors} errors`);
  return result;
}

async function main(): Promise<void> {
  if (process.argv.includes('--serve')) return runServers();
  const seconds = Number(process.argv[2] ?? 10);
  const connections = Number(process.argv[3] ?? 10);
  const child = fork(__filename, ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ports = await new Promise<{ latchPort: number; barePort: number; rss: number }>((resolve) => child.once('message', (message) => resolve(message as never)));

  const sample = await fetch(`http://127.0.0.1:${ports.latchPort}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activityBody(questions[0]).replace(/\[<id>\]/g, 'sample') });
  const sampleBody = (await sample.json()) as { activities: { attachments?: { contentType: string }[] }[] };
  if (!sampleBody.activities.some((activity) => activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')) throw new Error('latch did not answer the sample question with a card');

  process.stdout.write(`warming up (2 s each)...\n`);
  await measure('bare', ports.barePort, 2, connections);
  await measure('latch', ports.latchPort, 2, connections);
  const rssBefore = (await ask(child, 'memory')).rss;
  process.stdout.write(`measuring ${seconds} s each, ${connections} connections, expectReplies, a new conversation per request...\n`);
  const bare = await measure('bare', ports.barePort, seconds, connections);
  const latch = await measure('latch', ports.latchPort, seconds, connections);
  const rssAfter = (await ask(child, 'memory')).rss;
  child.send('stop');

  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const row = (name: string, result: AutocannonResult) =>
    `${name.padEnd(28)} ${result.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(3)} ms   ${result.requests.total} requests`;
  const lines = [
    '',
    row('bare express handler', bare),
    row('latch POST /api/messages', latch),
    '',
    `latch/bare throughput ratio   ${(latch.requests.average / bare.requests.average).toFixed(2)}`,
    `latch/bare p50 latency ratio  ${(latch.latency.p50 / Math.max(bare.latency.p50, 1)).toFixed(2)}   p99 ratio ${(latch.latency.p99 / Math.max(bare.latency.p99, 1)).toFixed(2)}`,
    `server RSS: ${megabytes(ports.rss)} at start, ${megabytes(rssBefore)} after warm-up, ${megabytes(rssAfter)} after the run (latch holds every conversation, one per request here, until the idle expiry)`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
