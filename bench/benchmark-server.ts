import { fork, type ChildProcess } from 'node:child_process';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import type { LatchConfig } from '../src/config';
import type { Route } from '../src/engine/turn-types';

/*
 * The servers the HTTP benchmarks drive, each in a child process of its own so the load generator never
 * shares their event loop: latch's full `createServer` (as `latch serve` builds it), or a bare express JSON
 * handler forked the same way, the peer every HTTP figure is a ratio against.
 */

/** `latch-uncached`: latch with no first-turn cache, so every request runs the engine (a first message never seen). */
export type BenchmarkServerKind = 'latch' | 'latch-uncached' | 'bare';

/** A question the benchmark sends, with the route and intent it must get; checked before any load. */
export interface BenchmarkQuestion {
  text: string;
  route: Route;
  intent: string;
}

/**
 * Four answers (Adaptive Cards) and one dialog start (suggested actions), so the load has the mix a clinic
 * sees. Each is checked for its route and intent first: a content change that sends one elsewhere stops the
 * benchmark with the question named, instead of silently measuring something else.
 */
export const benchmarkQuestions: readonly BenchmarkQuestion[] = [
  { text: 'is colostrum enough for my baby', route: 'answer', intent: 'milk.colostrum' },
  { text: 'can i breastfeed when i have a cold', route: 'answer', intent: 'immunity.mother_sick' },
  { text: 'does breast size affect how much milk i make', route: 'answer', intent: 'capacity.breast_size' },
  { text: 'is it ok to eat spicy food while breastfeeding', route: 'answer', intent: 'diet.what_to_eat' },
  { text: 'why is my milk late', route: 'dialog', intent: 'milk.late' },
];

/** A Teams-like message; `[<id>]` (autocannon's id replacement) gives every request its own conversation. */
export function activityBody(text: string, id = '[<id>]'): string {
  return JSON.stringify({
    type: 'message',
    id: `activity-${id}`,
    text,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    timestamp: '2026-11-26T10:00:00.000Z',
    conversation: { id: `conversation-${id}`, conversationType: 'personal' },
    from: { id: `user-${id}` },
    recipient: { id: 'bot' },
    deliveryMode: 'expectReplies',
  });
}

/** V8's CPU profile format (a .cpuprofile file): the call tree's nodes, and which node each sample was in. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** V8's sampling heap profile (a .heapprofile file): a call tree whose nodes carry the bytes allocated in them. */
export interface AllocationProfile {
  head: AllocationNode;
}
export interface AllocationNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: AllocationNode[];
}

/** What the child reports when it is listening, and when asked for its memory. */
export interface ServerReport {
  port: number;
  rss: number;
  heapUsed: number;
  /** CPU time the process has used, user and system, in microseconds: per request it is steady under a shared machine's load. */
  cpuMicros: number;
  /** Conversations held in memory (latch only). */
  conversations?: number;
  /** Garbage collections since the process started: full (mark-compact) and young-generation ones, and their pauses. */
  gc: GarbageCollections;
}

export interface GarbageCollections {
  full: number;
  fullPauseMs: number;
  young: number;
  youngPauseMs: number;
  /** The longest single pause since the previous report. */
  longestPauseMs: number;
}

export interface RunningBenchmarkServer {
  child: ChildProcess;
  port: number;
  /** RSS when it started listening, bytes. */
  rssAtReady: number;
  memory(): Promise<ServerReport>;
  /** Memory after a full garbage collection, when the child runs with --expose-gc; else as `memory`. */
  collected(): Promise<ServerReport>;
  /** Starts a CPU profile of the server (bench/profile-server.ts). */
  startProfile(): Promise<ServerReport>;
  /** Stops it and hands over the profile (V8's cpuprofile JSON). */
  stopProfile(): Promise<ServerReport & { profile: CpuProfile }>;
  /** Starts V8's sampling heap profiler, keeping what the collector frees too: where a turn allocates. */
  startAllocationProfile(): Promise<ServerReport>;
  /** The same, but keeping only what survived the young generation's collections (promoted to the old one). */
  startSurvivorProfile(): Promise<ServerReport>;
  /** Stops it and hands over the allocation profile (V8's heapprofile JSON). */
  stopAllocationProfile(): Promise<ServerReport & { profile: AllocationProfile }>;
  stop(): Promise<void>;
}

