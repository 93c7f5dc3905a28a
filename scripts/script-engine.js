// What the corpus scripts (red-flag-near-misses.js, in-scope-flagged.js) share: the built engine's modules
// from dist/ with a clear message when it is not built, and the command line's files, --list and --json OUT,
// refusing a held-out corpus (the coordinator only evaluates those, with `npx latch eval`).
'use strict';
const { existsSync, readdirSync } = require('node:fs');
const { join, resolve } = require('node:path');

const dist = join(__dirname, '..', 'dist', 'src');

/** A module of the built engine, e.g. distModule('app', 'build-engine'); exits with a hint when dist/ is missing. */
function distModule(...path) {
  if (!existsSync(join(dist, 'app', 'build-engine.js'))) {
    console.error('dist/ is not built: run `npm run build` first.');
    process.exit(2);
  }
  return require(join(dist, ...path));
}

/**
 * The training parts of a corpus folder ('train', 'train-2', …, or 'train-r', …), 'train' first and numbered parts
 * in their order: read from the folder, so each round's new part is counted without editing a list, and a part
 * appended to train.yaml when it is learnt drops out with its file.
 */
function trainingNames(directory) {
  const part = (name) => name.slice('train-'.length);
  const numbered = (name) => Number(part(name)) || 0;
  return readdirSync(directory)
    .filter((file) => /^train(-[a-z0-9]+)?\.yaml$/.test(file))
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort((first, second) => (first === 'train' ? -1 : second === 'train' ? 1 : numbered(first) - numbered(second) || part(first).localeCompare(part(second))));
}

/** The files named on the command line, or `defaultNames` in `directory`; with --list and --json OUT. */
function readArguments(argv, directory, defaultNames) {
  const list = argv.includes('--list');
  const jsonIndex = argv.indexOf('--json');
  const jsonPath = jsonIndex >= 0 ? argv[jsonIndex + 1] : undefined;
  const named = argv.filter((arg, index) => !arg.startsWith('--') && (jsonIndex < 0 || index !== jsonIndex + 1));
  const files = named.length > 0 ? named.map((path) => resolve(path)) : defaultNames.map((name) => join(directory, `${name}.yaml`));
  for (const path of files) if (/held-?out/i.test(path)) throw new Error(`${path}: a held-out corpus is only evaluated by the coordinator (npx latch eval); leave it out here`);
  return { list, jsonPath, files };
}

module.exports = { distModule, readArguments, trainingNames };
