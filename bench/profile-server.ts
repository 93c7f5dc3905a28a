import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { forkBenchmarkServer, type AllocationNode, type AllocationProfile, type CpuProfile } from './benchmark-server';
import { checkRepliesOverHttp, drive, machineLoad } from './server-throughput';

/*
 * Where the CPU of one POST /api/messages turn goes, end to end: the latch server `bench:server` drives,
 * profiled (V8's sampling profiler) over a measured run only, after warm-up. Prints each part's share of
 * the samples (engine and each of its steps, express, body parsing, botbuilder, card building, logging,
 * metrics, the reply's JSON and socket writes, garbage collection) and the busiest functions outside the
 * engine, and keeps the profile for Chrome DevTools or speedscope. A diagnosis, not a benchmark: shares,
 * not times, carry over between machines. The samples are taken on the wall clock, so on a busy machine the
 * time the server waited for a CPU lands on whatever it was doing then, most often the socket write.
 *
 * With --allocations it samples the heap instead (V8's sampling heap profiler, garbage included): the
 * bytes a turn allocates, by the same parts and by function. Allocation drives the young-generation
 * collections whose pauses, with 50 requests in flight, make the tail of the latency.
 *
 * With --promotions, only what outlived the young generation's collections: the objects promoted to the old
 * generation, which the full collections (tens of milliseconds each under load, the p99's tail) then free.
 *
 *   npm run profile:server [-- requests connections] [--allocations | --promotions]
 */

type Node = CpuProfile['nodes'][number];

/** Parts of a turn, by the files and functions a sample's stack passes through; the first that matches, innermost frame first, names it. */
const parts: [string, RegExp][] = [
  ['reply JSON and socket writes', /bot-messages-route\.js sendJson|node:_http_outgoing|node:_http_server|node:net|stream_base_commons|^ writev$|^ writeString$/],
  ['card building', /render-activities|answer-card|escalation-card|rest-after-short|dial-numbers/],
  ['logging', /node_modules\/(pino|sonic-boom)|create-turn-observer/],
  ['metrics', /node_modules\/prom-client|server-metrics/],
  ['activity check', /activity-problem|node_modules\/zod/],
  ['body parsing', /node_modules\/(body-parser|raw-body|type-is|content-type|iconv-lite|media-typer)|read-json-body/],
  ['rate limits', /channels\/web\/(rate-)?limiter|node_modules\/rate-limiter-flexible/],
  ['botbuilder authentication', /node_modules\/botframework-connector|reusing-bot-framework-authentication/],
  ['botbuilder turn', /node_modules\/botbuilder/],
  ['bot and conversation store', /latch-bot|conversation-store|bot-channel|retry-on-conflict/],
  ['express and routing', /node_modules\/(express|router|parseurl|finalhandler|on-finished)|create-server|bot-messages-route/],
];
const enginePath = /\/src\/(engine|safety|nlu|knowledge|dialog|llm)\//;

const frameOf = (node: Node) => `${node.callFrame.url.replace(/^.*\/(node_modules|dist)\//, '$1/')} ${node.callFrame.functionName}`;

function partOf(stack: Node[]): string {
  const name = stack[0].callFrame.functionName;
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(idle)') return 'idle';
  if (name === '(program)') return 'V8 and Node internals';
  const step = stack.find((node) => enginePath.test(node.callFrame.url) && /Step$/.test(node.callFrame.functionName));
  if (step) return `engine: ${step.callFrame.functionName}`;
  if (stack.some((node) => enginePath.test(node.callFrame.url))) return 'engine: other';
  for (const node of stack) {
    const found = parts.find(([, pattern]) => pattern.test(frameOf(node)));
    if (found) return found[0];
  }
  return 'other';
}

