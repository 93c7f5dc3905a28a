#!/usr/bin/env node
// Every near miss the whole system flags on the red-flag training files, with what fired: the rule (its id)
// or the learned safety check (`check.<row>`), the level, and the writer's note saying why it is no red flag.
// Also each file's red flags caught, under-escalated and near misses flagged, split by rules and check, so a
// change can be weighed on every file before it is kept (issue 11: no red flag may be lost). The held-out
// files are never read. Run after `npm run build`:
//   node scripts/red-flag-near-misses.js [FILE ...] [--list] [--json OUT]
// With no FILE: every training file of eval/red-flags/ (train.yaml, train-2, train-3, …, in order) and dev.yaml.
'use strict';
const { writeFileSync } = require('node:fs');
const { basename, join } = require('node:path');
const { distModule, readArguments, trainingNames } = require('./script-engine');
const { loadConfig } = distModule('config');
const { buildEngine } = distModule('app', 'build-engine');
const { initialConversationState } = distModule('engine', 'turn-types');
const { readRedFlagCorpus } = distModule('safety', 'red-flag-corpus');

const corpusDirectory = join(__dirname, '..', 'eval', 'red-flags');
const { list, jsonPath, files } = readArguments(process.argv.slice(2), corpusDirectory, [...trainingNames(corpusDirectory), 'dev']);

const engine = buildEngine(loadConfig({}));
const rank = { emergency: 0, urgent_today: 1, soon: 2 };
// A fixed time: the answer to a first message does not depend on it, and runs stay comparable.
const timestamp = '2026-01-01T12:00:00.000Z';
const report = { files: {}, byFired: {} };
for (const path of files) {
  const name = basename(path, '.yaml');
  const counts = { redFlags: 0, caught: 0, byRule: 0, byCheck: 0, under: 0, nearMisses: 0, flagged: 0, flaggedByRule: 0, flaggedByCheck: 0, raisedRight: 0, raisedOver: 0, raisedNear: 0 };
  const flaggedItems = [];
  // Red flags missed or under-escalated, so two runs can be compared item by item (a count can hide a swap).
  const missedItems = [];
  for (const entry of readRedFlagCorpus(path)) {
    const { trace } = engine.respond({ text: entry.q, timestamp }, initialConversationState());
    const flag = trace.route === 'red_flag' ? trace.redFlag : undefined;
    const byCheck = flag?.certain === false;
    // A rule's level the net raised to an emergency (safety_check.raise): right for an emergency red flag, over
    // for one labelled lower, and a near miss raised.
    if (flag?.ruleId.startsWith('raise.')) counts[entry.label !== 'RED_FLAG' ? 'raisedNear' : entry.level === 'emergency' ? 'raisedRight' : 'raisedOver']++;
    if (entry.label === 'RED_FLAG') {
      counts.redFlags++;
      if (!flag) {
        missedItems.push({ q: entry.q, row: entry.row, level: entry.level });
        continue;
      }
      counts.caught++;
      counts[byCheck ? 'byCheck' : 'byRule']++;
      if (rank[flag.level] > rank[entry.level]) {
        counts.under++;
        missedItems.push({ q: entry.q, row: entry.row, level: entry.level, got: flag.level });
      }
    } else if (entry.label === 'NEAR_MISS') {
      counts.nearMisses++;
      if (!flag) continue;
      counts.flagged++;
      counts[byCheck ? 'flaggedByCheck' : 'flaggedByRule']++;
      const fired = flag.ruleId;
      flaggedItems.push({ fired, level: flag.level, q: entry.q, note: entry.note ?? '' });
      const tally = (report.byFired[`${fired} (${flag.level})`] ??= { total: 0, files: {} });
      tally.total++;
      tally.files[name] = (tally.files[name] ?? 0) + 1;
    }
  }
  report.files[name] = { ...counts, flaggedItems, missedItems };
  const share = (part, whole) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`);
  console.log(
    `${name}: red flags ${counts.caught}/${counts.redFlags} (rules ${counts.byRule}, check ${counts.byCheck}), under-escalated ${counts.under}; ` +
      `near misses flagged ${counts.flagged}/${counts.nearMisses} (${share(counts.flagged, counts.nearMisses)}; rules ${counts.flaggedByRule}, check ${counts.flaggedByCheck})` +
      (counts.raisedRight + counts.raisedOver + counts.raisedNear > 0 ? `; raised to emergency: ${counts.raisedRight} emergencies, ${counts.raisedOver} labelled lower, ${counts.raisedNear} near misses` : ''),
  );
}
console.log('\nnear misses flagged, by what fired:');
for (const [fired, tally] of Object.entries(report.byFired).sort((a, b) => b[1].total - a[1].total)) {
  console.log(`  ${String(tally.total).padStart(3)}  ${fired}  ${Object.entries(tally.files).map(([name, count]) => `${name} ${count}`).join(', ')}`);
}
if (list) {
  for (const [name, { flaggedItems }] of Object.entries(report.files)) {
    for (const item of flaggedItems) console.log(`\n[${name}] ${item.fired} (${item.level}): ${item.q}\n    note: ${item.note}`);
  }
}
if (jsonPath) writeFileSync(jsonPath, JSON.stringify(report, null, 1));
