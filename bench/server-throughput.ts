import { loadavg } from 'node:os';
import { activityBody, benchmarkQuestions, forkBenchmarkServer, type RunningBenchmarkServer } from './benchmark-server';

/*
 * POST /api/messages under load, beside a bare express JSON handler forked the same way and measured in
 * the same run on the same machine: the ratio, not the absolute numbers, is what carries over between
 * machines. The rounds alternate (bare, latch, latch without its first-turn cache, bare, …) so a
 * neighbour's burst on a shared machine falls on all; the ratio printed is the median of each round's
 * latch/bare. The questions repeat, so latch answers them from its first-turn cache (as it does a
 * prompt starter); the uncached server shows what a first message never seen costs.
 *
 *   npm run bench:server [-- seconds connections rounds]
 */

export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

/** One measured run against one server, with the CPU time the server spent per request and its collections. */
export interface MeasuredRun extends AutocannonResult {
  cpuMicrosPerRequest: number;
  /** Full (mark-compact) collections in the run, their pauses in all, and the longest pause of any kind. */
  fullCollections: number;
  fullCollectionMs: number;
  youngCollectionMs: number;
  longestPauseMs: number;
}

export interface ThroughputResult {
  seconds: number;
  connections: number;
  bare: MeasuredRun[];
  latch: MeasuredRun[];
  /** latch with no first-turn cache: every request runs the engine, as a first message never seen does. */
  uncached: MeasuredRun[];
  /** Median over rounds of latch req/s ÷ bare req/s in the same round. */
  throughputRatio: number;
  /** The same for the uncached latch. */
  uncachedThroughputRatio: number;
  uncachedCpuMicros: number;
  uncachedP99: number;
  /** Median over rounds of the server CPU time per request, latch ÷ bare: less sensitive to neighbours' load than throughput. */
  cpuRatio: number;
  latchCpuMicros: number;
  bareCpuMicros: number;
  latchP50: number;
  latchP99: number;
  bareP99: number;
  rssAtReady: number;
  rssAfter: number;
  load: string;
}

export function machineLoad(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** autocannon against one server; any non-2xx answer or socket error stops the benchmark. */
export async function drive(name: string, port: number, options: { seconds?: number; amount?: number; connections: number }): Promise<AutocannonResult> {
  // Loaded when a benchmark runs, not when another bench file imports median() from here.
  const autocannon = require('autocannon') as Autocannon;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
    idReplacement: true,
    requests: benchmarkQuestions.map((question) => ({ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: activityBody(question.text) })),
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) throw new Error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts`);
  return result;
}

interface RepliedActivity {
  attachments?: { contentType: string }[];
  suggestedActions?: { actions: unknown[] };
}

/**
 * Each benchmark question over HTTP once: an answer must come back as an Adaptive Card, a dialog start as
 * suggested actions (the child has already checked route and intent through the engine).
 */
export async function checkRepliesOverHttp(port: number): Promise<void> {
  for (const question of benchmarkQuestions) {
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activityBody(question.text, `check-${question.intent}`) });
    if (response.status !== 200) throw new Error(`"${question.text}": HTTP ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { activities: RepliedActivity[] };
    const hasCard = body.activities.some((activity) => activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive');
    const hasChoices = body.activities.some((activity) => (activity.suggestedActions?.actions.length ?? 0) > 0);
    if (question.route === 'answer' && !hasCard) throw new Error(`"${question.text}" was not answered with an Adaptive Card`);
    if (question.route === 'dialog' && !hasChoices) throw new Error(`"${question.text}" did not start its dialog with suggested actions`);
  }
}

/** `drive`, with the server's CPU time over the run divided by the requests answered. */
export async function measureRun(name: string, server: RunningBenchmarkServer, options: { seconds?: number; amount?: number; connections: number }): Promise<MeasuredRun> {
  const before = await server.memory();
  const result = await drive(name, server.port, options);
  const after = await server.memory();
  return {
    ...result,
    cpuMicrosPerRequest: (after.cpuMicros - before.cpuMicros) / Math.max(1, result.requests.total),
    fullCollections: after.gc.full - before.gc.full,
    fullCollectionMs: after.gc.fullPauseMs - before.gc.fullPauseMs,
    youngCollectionMs: after.gc.youngPauseMs - before.gc.youngPauseMs,
    longestPauseMs: after.gc.longestPauseMs,
  };
}

