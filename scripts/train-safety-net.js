#!/usr/bin/env node
// Trains the learned safety net (and the near-miss model) once and keeps it in node_modules/.cache/latch, so that every engine built
// afterwards (each test file, each start) reads it instead of training for seconds. `npm test` runs this
// first (through scripts/prepare-tests.js); it needs the compiled dist/ that `npm install` / `npm ci` builds.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist', 'src');
if (!existsSync(join(dist, 'app', 'cached-safety-net.js'))) {
  console.error('dist/ is not built; the safety net will be trained by the first engine instead.');
  process.exit(0);
}
const { loadConfig } = require(join(dist, 'config'));
const { buildRuleTriage } = require(join(dist, 'app', 'build-rule-triage'));
const { loadOrTrainSafetyNet } = require(join(dist, 'app', 'cached-safety-net'));
const { cachedNearMissScorer } = require(join(dist, 'app', 'cached-near-miss-model'));
const { loadContent } = require(join(dist, 'app', 'load-content'));
const config = loadConfig({});
const content = loadContent(config);
const started = Date.now();
const rules = buildRuleTriage(content);
const { key } = loadOrTrainSafetyNet(config, content, rules);
// The near-miss model (safety_check.near_miss) has a cache of its own beside it, keyed by the net's key.
cachedNearMissScorer(config, content, rules, key);
console.error(`safety net and near-miss model ready in ${Date.now() - started} ms (node_modules/.cache/latch)`);
