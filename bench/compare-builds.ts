import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config';
import type { ClassifyResult } from '../src/engine/create-engine';
import { readLabelledQuestions } from '../src/evaluation/labelled-questions';
import { trainingPartOf } from '../src/evaluation/source-site';
import { longestTrainingQuestions } from './longest-training-questions';
import { sharedFolder } from './shared-folder';

/**
 * A speed change against the build before it, in one process: both builds' engines made side by side, then
 * each message's whole first turn (classifyFirstMessage) run by one build and at once by the other, the
 * order swapped every round. Both see the same load at the same moments, and each turn follows the other
 * build's turn of the same message, so each finds its own data pushed out of the caches as in a rotating
 * run. Printed: each build's median and p99, and the median over messages of the ratio of their medians
 * (new / base; below 1: faster), which moves far less with the machine's load than times of separate runs.
 * Also whether the two builds' classifications agree (route, intent, confidence): a pure speed change
 * shows no message that differs.
 *
 *   cp -r dist .cache/base-build      # before the change: the base build, inside the project (its content)
 *   npm run build                     # after it
 *   node dist/bench/compare-builds.js .cache/base-build [dist] [sample|long|longest|typographic|development] [rounds]
 *
 * Each build reads the compiled-model cache under the hash of its own src/nlu files, so a change to the
 * classifier trains its model once (npx latch kb build). The safety net's cache is keyed by the project's
 * sources, not the build's: both builds load the same net.
 *
 * What it measured in s15 (issue 13; load 8-12, 61 sample questions, median ratio new / base). The base
 * build against a copy of itself gave 0.968, 0.996 and 1.004 in three runs: at that load a change under about
 * 3 % does not show. Each change below was measured, then dropped (nothing in its rows showed a gain):
 * - the classifier's hidden-layer input rows as signed bytes with a power-of-two scale per row (1 KB a word
 *   to 256 bytes): 0.98-1.01, and 4 routes and 3 intents of 15,956 messages moved;
 * - the safety net's rows in Float32 (144 to 72 bytes a feature): 0.994-1.004, no verdict moved;
 * - both, and the classifier's cached per-word class scores in Float32 (656 to 328 bytes a word): 0.988-1.011
 *   on the sample questions and on the three longest.
 * Less data per word is not where a first turn's time goes, at least not in those rows.
 * In s20 (load 9-10): each word's cached class scores in a block shared by 256 words (an offset into it)
 * instead of a Float64Array of the word's own, one pointer fewer followed per word of a message: 0.994
 * (quartiles 0.969-1.016) on the sample, 1.002 (0.983-1.015) on the 30 longest training questions, no
 * classification moved. Dropped: the indirection is not where the time goes either.
 */

const timestamp = '2026-01-15T10:00:00.000Z';
const warmUpCalls = 3000;

type Classify = (text: string) => ClassifyResult;

/** A build's whole first turn over its own engine, from a compiled build folder (dist or a copy of it). */
function loadBuild(folder: string): Classify {
  // The folders are chosen at run time, so their modules are required by path, each with its own classes.
  const { buildEngine } = require(join(folder, 'src', 'app', 'build-engine')) as typeof import('../src/app/build-engine');
  const config = (require(join(folder, 'src', 'config')) as typeof import('../src/config')).loadConfig();
  const { classifyFirstMessage } = require(join(folder, 'src', 'engine', 'create-engine')) as typeof import('../src/engine/create-engine');
  const engine = buildEngine(config);
  return (text) => classifyFirstMessage(engine, text, timestamp);
}

function texts(projectRoot: string, set: string): string[] {
  const read = (path: string) => {
    if (/held-out/.test(path)) throw new Error(`${path}: held-out files are never read`);
    return readLabelledQuestions(path);
  };
  if (set === 'development') {
    return read(join(projectRoot, 'eval', 'real-questions', 'train.yaml'))
      .filter((entry) => trainingPartOf(entry.source) === 'development')
      .map((entry) => entry.q);
  }
  // The 30 longest questions of real-questions/train.yaml: the long tail of a first turn's time.
  if (set === 'longest') return longestTrainingQuestions(projectRoot);
  const sample = read(join(sharedFolder(projectRoot), 'eval', 'sample-questions.yaml')).map((entry) => entry.q);
  if (set === 'sample') return sample;
  // The three longest sample questions: where the p99 is.
  if (set === 'long') return [...sample].sort((first, second) => second.length - first.length).slice(0, 3);
  // The sample questions with a character beyond ASCII (a phone's curly quotes and dashes): the Unicode paths.
  if (set === 'typographic') return sample.filter((text) => /[^\x00-\x7f]/.test(text));
  throw new Error(`unknown set ${set}: use sample, long, longest, typographic or development`);
}

function quantile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

function main(): void {
  const [baseFolder, newFolder = 'dist', set = 'sample', roundsText = '20'] = process.argv.slice(2);
  if (!baseFolder) throw new Error('usage: node dist/bench/compare-builds.js BASE_BUILD [NEW_BUILD] [sample|long|longest|typographic|development] [rounds]');
  const rounds = Number(roundsText);
  const projectRoot = loadConfig().projectRoot;
  const folders = [resolve(projectRoot, baseFolder), resolve(projectRoot, newFolder)];
  const builds = folders.map(loadBuild);
  const messages = [...new Set(texts(projectRoot, set))];

  const differing = messages.filter((text) => {
    const [base, changed] = builds.map((classify) => classify(text));
    return base.route !== changed.route || base.intent !== changed.intent || base.confidence !== changed.confidence;
  });
  for (let call = 0; call < warmUpCalls; call += messages.length) for (const text of messages) for (const classify of builds) classify(text);

  // times[build][message]: one time per round, in µs.
  const times = builds.map(() => messages.map((): number[] => []));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    messages.forEach((text, index) => {
      for (const build of order) {
        const start = process.hrtime.bigint();
        builds[build](text);
        times[build][index].push(Number(process.hrtime.bigint() - start) / 1000);
      }
    });
  }

  const medians = times.map((byMessage) => byMessage.map((samples) => quantile(samples, 0.5)));
  const ratios = messages.map((_, index) => medians[1][index] / medians[0][index]);
  const load = loadavg().map((value) => value.toFixed(1)).join(' ');
  process.stdout.write(`${messages.length} messages (${set}) × ${rounds} rounds, load ${load}; µs per whole first turn\n`);
  ['base', 'new'].forEach((name, build) => {
    const all = times[build].flat();
    process.stdout.write(`${name.padEnd(5)} ${folders[build].padEnd(50)} median ${quantile(all, 0.5).toFixed(1).padStart(7)}  p99 ${quantile(all, 0.99).toFixed(1).padStart(8)}\n`);
  });
  process.stdout.write(`new / base, median over messages of the ratio of their medians: ${quantile(ratios, 0.5).toFixed(3)} (quartiles ${quantile(ratios, 0.25).toFixed(3)}-${quantile(ratios, 0.75).toFixed(3)})\n`);
  process.stdout.write(`classified differently (route, intent or confidence): ${differing.length} of ${messages.length}\n`);
}

main();