export async function runServerThroughput(seconds = 10, connections = 50, rounds = 3, progress: (line: string) => void = () => undefined): Promise<ThroughputResult> {
  const servers: RunningBenchmarkServer[] = [];
  try {
    const bareServer = await forkBenchmarkServer('bare');
    servers.push(bareServer);
    const latchServer = await forkBenchmarkServer('latch');
    servers.push(latchServer);
    const uncachedServer = await forkBenchmarkServer('latch-uncached');
    servers.push(uncachedServer);
    await checkRepliesOverHttp(latchServer.port);
    await checkRepliesOverHttp(uncachedServer.port);

    // By count, not time: on a loaded machine 2 s were too few turns for V8 to optimise latch's path.
    progress('warming up (5,000 requests each)…');
    await drive('bare', bareServer.port, { amount: 5_000, connections });
    await drive('latch', latchServer.port, { amount: 5_000, connections });
    await drive('latch-uncached', uncachedServer.port, { amount: 5_000, connections });
    const bare: MeasuredRun[] = [];
    const latch: MeasuredRun[] = [];
    const uncached: MeasuredRun[] = [];
    for (let round = 1; round <= rounds; round++) {
      progress(`round ${round}/${rounds}: ${seconds} s each, ${connections} connections, expectReplies, a new conversation per request…`);
      bare.push(await measureRun('bare', bareServer, { seconds, connections }));
      latch.push(await measureRun('latch', latchServer, { seconds, connections }));
      uncached.push(await measureRun('latch-uncached', uncachedServer, { seconds, connections }));
    }
    const rssAfter = (await latchServer.memory()).rss;
    return {
      seconds,
      connections,
      bare,
      latch,
      uncached,
      throughputRatio: median(latch.map((result, index) => result.requests.average / bare[index].requests.average)),
      uncachedThroughputRatio: median(uncached.map((result, index) => result.requests.average / bare[index].requests.average)),
      uncachedCpuMicros: median(uncached.map((result) => result.cpuMicrosPerRequest)),
      uncachedP99: median(uncached.map((result) => result.latency.p99)),
      cpuRatio: median(latch.map((result, index) => result.cpuMicrosPerRequest / bare[index].cpuMicrosPerRequest)),
      latchCpuMicros: median(latch.map((result) => result.cpuMicrosPerRequest)),
      bareCpuMicros: median(bare.map((result) => result.cpuMicrosPerRequest)),
      latchP50: median(latch.map((result) => result.latency.p50)),
      latchP99: median(latch.map((result) => result.latency.p99)),
      bareP99: median(bare.map((result) => result.latency.p99)),
      rssAtReady: latchServer.rssAtReady,
      rssAfter,
      load: machineLoad(),
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export function formatThroughput(result: ThroughputResult): string {
  const row = (name: string, run: MeasuredRun) =>
    `${name.padEnd(28)} ${run.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(run.latency.p50).padStart(3)} ms   p99 ${String(run.latency.p99).padStart(3)} ms   ${run.cpuMicrosPerRequest.toFixed(0).padStart(5)} µs CPU/request   ${String(run.requests.total).padStart(6)} requests   GC: ${String(run.fullCollections).padStart(2)} full (${run.fullCollectionMs.toFixed(0).padStart(4)} ms), young ${run.youngCollectionMs.toFixed(0).padStart(4)} ms, longest pause ${run.longestPauseMs.toFixed(0).padStart(3)} ms`;
  const rows = result.latch.flatMap((run, index) => [
    row(`bare express handler, ${index + 1}`, result.bare[index]),
    row(`latch /api/messages, ${index + 1}`, run),
    row(`latch, no first-turn cache, ${index + 1}`, result.uncached[index]),
  ]);
  return [
    '',
    ...rows,
    '',
    `latch/bare throughput ratio (median of ${result.latch.length} rounds)   ${result.throughputRatio.toFixed(2)}   (target ≥ 0.5)`,
    `latch/bare server CPU per request           ${result.cpuRatio.toFixed(2)}   (${result.latchCpuMicros.toFixed(0)} µs vs ${result.bareCpuMicros.toFixed(0)} µs; the throughput ratio's ceiling on an idle machine is about its inverse)`,
    `latch p50 ${result.latchP50} ms, p99 ${result.latchP99} ms (target < 20 ms); bare p99 ${result.bareP99} ms`,
    `  the questions repeat, so latch serves them from its first-turn cache; a first message never seen runs the engine:`,
    `latch without the first-turn cache: throughput ratio ${result.uncachedThroughputRatio.toFixed(2)}, ${result.uncachedCpuMicros.toFixed(0)} µs CPU per request, p99 ${result.uncachedP99} ms`,
    `latch RSS ${megabytes(result.rssAtReady)} at ready, ${megabytes(result.rssAfter)} after the run`,
    `load average during the run: ${result.load}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const connections = Number(process.argv[3] ?? 50);
  const rounds = Number(process.argv[4] ?? 3);
  const result = await runServerThroughput(seconds, connections, rounds, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(formatThroughput(result) + '\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
