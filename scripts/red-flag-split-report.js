#!/usr/bin/env node
// How the red-flag rules and the learned net do on a development part of the training corpus that the
// net did not learn from. The corpus is split by source site with a second hash of siteOf (not the
// held-out split's), so no site is on both sides. Run after `npm run build`:
//   node scripts/red-flag-split-report.js [eval/red-flags/train.yaml] [--details]
'use strict';
const { createHash } = require('node:crypto');
const { join } = require('node:path');
const { siteOf } = require('./source-split');
const dist = join(__dirname, '..', 'dist', 'src');
const { loadConfig } = require(join(dist, 'config'));
const { buildRuleTriage } = require(join(dist, 'app', 'build-rule-triage'));
const { netOrdinaryPhrasings } = require(join(dist, 'app', 'cached-safety-net'));
const { loadContent } = require(join(dist, 'app', 'load-content'));
const { readRedFlagCorpus } = require(join(dist, 'safety', 'red-flag-corpus'));
const { SafetyNet } = require(join(dist, 'safety', 'safety-net'));
const { netExamples, safetyCheckFlag } = require(join(dist, 'safety', 'safety-check'));
const { isNegated } = require(join(dist, 'safety', 'is-negated'));

const args = process.argv.slice(2);
const details = args.includes('--details');
// --net-only: the net's own recall and false alarms, as if no rule existed (how well it generalises).
const netOnly = args.includes('--net-only');
const corpusPath = args.find((arg) => !arg.startsWith('--')) ?? join(__dirname, '..', 'eval', 'red-flags', 'train.yaml');
const devSetPath = join(__dirname, '..', 'eval', 'red-flags', 'dev.yaml');

/** About 30 % of sites go to the development part; the salt keeps this split apart from the held-out one. */
function partOf(entry) {
  let site = 'no-source';
  try {
    site = siteOf(entry.source);
  } catch {}
  return createHash('sha256').update(`latch-dev-split:${site}`).digest()[0] < 77 ? 'development' : 'fitting';
}

const config = loadConfig({});
const content = loadContent(config);
const rules = buildRuleTriage(content);
const corpus = readRedFlagCorpus(corpusPath);
const devSet = readRedFlagCorpus(devSetPath);
const fitting = corpus.filter((entry) => partOf(entry) === 'fitting');
const development = corpus.filter((entry) => partOf(entry) === 'development');
const examples = netExamples(content.safetyRules, [...fitting, ...devSet], netOrdinaryPhrasings(config, content).filter((text) => !rules(text, [], {})));
const net = SafetyNet.train(examples, rules.recogniser);
const rank = { crisis: 0, emergency: 0, urgent_today: 1, soon: 2 };

function score(entries, threshold) {
  const result = { redFlags: 0, byRule: 0, caught: 0, under: 0, nearMisses: 0, flagged: 0, rows: {}, misses: [], alarms: [], unders: [] };
  for (const entry of entries) {
    const ruleFlag = netOnly ? undefined : rules(entry.q, [], {});
    const verdict = ruleFlag ? undefined : net.assess(rules.recogniser.recognise(entry.q));
    const recognition = rules.recogniser.recognise(entry.q);
    const decided = verdict && (content.safetyRules.safety_check.numbers_decide[verdict.row] ?? []).some((kind) => (kind === 'age' ? recognition.ageDays !== undefined : recognition.quantities.some((quantity) => quantity.kind === kind)));
    const exceptions = verdict ? content.safetyRules.rules.filter((rule) => rule.row === verdict.row).flatMap((rule) => rule.unless ?? []) : [];
    const excepted = exceptions.some((name) => (recognition.concepts.get(name) ?? []).some((span) => !isNegated(recognition, span)));
    const leftToDialog = excepted || (verdict && content.safetyRules.safety_check.left_to_dialogs.includes(verdict.row));
    const check = verdict && !decided && !leftToDialog ? safetyCheckFlag(content.safetyRules, verdict.row) : undefined;
    const limit = check && check.level === 'soon' ? Math.min(threshold, content.safetyRules.safety_check.soon_threshold) : threshold;
    const flag = ruleFlag ?? (verdict && verdict.probabilityNone < limit ? check : undefined);
    if (entry.label === 'RED_FLAG') {
      result.redFlags++;
      const row = (result.rows[entry.row] ??= { total: 0, caught: 0 });
      row.total++;
      if (flag) {
        result.caught++;
        row.caught++;
        if (ruleFlag) result.byRule++;
        if (rank[flag.level] > rank[entry.level]) {
          result.under++;
          result.unders.push(`${entry.row} ${entry.level} got ${flag.level} (${flag.ruleId}): ${entry.q}`);
        }
      } else result.misses.push(`${entry.row} ${entry.level} (none ${verdict ? verdict.probabilityNone.toFixed(2) : ''} ${verdict ? verdict.row : ''}): ${entry.q}`);
    } else {
      result.nearMisses++;
      if (flag) {
        result.flagged++;
        result.alarms.push(`${flag.ruleId} ${flag.level}: ${entry.q}`);
      }
    }
  }
  return result;
}

const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);
console.log(`corpus ${corpusPath}: ${corpus.length} entries; fitting part ${fitting.length}, development part ${development.length} (split by site)`);
for (const [name, entries] of [['development', development], ['fitting', fitting]]) {
  console.log(`\n${name} part:`);
  for (const threshold of [0, 0.2, 0.3, 0.4, 0.5, 0.6]) {
    const result = score(entries, threshold);
    const worstRow = Object.entries(result.rows).map(([row, tally]) => [row, tally.caught / tally.total]).sort((a, b) => a[1] - b[1])[0];
    console.log(
      `  threshold ${threshold.toFixed(1)}: recall ${result.caught}/${result.redFlags} ${percent(result.caught, result.redFlags)} (rules alone ${percent(result.byRule, result.redFlags)}), ` +
        `under-escalated ${result.under}, near misses flagged ${result.flagged}/${result.nearMisses} ${percent(result.flagged, result.nearMisses)}, worst row ${worstRow ? `${worstRow[0]} ${percent(worstRow[1], 1)}` : 'n/a'}`,
    );
  }
  if (details) {
    const result = score(entries, content.safetyRules.safety_check.threshold);
    console.log('  rows:', Object.entries(result.rows).map(([row, tally]) => `${row} ${tally.caught}/${tally.total}`).join(', '));
    for (const miss of result.misses) console.log('  MISS', miss);
    for (const under of result.unders) console.log('  UNDER', under);
    for (const alarm of result.alarms) console.log('  ALARM', alarm);
  }
}
