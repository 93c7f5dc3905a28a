#!/usr/bin/env node
// Issue 11's experiment: do the net's out-of-fold probabilities tell the near misses a rule flags from the red
// flags a rule catches? Reads the JSON lines of `scripts/red-flag-cv.js --dump FILE` (each held item with the
// rule that fired, if any, and the fold's net's probability for each row) and prints, for each threshold on
// the net's "no red flag" probability (and on 1 minus the fired rule's row's probability), the rule-fired near
// misses that would be spared against the rule-fired red flags that would be lost, by row and level. Emergency
// and crisis rules are shown apart: a change may never spare them. With --questions FILE (a real-questions file)
// it also reads the in-scope questions a rule flags there, with the net the engine itself trains (rule-flagged
// questions are never learnt as ordinary, so these are questions it never saw). The held-out files are never read.
// Run after `npm run build`:
//   node scripts/rule-fired-separation.js DUMP [--questions FILE] [--thresholds 0.5,0.6,...] [--list T]
'use strict';
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { distModule } = require('./script-engine');

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const valued = new Set(['--questions', '--thresholds', '--list'].flatMap((name) => (argv.includes(name) ? [argv.indexOf(name) + 1] : [])));
const dumpPath = argv.find((arg, index) => !arg.startsWith('--') && !valued.has(index));
if (!dumpPath) {
  console.error('usage: node scripts/rule-fired-separation.js DUMP [--questions FILE] [--thresholds 0.5,0.6] [--list T]');
  process.exit(2);
}
for (const path of [dumpPath, option('--questions')]) if (path && /held-?out/i.test(path)) throw new Error(`${path}: a held-out file is never used for tuning`);
const thresholds = (option('--thresholds') ?? '0.3,0.4,0.5,0.6,0.7,0.8,0.9,0.95,0.98,0.99').split(',').map(Number);
const listAt = option('--list') === undefined ? undefined : Number(option('--list'));

const none = '(none)';
// The rules a change may spare: never an emergency, never a crisis line.
const spareable = (rule) => rule.level !== 'emergency' && !rule.message.startsWith('crisis');
const items = readFileSync(dumpPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .filter((item) => item.rule)
  .map((item) => ({ ...item, none: item.probabilities[none], ruleRowShare: item.probabilities[item.rule.row] ?? 0 }));

/** Two scores for "the rule is wrong here": the net's no-red-flag probability, and 1 minus the rule's row's. */
const scores = {
  'P(no red flag)': (item) => item.none,
  '1 - P(rule row)': (item) => 1 - item.ruleRowShare,
};

function curve(label, subset) {
  const nearMisses = subset.filter((item) => item.label !== 'RED_FLAG');
  const redFlags = subset.filter((item) => item.label === 'RED_FLAG');
  console.log(`\n${label}: ${nearMisses.length} near misses and ${redFlags.length} red flags a rule flags on the folds`);
  for (const [name, score] of Object.entries(scores)) {
    console.log(`  by ${name}: threshold  near misses spared | red flags lost (by row and level)`);
    for (const threshold of thresholds) {
      const spared = nearMisses.filter((item) => score(item) >= threshold).length;
      const lost = redFlags.filter((item) => score(item) >= threshold);
      const byRow = tallyOf(lost.map((item) => `${item.row} ${item.level}`));
      console.log(`    ${String(threshold).padEnd(5)} ${String(spared).padStart(4)}/${nearMisses.length} | ${String(lost.length).padStart(4)}/${redFlags.length}  ${byRow}`);
    }
    // The highest score any red flag has: above it a threshold loses none.
    const highest = Math.max(...redFlags.map(score));
    const above = nearMisses.filter((item) => score(item) > highest).length;
    console.log(`    the highest red flag scores ${highest.toFixed(4)}; near misses above it: ${above}`);
    // A threshold set just above the highest red flag is fitted to these very items. Chosen on the other
    // folds and applied to the held one, it shows what such a threshold does on items it was not set on.
    const folds = [...new Set(subset.map((item) => item.fold))].sort();
    let nestedSpared = 0;
    const nestedLost = [];
    for (const fold of folds) {
      const chosen = Math.max(...redFlags.filter((item) => item.fold !== fold).map(score));
      nestedSpared += nearMisses.filter((item) => item.fold === fold && score(item) > chosen).length;
      nestedLost.push(...redFlags.filter((item) => item.fold === fold && score(item) > chosen));
    }
    console.log(`    set above the other folds' highest red flag, per held fold: near misses spared ${nestedSpared}/${nearMisses.length}, red flags lost ${nestedLost.length} ${tallyOf(nestedLost.map((item) => `${item.row} ${item.level} (${score(item).toFixed(4)})`))}`);
  }
}

function tallyOf(keys) {
  const counts = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, count]) => `${key} ${count}`)
    .join(', ');
}

console.log(`${dumpPath}: ${items.length} rule-fired items`);
curve('rules a change could spare (urgent today, soon)', items.filter((item) => spareable(item.rule)));
curve('emergency and crisis rules (never spared; for comparison)', items.filter((item) => !spareable(item.rule)));
for (const level of ['urgent_today', 'soon']) curve(`rules of level ${level}`, items.filter((item) => spareable(item.rule) && item.rule.level === level));
if (listAt !== undefined) {
  for (const item of items.filter((candidate) => spareable(candidate.rule) && candidate.none >= listAt).sort((a, b) => b.none - a.none)) {
    console.log(`  ${item.label === 'RED_FLAG' ? 'RED FLAG' : 'near miss'} ${item.none.toFixed(3)} ${item.rule.ruleId} (${item.row ?? '-'} ${item.level ?? ''})`);
  }
}

const questionsPath = option('--questions');
if (questionsPath) {
  const { loadConfig } = distModule('config');
  const { loadContent } = distModule('app', 'load-content');
  const { buildRuleTriage } = distModule('app', 'build-rule-triage');
  const { cachedSafetyNet } = distModule('app', 'cached-safety-net');
  const { readLabelledQuestions } = distModule('evaluation', 'labelled-questions');
  const config = loadConfig({});
  const content = loadContent(config);
  const rules = buildRuleTriage(content);
  const net = cachedSafetyNet(config, content, rules);
  const notInScope = new Set(['OUT_OF_SCOPE', 'OFF_TOPIC', 'SMALLTALK', 'RED_FLAG', 'NEAR_MISS']);
  const questions = readLabelledQuestions(resolve(questionsPath)).filter((question) => !notInScope.has(question.label));
  const fired = [];
  for (const question of questions) {
    const recognition = rules.recogniser.recognise(question.q);
    const rule = rules.triageRecognition(recognition, {});
    if (!rule) continue;
    const verdict = net.assess(recognition);
    fired.push({ rule, none: verdict.probabilityNone, ruleRowShare: verdict.probabilities[net.rowNames.indexOf(rule.row)] ?? 0 });
  }
  const spareableFired = fired.filter((item) => spareable(item.rule));
  console.log(`\n${questionsPath}: ${questions.length} in-scope questions, ${fired.length} flagged by a rule (${spareableFired.length} urgent today or soon)`);
  for (const [name, score] of Object.entries(scores)) {
    console.log(`  by ${name}: threshold  spared (urgent today or soon), by rule`);
    for (const threshold of thresholds) {
      const spared = spareableFired.filter((item) => score(item) >= threshold);
      console.log(`    ${String(threshold).padEnd(5)} ${String(spared.length).padStart(4)}/${spareableFired.length}  ${tallyOf(spared.map((item) => item.rule.ruleId))}`);
    }
  }
}
