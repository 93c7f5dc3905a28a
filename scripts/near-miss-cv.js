#!/usr/bin/env node
// How sure the near-miss model (safety_check.near_miss, src/safety/near-miss-gate.ts) must be: the files it
// learns (safety_check.corpus and near_miss.corpus), one left out at a time. The model learns the others' messages
// that a rule flags on an eligible row (red flags and near misses) with the engine's own settings, and scores the
// file left out. For each threshold it prints how many near misses it would let go and which red flags it would
// lose (their rules), for all rules and for the rules of each level (near_miss.by_level), and, with the model
// learnt on every file, the same for each --extra file (a labelled red-flag file it never learnt). The rules stay
// as they are. The held-out corpora are never read here. Run after `npm run build`:
//   node scripts/near-miss-cv.js [--thresholds 0.95,0.98,0.99] [--extra eval/red-flags/train-26.yaml ...]
'use strict';
const { resolve, basename } = require('node:path');
const dist = resolve(__dirname, '..', 'dist', 'src');
const { loadConfig } = require(`${dist}/config`);
const { loadContent } = require(`${dist}/app/load-content`);
const { buildRuleTriage } = require(`${dist}/app/build-rule-triage`);
const { nearMissCorpus, nearMissLessons, trainingSettings } = require(`${dist}/app/cached-near-miss-model`);
const { nearMissBar } = require(`${dist}/safety/near-miss-gate`);
const { readRedFlagCorpus } = require(`${dist}/safety/red-flag-corpus`);
const { HashedLogisticRegression } = require(`${dist}/nlu/hashed-logistic-regression`);

const argumentsGiven = process.argv.slice(2);
const valuesOf = (flag) => argumentsGiven.flatMap((value, index) => (argumentsGiven[index - 1] === flag ? [value] : []));
const thresholds = (valuesOf('--thresholds')[0] ?? '0.9,0.95,0.98,0.99,0.995').split(',').map(Number);
const extras = valuesOf('--extra');
if (extras.some((path) => /held-out/.test(path))) throw new Error('held-out files are never read here');

const config = loadConfig({});
const content = loadContent(config);
const rules = buildRuleTriage(content);
const file = content.safetyRules;
const lessonsOf = (path) => nearMissLessons(file, readRedFlagCorpus(path), rules);
const folds = nearMissCorpus(file).map((relativePath) => lessonsOf(resolve(config.contentDirectory, relativePath)));

const levelOf = new Map(file.rules.map((rule) => [rule.id, rule.level]));
const setting = file.safety_check.near_miss;

/** Lessons with their probabilities → a line per threshold, for all rules and for the rules of each level. */
function report(title, scored) {
  const nearMisses = scored.filter((entry) => entry.lesson.positive).length;
  process.stdout.write(`${title}: ${scored.length - nearMisses} red flags and ${nearMisses} near misses flagged on eligible rows\n`);
  const line = (label, entries, threshold) => {
    const letGo = entries.filter((entry) => entry.probability >= threshold);
    const lost = letGo.filter((entry) => !entry.lesson.positive);
    return `  ${label}at ${threshold}: ${letGo.length - lost.length} near misses let go, ${lost.length} red flags lost${lost.length ? ` (${lost.map((entry) => entry.lesson.ruleId).join(', ')})` : ''}\n`;
  };
  for (const threshold of thresholds) process.stdout.write(line('', scored, threshold));
  for (const level of new Set(scored.map((entry) => levelOf.get(entry.lesson.ruleId)))) {
    const entries = scored.filter((entry) => levelOf.get(entry.lesson.ruleId) === level);
    const flagged = entries.filter((entry) => entry.lesson.positive).length;
    process.stdout.write(`  ${level} rules (${entries.length - flagged} red flags, ${flagged} near misses):\n`);
    for (const threshold of thresholds) process.stdout.write(line('  ', entries, threshold));
  }
  if (setting) {
    const letGo = scored.filter((entry) => entry.probability >= nearMissBar(setting, levelOf.get(entry.lesson.ruleId)));
    const lost = letGo.filter((entry) => !entry.lesson.positive);
    process.stdout.write(`  at the engine's setting: ${letGo.length - lost.length} near misses let go, ${lost.length} red flags lost\n`);
  }
}

const scored = [];
folds.forEach((held, index) => {
  const model = HashedLogisticRegression.train(folds.filter((_, other) => other !== index).flat(), trainingSettings);
  for (const lesson of held) scored.push({ lesson, probability: model.probability(lesson.text, lesson.tokens) });
});
report(`The ${folds.length} corpus files, one left out at a time`, scored);
if (extras.length > 0) {
  const model = HashedLogisticRegression.train(folds.flat(), trainingSettings);
  for (const path of extras) report(`${basename(path)}, never learnt`, lessonsOf(resolve(path)).map((lesson) => ({ lesson, probability: model.probability(lesson.text, lesson.tokens) })));
}
process.stdout.write(`The engine lets go at ${setting ? JSON.stringify(setting) : '(near_miss is off)'} (safety.yaml, safety_check.near_miss).\n`);
