import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { classifierAloneLinePrefix } from './classifier-alone-line';
import { formatMemory, runMemory } from './memory';
import { formatThroughput, machineLoad, megabytes, runServerThroughput } from './server-throughput';
import { formatStartUp, runStartUp } from './start-up';

/*
 * Every benchmark, one after another, each printing its own report as it goes, then one table of the
 * figures issue 13 sets targets for. Every figure is a ratio against a peer measured in the same run, or
 * sits beside one, with the load average when it was taken: the machine may be shared.
 *
 *   npm run bench:all [-- --quick]     (--quick: shorter runs, for checking that everything still runs)
 */

interface Row {
  what: string;
  latch: string;
  peer: string;
  ratio: string;
  target: string;
  load: string;
}

/** Runs one compiled benchmark as its own process, echoing its output; resolves what it printed. */
function runBenchmarkFile(file: string, args: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, file), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`bench/${file} exited with code ${code}`))));
  });
}

/** The first row of the classifier benchmark's table starting with `label`, as its cells. */
function tableCells(output: string, label: string): string[] | undefined {
  const line = output.split('\n').find((candidate) => candidate.startsWith(label));
  return line?.slice(label.length).trim().split(/\s{2,}/);
}

async function classifierRows(): Promise<Row[]> {
  const load = machineLoad();
  const output = await runBenchmarkFile('classifiers.js');
  const median = tableCells(output, 'latency median (µs)');
  const p99 = tableCells(output, 'latency p99 (µs)');
  const medianRatio = tableCells(output, '  latency median (below 1: faster)');
  const p99Ratio = tableCells(output, '  latency p99 (below 1: faster)');
  const unreadable = 'see its report above';
  // The first table's (the sample questions') line for the classifier alone: "median R (A vs B µs), p99 …".
  const aloneLine = output.split('\n').find((line) => line.startsWith(classifierAloneLinePrefix));
  const alone = aloneLine?.slice(classifierAloneLinePrefix.length).match(/^median (\S+) \((\S+) vs (\S+) µs\)/);
  return [
    { what: 'classify median (µs), vs nlp.js', latch: median?.[0] ?? unreadable, peer: median?.[1] ?? '', ratio: medianRatio?.[0] ?? '', target: '≤ 1×', load },
    { what: 'classify p99 (µs), vs nlp.js', latch: p99?.[0] ?? unreadable, peer: p99?.[1] ?? '', ratio: p99Ratio?.[0] ?? '', target: '< 500 µs', load },
    { what: 'the classifier alone, median (µs), vs nlp.js', latch: alone?.[2] ?? unreadable, peer: alone?.[3] ?? '', ratio: alone?.[1] ?? '', target: 'report only', load },
  ];
}

async function modelEngineRows(): Promise<Row[]> {
  const load = machineLoad();
  const output = await runBenchmarkFile('model-engine.js');
  const row = output.split('\n').find((line) => line.startsWith('model engine, local HTTP model server'));
  const cells = row?.split(/\s{2,}/);
  return [{ what: 'model engine over HTTP, ms per turn vs embedded', latch: cells?.[1]?.trim() ?? 'see its report above', peer: '', ratio: cells?.[4]?.trim() ?? '', target: 'report only', load }];
}

function formatTable(rows: Row[]): string {
  const headings: Row = { what: 'what', latch: 'latch', peer: 'peer', ratio: 'ratio', target: 'target', load: 'load (1, 5, 15 min)' };
  const columns = Object.keys(headings) as (keyof Row)[];
  const widths = columns.map((column) => Math.max(...[headings, ...rows].map((row) => row[column].length)));
  const line = (row: Row) => columns.map((column, index) => row[column].padEnd(widths[index])).join('  ');
  return [line(headings), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const rows: Row[] = [];

  say('== classifiers (npm run bench)');
  rows.push(...(await classifierRows()));
  say('\n== model engine (npm run bench:model)');
  rows.push(...(await modelEngineRows()));

  say('\n== HTTP throughput (npm run bench:server)');
  const throughput = await runServerThroughput(quick ? 3 : 10, 50, quick ? 1 : 3, say);
  say(formatThroughput(throughput));
  rows.push(
    { what: 'POST /api/messages req/s, vs bare express', latch: throughput.latch.map((run) => run.requests.average.toFixed(0)).join(' / '), peer: throughput.bare.map((run) => run.requests.average.toFixed(0)).join(' / '), ratio: `${throughput.throughputRatio.toFixed(2)}×`, target: '≥ 0.5×', load: throughput.load },
    { what: 'the same, every turn through the engine (no first-turn cache)', latch: throughput.uncached.map((run) => run.requests.average.toFixed(0)).join(' / '), peer: throughput.bare.map((run) => run.requests.average.toFixed(0)).join(' / '), ratio: `${throughput.uncachedThroughputRatio.toFixed(2)}×`, target: 'report only', load: throughput.load },
    { what: 'POST /api/messages p99 latency (ms)', latch: String(throughput.latchP99), peer: String(throughput.bareP99), ratio: `${(throughput.latchP99 / Math.max(1, throughput.bareP99)).toFixed(1)}×`, target: '< 20 ms', load: throughput.load },
    { what: 'server CPU per request (µs)', latch: throughput.latchCpuMicros.toFixed(0), peer: throughput.bareCpuMicros.toFixed(0), ratio: `${throughput.cpuRatio.toFixed(1)}×`, target: 'report only', load: throughput.load },
  );

  say('\n== memory (npm run bench:memory)');
  const memory = await runMemory(quick ? 10_000 : 100_000, 50, say);
  say(formatMemory(memory));
  rows.push(
    { what: 'RSS at ready', latch: megabytes(memory.latch.rssAtReady), peer: megabytes(memory.bare.rssAtReady), ratio: `${(memory.latch.rssAtReady / memory.bare.rssAtReady).toFixed(1)}×`, target: '< 150 MB', load: memory.load },
    { what: 'RSS after the first turn', latch: megabytes(memory.latch.rssAfterFirstTurn), peer: megabytes(memory.bare.rssAfterFirstTurn), ratio: `${(memory.latch.rssAfterFirstTurn / memory.bare.rssAfterFirstTurn).toFixed(1)}×`, target: '(botbuilder loaded)', load: memory.load },
    {
      what: `RSS spread over ${memory.turns} turns (after the first tenth)`,
      latch: `${megabytes(memory.latch.steadyMin)}–${megabytes(memory.latch.steadyMax)} (${(memory.latch.steadySpread * 100).toFixed(1)} %)`,
      peer: `${megabytes(memory.bare.steadyMin)}–${megabytes(memory.bare.steadyMax)} (${(memory.bare.steadySpread * 100).toFixed(1)} %)`,
      ratio: '',
      target: '≤ 10 %',
      load: memory.load,
    },
  );

  say('\n== start-up (npm run bench:start-up)');
  const startUp = await runStartUp(3, say);
  say(formatStartUp(startUp));
  rows.push({ what: 'latch serve launch to /readyz (ms), vs bare express', latch: startUp.latchMedianMs.toFixed(0), peer: startUp.bareMedianMs.toFixed(0), ratio: `${startUp.ratio.toFixed(1)}×`, target: '< 2,000 ms', load: startUp.load });

  say(`\n== summary${quick ? ' (--quick: shorter runs)' : ''}\n`);
  say(formatTable(rows));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
