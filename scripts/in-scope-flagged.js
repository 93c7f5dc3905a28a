#!/usr/bin/env node
// Every in-scope question of a real-questions file (a seed intent's label, not out of scope, off topic or small
// talk) that latch sends to red-flag triage, with what fired: the rule (its id) or the learned safety check
// (`check.<row>`) and the level, so false alarms can be grouped by kind and a change weighed on each file
// (issues 11 and 12: in-scope questions flagged as urgent ≤ 1 %). The held-out files are never read.
// Run after `npm run build`:
//   node scripts/in-scope-flagged.js [FILE ...] [--list] [--json OUT]
// With no FILE: every training file of eval/real-questions/ (train.yaml and the train-*.yaml kept as data).
'use strict';
const { writeFileSync } = require('node:fs');
const { basename, join } = require('node:path');
const { distModule, readArguments, trainingNames } = require('./script-engine');
const { loadConfig } = distModule('config');
const { buildEngine } = distModule('app', 'build-engine');
const { initialConversationState } = distModule('engine', 'turn-types');
const { readLabelledQuestions } = distModule('evaluation', 'labelled-questions');

const questionsFolder = join(__dirname, '..', 'eval', 'real-questions');
const { list, jsonPath, files } = readArguments(process.argv.slice(2), questionsFolder, trainingNames(questionsFolder));

// The same split as latch eval: these labels are not in scope.
const notInScope = new Set(['OUT_OF_SCOPE', 'OFF_TOPIC', 'SMALLTALK', 'RED_FLAG']);
const engine = buildEngine(loadConfig({}));
// A fixed time: the answer to a first message does not depend on it, and runs stay comparable.
const timestamp = '2026-01-01T12:00:00.000Z';
const report = {};
for (const path of files) {
  const name = basename(path, '.yaml');
  let inScope = 0;
  const flagged = [];
  for (const question of readLabelledQuestions(path)) {
    if (notInScope.has(question.label)) continue;
    inScope++;
    const { trace } = engine.respond({ text: question.q, timestamp }, initialConversationState());
    if (trace.route !== 'red_flag' || !trace.redFlag) continue;
    flagged.push({ fired: trace.redFlag.ruleId, level: trace.redFlag.level, label: question.label, q: question.q });
  }
  report[name] = { inScope, flagged };
  const byFired = {};
  for (const item of flagged) byFired[item.fired] = (byFired[item.fired] ?? 0) + 1;
  console.log(`${name}: in scope flagged ${flagged.length}/${inScope} (${((100 * flagged.length) / inScope).toFixed(1)} %)`);
  for (const [fired, count] of Object.entries(byFired).sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(3)}  ${fired}`);
  if (list) for (const item of flagged) console.log(`    [${item.fired} ${item.level}] (${item.label}) ${item.q}`);
}
if (jsonPath) writeFileSync(jsonPath, JSON.stringify(report, null, 2));
