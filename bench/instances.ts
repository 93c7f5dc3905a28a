import { fork, type ChildProcess } from 'node:child_process';
import pino from 'pino';
import { buildEngine } from '../src/app/build-engine';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server/create-server';
import { connectRedisStores } from '../src/stores/shared-stores';
import { startRedisServer } from './redis-server-process';

/*
 * Two latch processes sharing one Redis, against one latch process in memory, in the same run on the same
 * machine. A load generator on loopback plays parents through a whole dialog and a question, every message
 * of a conversation going to the other instance than the one before, and checks every turn's replies
 * against the same conversation on one in-memory instance: a turn whose replies differ lost its state.
 * Bounded: at most `conversations` conversations and `seconds` seconds per phase.
 *
 *   npm run bench:instances [-- seconds conversations parallel]
 */

const script = ['why is my milk late', '2', 'yes', 'is colostrum enough for my baby'];
type Transcript = string[][];

interface Instance {
  child: ChildProcess;
  url: string;
}

/** A child process: one latch server, in memory or on the Redis at `redisUrl`. */
async function serve(redisUrl: string | undefined): Promise<void> {
  const config = loadConfig();
  const settings = redisUrl ? { url: redisUrl, keyPrefix: 'bench:' } : undefined;
  // One load generator on one address: the per-address limit for unauthenticated clients would stop it at once.
  const server = { ...config.server, logLevel: 'info' as const, typingAfterMs: 60_000, unauthenticatedMessagesPerMinutePerAddress: 100_000_000 };
  const serverConfig = { ...config, redis: settings, server };
  const engine = buildEngine(config);
  // Logs at info level as in production, written to /dev/null so the cost of building them is measured.
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
  const shared = settings ? await connectRedisStores({ settings, config: serverConfig, logger }) : undefined;
  const latch = createServer({ config: serverConfig, engine, logger, shared });
  const address = await latch.listen(0, '127.0.0.1');
  process.on('message', (message: string) => {
    if (message === 'memory') process.send!({ rss: process.memoryUsage().rss });
    if (message === 'stop') void latch.close(1_000).then(() => process.exit(0));
  });
  process.send!({ port: address.port });
}

function startInstance(redisUrl: string | undefined): Promise<Instance> {
  const child = fork(__filename, ['--serve', redisUrl ?? 'memory'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve({ child, url: `http://127.0.0.1:${(message as { port: number }).port}` }));
    child.once('exit', (code) => reject(new Error(`a latch process exited with ${code} before listening`)));
  });
}

function ask(child: ChildProcess, message: string): Promise<{ rss: number }> {
  return new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as { rss: number }));
    child.send(message);
  });
}

function stop(instance: Instance): Promise<void> {
  return new Promise((resolve) => {
    instance.child.once('exit', () => resolve());
    instance.child.send('stop');
  });
}

/** The texts a reply list shows: plain text, or an answer card's short answer. */
function replyTexts(activities: { text?: string; attachments?: { content?: { body?: { text?: string }[] } }[] }[]): string[] {
  return activities.map((activity) => activity.text ?? activity.attachments?.[0]?.content?.body?.[0]?.text ?? '');
}

async function turn(url: string, conversationId: string, text: string, index: number): Promise<string[] | undefined> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `${conversationId}-${index}`,
      text,
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      timestamp: '2026-11-26T10:00:00.000Z',
      conversation: { id: conversationId, conversationType: 'personal' },
      from: { id: `user-${conversationId}` },
      recipient: { id: 'bot' },
      deliveryMode: 'expectReplies',
    }),
  });
  if (response.status !== 200) return undefined;
  return replyTexts(((await response.json()) as { activities: [] }).activities);
}

interface PhaseResult {
  turns: number;
  conversations: number;
  seconds: number;
  errors: number;
  lostTurns: number;
}

/** `parallel` parents at once, each turn to the next instance in `urls`, until the count or the time runs out. */
async function phase(name: string, urls: string[], reference: Transcript, errorSentence: string, options: { seconds: number; conversations: number; parallel: number }): Promise<PhaseResult> {
  const result: PhaseResult = { turns: 0, conversations: 0, seconds: 0, errors: 0, lostTurns: 0 };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let next = 0;
  async function parent(): Promise<void> {
    while (next < options.conversations && performance.now() < deadline) {
      const conversationId = `${name}-${next++}`;
      for (const [index, text] of script.entries()) {
        let replies: string[] | undefined;
        try {
          replies = await turn(urls[index % urls.length], conversationId, text, index);
        } catch {
          replies = undefined;
        }
        result.turns++;
        if (!replies || replies.includes(errorSentence)) result.errors++;
        else if (JSON.stringify(replies) !== JSON.stringify(reference[index])) result.lostTurns++;
      }
      result.conversations++;
    }
  }
  await Promise.all(Array.from({ length: options.parallel }, parent));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--serve') return serve(process.argv[3] === 'memory' ? undefined : process.argv[3]);
  const options = { seconds: Number(process.argv[2] ?? 30), conversations: Number(process.argv[3] ?? 2000), parallel: Number(process.argv[4] ?? 16) };
  const errorSentence = buildEngine(loadConfig()).knowledgeBase.messages.error;
  const redis = await startRedisServer();
  const instances: Instance[] = [];
  try {
    process.stdout.write(`redis-server on ${redis.url}; starting three latch processes (each trains its classifier)...\n`);
    const [single, first, second] = await Promise.all([startInstance(undefined), startInstance(redis.url), startInstance(redis.url)]);
    instances.push(single, first, second);

    // What a conversation that loses nothing shows, turn by turn.
    const reference: Transcript = [];
    for (const [index, text] of script.entries()) reference.push((await turn(single.url, 'reference', text, index)) ?? []);
    if (reference.some((replies) => replies.length === 0)) throw new Error('the in-memory instance did not answer the reference conversation');

    const warm = { seconds: 3, conversations: 50, parallel: options.parallel };
    await phase('warm-memory', [single.url], reference, errorSentence, warm);
    await phase('warm-redis', [first.url, second.url], reference, errorSentence, warm);
    process.stdout.write(`measuring: up to ${options.conversations} conversations of ${script.length} turns or ${options.seconds} s per phase, ${options.parallel} parents at once\n`);
    const memory = await phase('memory', [single.url], reference, errorSentence, options);
    const shared = await phase('redis', [first.url, second.url], reference, errorSentence, options);
    const rss = await Promise.all(instances.map((instance) => ask(instance.child, 'memory')));

    const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    const row = (label: string, result: PhaseResult) =>
      `${label.padEnd(44)} ${(result.turns / result.seconds).toFixed(0).padStart(6)} turns/s   ${String(result.turns).padStart(6)} turns   ${String(result.conversations).padStart(5)} conversations   errors ${result.errors}   lost turns ${result.lostTurns}`;
    process.stdout.write(
      [
        '',
        row('one instance, in memory', memory),
        row('two instances, one Redis, turns alternating', shared),
        '',
        `two-instance/one-instance throughput ratio  ${(shared.turns / shared.seconds / (memory.turns / memory.seconds)).toFixed(2)}`,
        `RSS: in-memory ${megabytes(rss[0].rss)}, Redis instance 1 ${megabytes(rss[1].rss)}, Redis instance 2 ${megabytes(rss[2].rss)}`,
        '',
      ].join('\n'),
    );
    if (memory.errors + memory.lostTurns + shared.errors + shared.lostTurns > 0) process.exitCode = 1;
  } finally {
    await Promise.all(instances.map(stop));
    await redis.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
