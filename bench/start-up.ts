import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { machineLoad, median } from './server-throughput';

/*
 * `latch serve` from launch to the first 200 on /readyz, beside a bare express server launched the same way
 * (a new Node process, to its first 200): the bare launch is what Node and express cost on this machine
 * right now, so the ratio carries over. Each is launched `launches` times; the medians are compared.
 *
 *   npm run bench:start-up [-- launches]
 */

const projectRoot = join(__dirname, '..', '..');

const bareServer = `
const express = require('express');
const app = express();
app.get('/readyz', (request, response) => response.json({ status: 'ready' }));
const server = app.listen(0, '127.0.0.1', () => process.stdout.write('listening on http://127.0.0.1:' + server.address().port + '\\n'));
`;

export interface StartUpResult {
  launches: number;
  latchMs: number[];
  bareMs: number[];
  latchMedianMs: number;
  bareMedianMs: number;
  ratio: number;
  load: string;
}

/** Launches a server, waits for its address on stdout, polls /readyz until 200; resolves the milliseconds. */
async function launchToReady(args: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, LATCH_LOG_LEVEL: 'warn', PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /listening on (http:\/\/[^\s]+)/.exec(output);
        if (found) resolve(found[1]);
      });
      child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with code ${code} before listening:\n${output}`)));
    });
    for (;;) {
      const response = await fetch(`${url}/readyz`).catch(() => undefined);
      if (response?.status === 200) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGKILL');
  }
}

export async function runStartUp(launches = 3, progress: (line: string) => void = () => undefined): Promise<StartUpResult> {
  const latchMs: number[] = [];
  const bareMs: number[] = [];
  // Alternating, so a neighbour's burst falls on both.
  for (let launch = 1; launch <= launches; launch++) {
    bareMs.push(await launchToReady(['-e', bareServer]));
    latchMs.push(await launchToReady([join('bin', 'latch.js'), 'serve', '--port', '0']));
    progress(`launch ${launch}/${launches}: latch ${latchMs[latchMs.length - 1].toFixed(0)} ms, bare express ${bareMs[bareMs.length - 1].toFixed(0)} ms`);
  }
  const latchMedianMs = median(latchMs);
  const bareMedianMs = median(bareMs);
  return { launches, latchMs, bareMs, latchMedianMs, bareMedianMs, ratio: latchMedianMs / bareMedianMs, load: machineLoad() };
}

export function formatStartUp(result: StartUpResult): string {
  return [
    '',
    `latch serve, launch to /readyz 200: median ${result.latchMedianMs.toFixed(0)} ms of ${result.launches} (target < 2,000 ms)   [${result.latchMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
    `bare express, launch to first 200:  median ${result.bareMedianMs.toFixed(0)} ms   [${result.bareMs.map((ms) => ms.toFixed(0)).join(', ')}]`,
    `latch/bare start-up ratio ${result.ratio.toFixed(1)}`,
    `load average: ${result.load}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const launches = Number(process.argv[2] ?? 3);
  const result = await runStartUp(launches, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(formatStartUp(result) + '\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
