// What the corpus scripts (red-flag-near-misses.js, in-scope-flagged.js) share: the built engine's modules
// from dist/ with a clear message when it is not built, and the command line's files, --list and --json OUT,
// refusing a held-out corpus (the coordinator only evaluates those, with `npx latch eval`).
'use strict';
const { existsSync } = require('node:fs');
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

module.exports = { distModule, readArguments };
