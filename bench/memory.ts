import { activityBody, benchmarkQuestions, forkBenchmarkServer, type RunningBenchmarkServer, type ServerReport } from './benchmark-server';
import { drive, machineLoad, megabytes } from './server-throughput';

/*
 * Memory over a long run: 100,000 turns through POST /api/messages on loopback (expectReplies, every turn a
 * new conversation, so the conversation bound is reached early and then held), the server's RSS sampled
 * after every tenth. The bare express handler, forked the same way, takes the same turns in the same run:
 * its RSS is the floor of a Node HTTP server on this machine.
 *
 *   npm run bench:memory [-- turns connections]
 */

export interface MemorySample {
  turns: number;
  rss: number;
  heapUsed: number;
  conversations?: number;
}

export interface MemoryRun {
  name: string;
  samples: MemorySample[];
  rssAtReady: number;
  /**
   * RSS after one turn, before the load: latch without an app id loads botbuilder on its first message
   * (src/channels/botbuilder/lazy-bot-channel.ts), so this is what a server that has been talked to holds.
   */
  rssAfterFirstTurn: number;
  /** Largest and smallest RSS after the first tenth of the turns (the warm-up, when the bound fills). */
  steadyMax: number;
  steadyMin: number;
  /** (max − min) ÷ min over the steady part: the target is at most 10 %. */
  steadySpread: number;
}

export interface MemoryResult {
  turns: number;
  connections: number;
  latch: MemoryRun;
  bare: MemoryRun;
  load: string;
}

async function longRun(name: 'latch' | 'bare', turns: number, connections: number, progress: (line: string) => void): Promise<MemoryRun> {
  let server: RunningBenchmarkServer | undefined;
  try {
    server = await forkBenchmarkServer(name);
    const sample = (done: number, report: ServerReport): MemorySample => ({ turns: done, rss: report.rss, heapUsed: report.heapUsed, conversations: report.conversations });
    const samples = [sample(0, await server.memory())];
    const first = await fetch(`http://127.0.0.1:${server.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activityBody(benchmarkQuestions[0].text, 'first-turn') });
    if (!first.ok) throw new Error(`${name}: the first turn got ${first.status}`);
    await first.arrayBuffer();
    const rssAfterFirstTurn = (await server.memory()).rss;
    const step = Math.max(1, Math.floor(turns / 10));
    for (let done = 0; done < turns; done += step) {
      const amount = Math.min(step, turns - done);
      await drive(name, server.port, { amount, connections });
      samples.push(sample(done + amount, await server.memory()));
      progress(`${name}: ${done + amount} turns, RSS ${megabytes(samples[samples.length - 1].rss)}`);
    }
    const steady = samples.slice(2).map((entry) => entry.rss);
    const steadyMax = Math.max(...steady);
    const steadyMin = Math.min(...steady);
    return { name, samples, rssAtReady: server.rssAtReady, rssAfterFirstTurn, steadyMax, steadyMin, steadySpread: (steadyMax - steadyMin) / steadyMin };
  } finally {
    await server?.stop();
  }
}

export async function runMemory(turns = 100_000, connections = 50, progress: (line: string) => void = () => undefined): Promise<MemoryResult> {
  const latch = await longRun('latch', turns, connections, progress);
  const bare = await longRun('bare', turns, connections, progress);
  return { turns, connections, latch, bare, load: machineLoad() };
}

export function formatMemory(result: MemoryResult): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const rows = result.latch.samples.map(
    (sample, index) =>
      `${String(sample.turns).padStart(8)} turns   latch RSS ${megabytes(sample.rss).padStart(7)}  heap ${megabytes(sample.heapUsed).padStart(7)}  conversations ${String(sample.conversations ?? '-').padStart(6)}   bare RSS ${megabytes(result.bare.samples[index]?.rss ?? 0).padStart(7)}`,
  );
  return [
    '',
    `${result.turns} turns, ${result.connections} connections, expectReplies, a new conversation per turn`,
    ...rows,
    '',
    `latch RSS at ready ${megabytes(result.latch.rssAtReady)} (target < 150 MB); bare ${megabytes(result.bare.rssAtReady)}`,
    `latch RSS after its first turn ${megabytes(result.latch.rssAfterFirstTurn)} (botbuilder loaded); bare ${megabytes(result.bare.rssAfterFirstTurn)}`,
    `latch RSS after the first tenth: ${megabytes(result.latch.steadyMin)} to ${megabytes(result.latch.steadyMax)}, spread ${percent(result.latch.steadySpread)} (target ≤ 10 %); bare spread ${percent(result.bare.steadySpread)}`,
    `load average during the run: ${result.load}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const turns = Number(process.argv[2] ?? 100_000);
  const connections = Number(process.argv[3] ?? 50);
  const result = await runMemory(turns, connections, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(formatMemory(result) + '\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