/**
 * The settings `latch serve` runs with, for a load from one address: logs at info level (as in production,
 * written to /dev/null below so building them is measured) and local mode's per-address limit lifted,
 * since every benchmark request comes from 127.0.0.1 (the limiter still runs on every request).
 */
export function benchmarkConfig(base: LatchConfig): LatchConfig {
  return { ...base, server: { ...base.server, logLevel: 'info', unauthenticatedMessagesPerMinutePerAddress: 1_000_000_000 } };
}

/** Forks this file as `kind`'s server and resolves once it listens. */
export function forkBenchmarkServer(kind: BenchmarkServerKind, execArgv: string[] = []): Promise<RunningBenchmarkServer> {
  const child = fork(__filename, ['--serve', kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
  const ask = (message: string) =>
    new Promise<ServerReport>((resolve) => {
      child.once('message', (reply) => resolve(reply as ServerReport));
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${kind} benchmark server exited with code ${code} before listening`)));
    child.once('message', (message) => {
      child.removeAllListeners('exit');
      const ready = message as ServerReport;
      resolve({
        child,
        port: ready.port,
        rssAtReady: ready.rss,
        memory: () => ask('memory'),
        collected: () => ask('collected'),
        startProfile: () => ask('profile-start'),
        stopProfile: () => ask('profile-stop') as Promise<ServerReport & { profile: CpuProfile }>,
        startAllocationProfile: () => ask('allocations-start'),
        startSurvivorProfile: () => ask('survivors-start'),
        stopAllocationProfile: () => ask('allocations-stop') as Promise<ServerReport & { profile: AllocationProfile }>,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.send('stop');
          }),
      });
    });
  });
}

/** Throws, naming each question, when a benchmark question no longer gets its route and intent. */
export function checkBenchmarkQuestions(classify: (text: string) => { route: string; intent: string | null }): void {
  const wrong = benchmarkQuestions
    .map((question) => ({ question, got: classify(question.text) }))
    .filter(({ question, got }) => got.route !== question.route || got.intent !== question.intent)
    .map(({ question, got }) => `"${question.text}" should be ${question.route} ${question.intent}, is ${got.route} ${got.intent}`);
  if (wrong.length > 0) throw new Error(`bench/benchmark-server.ts: benchmark questions changed route; pick others in benchmarkQuestions:\n  ${wrong.join('\n  ')}`);
}

/*
 * Each child loads only what its server needs, so the bare handler's memory is that of express alone.
 */

async function serveLatch(firstTurnCache: boolean): Promise<{ port: number; close(): Promise<void>; conversations(): number | undefined }> {
  const { boundHeapGrowth, holdYoungGenerationUntilReady } = await import('../src/server/bounded-heap-growth');
  // As `latch serve` does, before anything is loaded.
  holdYoungGenerationUntilReady();
  const { buildEngine } = await import('../src/app/build-engine');
  const { loadConfig } = await import('../src/config');
  const { classifyFirstMessage } = await import('../src/engine/create-engine');
  const { createServer } = await import('../src/server/create-server');
  const { createLogger, logDestination } = await import('../src/server/create-logger');
  const config = benchmarkConfig(loadConfig());
  const engine = buildEngine(config);
  checkBenchmarkQuestions((text) => classifyFirstMessage(engine, text));
  // As `latch serve` does.
  boundHeapGrowth();
  // latch serve's logger, writing to /dev/null instead of standard output.
  const logger = createLogger(config.server, logDestination('/dev/null'));
  const latch = createServer({ config, engine, logger, firstTurnCache });
  const address = await latch.listen(0, '127.0.0.1');
  return { port: address.port, close: () => latch.close(1_000), conversations: () => latch.conversations.size };
}

async function serveBare(): Promise<{ port: number; close(): Promise<void>; conversations(): undefined }> {
  const { default: express } = await import('express');
  const bare = express();
  bare.use(express.json({ limit: 256 * 1024 }));
  bare.post('/api/messages', (request, response) => {
    response.json({ activities: [{ type: 'message', text: `you said: ${String((request.body as { text?: string }).text)}` }] });
  });
  const server = bare.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    conversations: () => undefined,
  };
}

/** V8's sampling profiler through the inspector, started and stopped on request. */
const profiler = {
  session: undefined as import('node:inspector').Session | undefined,
  post(method: string, params: object = {}): Promise<unknown> {
    return new Promise((resolve, reject) => this.session!.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  },
  async start(): Promise<void> {
    const { Session } = await import('node:inspector');
    this.session = new Session();
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 200 });
    await this.post('Profiler.start');
  },
  async stop(): Promise<unknown> {
    const { profile } = (await this.post('Profiler.stop')) as { profile: unknown };
    this.session!.disconnect();
    return profile;
  },
  /** Every 8 KB allocated is sampled, including objects already collected when it stops (garbage is the point). */
  async startAllocations(survivorsOnly = false): Promise<void> {
    const { Session } = await import('node:inspector');
    this.session = new Session();
    this.session.connect();
    await this.post('HeapProfiler.enable');
    // survivorsOnly: what the young generation's collections dropped is left out, so the profile is what
    // was promoted to the old generation (or still lives): the garbage only full collections free.
    await this.post('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !survivorsOnly });
  },
  async stopAllocations(): Promise<unknown> {
    const { profile } = (await this.post('HeapProfiler.stopSampling')) as { profile: unknown };
    this.session!.disconnect();
    return profile;
  },
};

/** Counts V8's collections and their pauses as Node reports them (the pauses stop every request in flight). */
function watchGarbageCollections(): () => GarbageCollections {
  const counted: GarbageCollections = { full: 0, fullPauseMs: 0, young: 0, youngPauseMs: 0, longestPauseMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        counted.full++;
        counted.fullPauseMs += entry.duration;
      } else if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        counted.young++;
        counted.youngPauseMs += entry.duration;
      }
      counted.longestPauseMs = Math.max(counted.longestPauseMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return () => {
    const reported = { ...counted };
    counted.longestPauseMs = 0;
    return reported;
  };
}

async function runChild(kind: BenchmarkServerKind): Promise<void> {
  const collections = watchGarbageCollections();
  const server = kind === 'bare' ? await serveBare() : await serveLatch(kind === 'latch');
  const report = (): ServerReport => {
    const usage = process.memoryUsage();
    const cpu = process.cpuUsage();
    return { port: server.port, rss: usage.rss, heapUsed: usage.heapUsed, cpuMicros: cpu.user + cpu.system, conversations: server.conversations(), gc: collections() };
  };
  // The benchmark that forked this server has gone (finished or crashed): so does the server.
  process.once('disconnect', () => process.exit(0));
  process.on('message', (message: string) => {
    if (message === 'memory') process.send!(report());
    // A CPU profile of what the server does between the two messages (bench/profile-server.ts).
    if (message === 'profile-start') void profiler.start().then(() => process.send!(report()));
    if (message === 'profile-stop') void profiler.stop().then((profile) => process.send!({ ...report(), profile }));
    if (message === 'allocations-start') void profiler.startAllocations().then(() => process.send!(report()));
    if (message === 'survivors-start') void profiler.startAllocations(true).then(() => process.send!(report()));
    if (message === 'allocations-stop') void profiler.stopAllocations().then((profile) => process.send!({ ...report(), profile }));
    // Only with --expose-gc (a diagnosis): what is still alive after a full collection.
    if (message === 'collected') {
      (globalThis as { gc?: () => void }).gc?.();
      process.send!(report());
    }
    if (message === 'stop') {
      const forceExit = setTimeout(() => process.exit(0), 2_000);
      void server.close().then(() => {
        clearTimeout(forceExit);
        process.exit(0);
      });
    }
  });
  process.send!(report());
}

if (require.main === module && process.argv[2] === '--serve') {
  runChild(process.argv[3] as BenchmarkServerKind).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
