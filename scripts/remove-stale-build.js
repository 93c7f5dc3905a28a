#!/usr/bin/env node
// Runs before every build (npm's prebuild). tsc writes outputs but never removes one whose source was moved or
// deleted, and a stale output can shadow the new code: dist/src/config.js would be loaded for require('../config')
// ahead of dist/src/config/index.js. So every compiled file whose .ts source is gone is removed first; the
// rest of dist/ stays, so the incremental build keeps its speed.
'use strict';
const { existsSync, readdirSync, rmSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const outputSuffixes = ['.js.map', '.d.ts.map', '.d.ts', '.js'];

function sourceOf(outputPath) {
  const suffix = outputSuffixes.find((ending) => outputPath.endsWith(ending));
  return suffix && join(root, relative(dist, outputPath).slice(0, -suffix.length) + '.ts');
}

function removeStale(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) removeStale(path);
    else {
      const source = sourceOf(path);
      if (source && !existsSync(source)) rmSync(path);
    }
  }
}

if (existsSync(dist)) removeStale(dist);
