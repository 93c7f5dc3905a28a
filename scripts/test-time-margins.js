#!/usr/bin/env node
// Reads what test/support/time-margins-environment.js wrote during a jest run
// (LATCH_TEST_TIMES=/tmp/times.jsonl npx jest …) and prints the sum of the files' worker CPU and wall time,
// the files that took most, and every test or hook that took half its time limit or more (issue 13: none
// may come within 2× of its limit). Usage: node scripts/test-time-margins.js FILE [--top N]
'use strict';
const { readFileSync } = require('node:fs');

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/test-time-margins.js FILE [--top N]  (FILE as written by LATCH_TEST_TIMES=FILE npx jest)');
  process.exit(2);
}
const top = rest[0] === '--top' ? Number(rest[1]) : 15;
const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
const files = lines.filter((line) => line.leftBy === undefined);
// Files that left something keeping their worker alive after their teardown (see time-margins-environment.js).
const leaks = lines.filter((line) => line.leftBy !== undefined);
const seconds = (ms) => (ms / 1000).toFixed(2).padStart(7);
const sum = (values) => values.reduce((total, value) => total + value, 0);

console.log(`${files.length} files: worker CPU ${seconds(sum(files.map((entry) => entry.cpuMs)))} s, their child processes' ${seconds(sum(files.map((entry) => entry.childCpuMs ?? 0)))} s, wall ${seconds(sum(files.map((entry) => entry.wallMs)))} s (summed over files)`);
// Each worker's pid: more pids than workers means jest replaced one (a crash, or a memory limit) and the files
// after it compiled every module again. The heap as a file starts (the environment first collects the earlier
// files' garbage when it is large) is what the worker keeps; the most at a file's end is its peak.
const pids = [...new Set(files.map((entry) => entry.pid))];
const atStart = files.map((entry) => entry.heapAtStartMb).filter((mb) => mb !== undefined);
const atEnd = files.map((entry) => entry.heapMb).filter((mb) => mb !== undefined);
console.log(`${pids.length} worker processes${atStart.length > 0 ? `; heap at a file's start at most ${Math.max(...atStart)} MB, at its end at most ${Math.max(...atEnd)} MB` : ''}`);
console.log(`\nThe ${top} files with the most CPU, the worker's and its child processes' (browsers, redis-server, node), s:`);
console.log('    cpu   child    wall  file');
const fileCpu = (entry) => entry.cpuMs + (entry.childCpuMs ?? 0);
for (const entry of [...files].sort((a, b) => fileCpu(b) - fileCpu(a)).slice(0, top)) console.log(`${seconds(entry.cpuMs)} ${seconds(entry.childCpuMs ?? 0)} ${seconds(entry.wallMs)}  ${entry.file}`);
const records = files.flatMap((entry) => entry.records.filter((record) => record.cpuMs !== undefined).map((record) => ({ ...record, file: entry.file })));
if (records.length > 0) {
  console.log(`\nThe ${top} tests and hooks with the most worker CPU (s):`);
  console.log('    cpu    wall  file  test');
  for (const record of records.sort((a, b) => b.cpuMs - a.cpuMs).slice(0, top)) console.log(`${seconds(record.cpuMs)} ${seconds(record.ms)}  ${record.file}  ${record.kind === 'test' ? '' : `(${record.kind}) `}${record.name}`);
}

const close = files.flatMap((entry) => entry.records.filter((record) => record.ms * 2 >= record.limitMs).map((record) => ({ ...record, file: entry.file })));
console.log(`\nTests and hooks that took half their time limit or more: ${close.length}`);
for (const record of close.sort((a, b) => b.ms / b.limitMs - a.ms / a.limitMs)) {
  console.log(`${seconds(record.ms)} of ${seconds(record.limitMs)} s  ${record.file}  ${record.kind === 'test' ? '' : `(${record.kind}) `}${record.name}`);
}
const slowest = files.flatMap((entry) => entry.records.map((record) => ({ ...record, file: entry.file }))).sort((a, b) => b.ms / b.limitMs - a.ms / a.limitMs).slice(0, top);
console.log(`\nThe ${top} closest to their limit:`);
for (const record of slowest) console.log(`${seconds(record.ms)} of ${seconds(record.limitMs)} s  ${record.file}  ${record.kind === 'test' ? '' : `(${record.kind}) `}${record.name}`);
const held = leaks.filter((leak) => leak.left.length > 0);
console.log(`\nFiles that left a resource keeping their worker alive 600 ms after their teardown: ${held.length}`);
for (const leak of held) console.log(`  ${leak.leftBy} (worker ${leak.pid}): ${leak.left.join(', ')}`);
console.log(`Files with a resource still closing as their teardown ended (gone within 600 ms): ${leaks.length - held.length}`);
for (const leak of leaks.filter((leak) => leak.left.length === 0)) console.log(`  ${leak.leftBy}: ${leak.closing.join(', ')}`);