/** Each part's share of the samples, and the functions with the most samples of their own outside the engine. */
export function summariseProfile(profile: CpuProfile): { parts: [string, number][]; functions: [string, number][] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const partById = new Map<number, string>();
  const partTimes = new Map<string, number>();
  const functionTimes = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    let part = partById.get(id);
    if (part === undefined) {
      const stack: Node[] = [];
      for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) stack.push(byId.get(current)!);
      // The profiler's own start is not the server's work (its first sample carries the time until then).
      partById.set(id, (part = stack.some((node) => node.callFrame.url === 'node:inspector') ? 'profiler' : partOf(stack)));
    }
    if (part === 'profiler') return;
    const time = profile.timeDeltas[index] ?? 0;
    total += time;
    partTimes.set(part, (partTimes.get(part) ?? 0) + time);
    const node = byId.get(id)!;
    if (!part.startsWith('engine')) {
      const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${node.callFrame.lineNumber + 1}`;
      functionTimes.set(name, (functionTimes.get(name) ?? 0) + time);
    }
  });
  const shares = (times: Map<string, number>) => [...times].map(([name, time]): [string, number] => [name, time / total]).sort((a, b) => b[1] - a[1]);
  return { parts: shares(partTimes), functions: shares(functionTimes) };
}

/** Bytes allocated by part and by function (self), over an allocation profile's tree. */
export function summariseAllocations(profile: AllocationProfile): { total: number; parts: [string, number][]; functions: [string, number][] } {
  const partBytes = new Map<string, number>();
  const functionBytes = new Map<string, number>();
  let total = 0;
  const visit = (node: AllocationNode, stack: Node[]) => {
    const here = [{ id: 0, callFrame: node.callFrame } as Node, ...stack];
    if (node.selfSize > 0) {
      total += node.selfSize;
      const part = partOf(here);
      partBytes.set(part, (partBytes.get(part) ?? 0) + node.selfSize);
      const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${node.callFrame.lineNumber + 1}`;
      functionBytes.set(name, (functionBytes.get(name) ?? 0) + node.selfSize);
    }
    for (const child of node.children) visit(child, here);
  };
  visit(profile.head, []);
  const sorted = (bytes: Map<string, number>) => [...bytes].sort((a, b) => b[1] - a[1]);
  return { total, parts: sorted(partBytes), functions: sorted(functionBytes) };
}

async function profileAllocations(server: Awaited<ReturnType<typeof forkBenchmarkServer>>, requests: number, connections: number, survivorsOnly: boolean): Promise<void> {
  await (survivorsOnly ? server.startSurvivorProfile() : server.startAllocationProfile());
  await drive('latch', server.port, { amount: requests, connections });
  const { profile } = await server.stopAllocationProfile();
  const file = resolve(join('.cache', 'latch', `server-${new Date().toISOString().replace(/[:.]/g, '-')}.heapprofile`));
  mkdirSync(join('.cache', 'latch'), { recursive: true });
  writeFileSync(file, JSON.stringify(profile));
  const summary = summariseAllocations(profile);
  const perRequest = (bytes: number) => `${(bytes / requests / 1024).toFixed(1).padStart(6)} KB`;
  process.stdout.write(
    [
      '',
      survivorsOnly
        ? `${requests} requests, ${connections} connections: about ${perRequest(summary.total).trim()} per request survived the young generation (sampled; what full collections then free included)`
        : `${requests} requests, ${connections} connections: about ${perRequest(summary.total).trim()} allocated per request (sampled; garbage included)`,
      '',
      'by part (innermost matching frame):',
      ...summary.parts.filter(([, bytes]) => bytes / summary.total >= 0.005).map(([name, bytes]) => `  ${perRequest(bytes)}  ${name}`),
      '',
      'busiest allocating functions (own bytes):',
      ...summary.functions.slice(0, 25).map(([name, bytes]) => `  ${perRequest(bytes)}  ${name}`),
      '',
      `profile: ${file}`,
      `load average: ${machineLoad()}`,
    ].join('\n') + '\n',
  );
}

async function main(): Promise<void> {
  const numbers = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
  const requests = Number(numbers[0] ?? 10_000);
  const connections = Number(numbers[1] ?? 50);
  const server = await forkBenchmarkServer('latch');
  try {
    await checkRepliesOverHttp(server.port);
    process.stdout.write('warming up (5,000 requests)…\n');
    await drive('latch', server.port, { amount: 5_000, connections });
    if (process.argv.includes('--allocations') || process.argv.includes('--promotions')) return await profileAllocations(server, requests, connections, process.argv.includes('--promotions'));
    const before = await server.startProfile();
    await drive('latch', server.port, { amount: requests, connections });
    const after = await server.stopProfile();
    const file = resolve(join('.cache', 'latch', `server-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`));
    mkdirSync(join('.cache', 'latch'), { recursive: true });
    writeFileSync(file, JSON.stringify(after.profile));
    const summary = summariseProfile(after.profile);
    const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
    process.stdout.write(
      [
        '',
        `${requests} requests, ${connections} connections, expectReplies, a new conversation each: ${((after.cpuMicros - before.cpuMicros) / requests).toFixed(0)} µs of server CPU per request`,
        '',
        'where the samples fall (innermost matching frame; an engine step includes what it calls):',
        ...summary.parts.filter(([, share]) => share >= 0.002).map(([name, share]) => `  ${percent(share)}  ${name}`),
        '',
        'busiest functions outside the engine (own samples):',
        ...summary.functions.slice(0, 20).map(([name, share]) => `  ${percent(share)}  ${name}`),
        '',
        `profile: ${file}`,
        `load average: ${machineLoad()}`,
      ].join('\n') + '\n',
    );
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
