#!/usr/bin/env node
// `npm test` runs this first (pretest): the type check, the safety net trained into node_modules/.cache/latch
// (train-safety-net.js), jest's global setup (warm-test-caches.js) and Web Chat's compressed bundle
// (compress-web-chat.js), side by side. One after another they kept a core of a two-core CI machine idle:
// the type check is one process for some 25 s, and each training is one process for a few seconds, the
// classifier's inside jest's global setup before any test could start.
// Each job's output is printed when it ends; any that fails fails `npm test`, with its output.
'use strict';
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const jobs = [
  { name: 'type check', args: [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'safety net', args: [join(__dirname, 'train-safety-net.js')] },
  { name: 'classifier and content snapshot', args: [join(__dirname, 'warm-test-caches.js')] },
  { name: 'Web Chat bundle', args: [join(__dirname, 'compress-web-chat.js')] },
];

function run(job) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, job.args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ job, code: 1, output: `${error.message}\n`, seconds: 0 }));
    child.on('close', (code) => resolve({ job, code: code ?? 1, output: Buffer.concat(output).toString('utf8'), seconds: (Date.now() - started) / 1000 }));
  });
}

Promise.all(jobs.map(run)).then((results) => {
  for (const { job, code, output, seconds } of results) {
    process.stderr.write(`${code === 0 ? 'done' : 'FAILED'}: ${job.name} (${seconds.toFixed(1)} s)\n${output}`);
  }
  process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
});
