#!/usr/bin/env node
// Leave-sites-out check of the red-flag rules and the learned net on the training corpus. The corpus is
// split by source site into folds (a hash of siteOf, salted apart from the held-out and development
// splits); each fold is scored by the rules and by a net trained without that fold's sites, so the net's
// part of the recall is measured on writing it never saw. The rules were written from the whole training
// corpus, so their share is in-sample unless a change was judged on a fold left out while writing it.
// Run after `npm run build`:
//   node scripts/red-flag-folds.js [CORPUS ...] [--folds 5] [--rows row1,row2] [--details] [--rules-only]
// CORPUS defaults to eval/red-flags/train.yaml; several files are pooled (each item keeps its site).
'use strict';
const { createHash } = require('node:crypto');
const { join } = require('node:path');
const { siteOf } = require('./source-split');
const dist = join(__dirname, '..', 'dist', 'src');
const { loadConfig } = require(join(dist, 'config'));
const { loadContent, buildRuleTriage, ordinaryPhrasings } = require(join(dist, 'build-engine'));
const { readRedFlagCorpus } = require(join(dist, 'safety', 'red-flag-corpus'));
const { SafetyNet } = require(join(dist, 'safety', 'safety-net'));
const { netExamples, safetyCheckFlag } = require(join(dist, 'safety', 'safety-check'));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const details = args.includes('--details');
const rulesOnly = args.includes('--rules-only');
const foldCount = Number(option('--folds', '5'));
const rowFilter = option('--rows', undefined)?.split(',');
const valueOptions = new Set(['--folds', '--rows']);
const corpusPaths = args.filter((arg, index) => !arg.startsWith('--') && !valueOptions.has(args[index - 1]));
if (corpusPaths.length === 0) corpusPaths.push(join(__dirname, '..', 'eval', 'red-flags', 'train.yaml'));
const devSetPath = join(__dirname, '..', 'eval', 'red-flags', 'dev.yaml');

function foldOf(entry) {
  let site = 'no-source';
  try {
    site = siteOf(entry.source);
  } catch {}
  return createHash('sha256').update(`latch-folds:${site}`).digest()[0] % foldCount;
}

const config = loadConfig(process.env);
const content = loadContent(config);
const rules = buildRuleTriage(content);
const corpus = corpusPaths.flatMap((path) => readRedFlagCorpus(path));
const devSet = readRedFlagCorpus(devSetPath);
const ordinary = ordinaryPhrasings(content.knowledgeBase, rules);
const rank = { crisis: 0, emergency: 0, urgent_today: 1, soon: 2 };
const threshold = content.safetyRules.safety_check.threshold;

function judge(net, entry) {
  const ruleFlag = rules(entry.q, [], {});
  if (ruleFlag || !net) return { flag: ruleFlag, byRule: Boolean(ruleFlag) };
  const recognition = rules.recogniser.recognise(entry.q);
  const verdict = net.assess(recognition);
  const decided = (content.safetyRules.safety_check.numbers_decide[verdict.row] ?? []).some((kind) => (kind === 'age' ? recognition.ageDays !== undefined : recognition.quantities.some((quantity) => quantity.kind === kind)));
  const exceptions = content.safetyRules.rules.filter((rule) => rule.row === verdict.row).flatMap((rule) => rule.unless ?? []);
  const excepted = exceptions.some((name) => (recognition.concepts.get(name) ?? []).some((span) => !rules.recogniser.isNegated(recognition, span)));
  const leftToDialog = excepted || content.safetyRules.safety_check.left_to_dialogs.includes(verdict.row);
  const check = !decided && !leftToDialog ? safetyCheckFlag(content.safetyRules, verdict.row) : undefined;
  const limit = check && check.level === 'soon' ? Math.min(threshold, content.safetyRules.safety_check.soon_threshold) : threshold;
  return { flag: check && verdict.probabilityNone < limit ? check : undefined, byRule: false };
}

const total = { redFlags: 0, caught: 0, byRule: 0, under: 0, nearMisses: 0, flagged: 0, alarmsByRule: 0, rows: {} };
const lines = [];
for (let fold = 0; fold < foldCount; fold++) {
  const held = corpus.filter((entry) => foldOf(entry) === fold);
  const rest = corpus.filter((entry) => foldOf(entry) !== fold);
  const net = rulesOnly ? undefined : SafetyNet.train(netExamples(content.safetyRules, [...rest, ...devSet], ordinary), rules.recogniser);
  for (const entry of held) {
    if (rowFilter && entry.label === 'RED_FLAG' && !rowFilter.includes(entry.row)) continue;
    const { flag, byRule } = judge(net, entry);
    if (entry.label === 'RED_FLAG') {
      total.redFlags++;
      const row = (total.rows[entry.row] ??= { total: 0, caught: 0, byRule: 0 });
      row.total++;
      if (flag) {
        total.caught++;
        row.caught++;
        if (byRule) {
          total.byRule++;
          row.byRule++;
        }
        if (rank[flag.level] > rank[entry.level]) {
          total.under++;
          lines.push(`  fold ${fold} UNDER ${entry.row} ${entry.level} got ${flag.level} (${flag.ruleId}): ${entry.q}`);
        }
      } else if (details) lines.push(`  fold ${fold} MISS ${entry.row} ${entry.level}: ${entry.q}`);
    } else {
      total.nearMisses++;
      if (flag) {
        total.flagged++;
        if (byRule) total.alarmsByRule++;
        if (details || byRule) lines.push(`  fold ${fold} ALARM ${flag.ruleId ?? ''} ${flag.level}${byRule ? '' : ' (net)'}: ${entry.q}`);
      }
    }
  }
}

const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);
console.log(`corpus ${corpusPaths.join(', ')}: ${corpus.length} entries in ${foldCount} folds by site${rulesOnly ? ' (rules only)' : ''}`);
console.log(`recall ${total.caught}/${total.redFlags} ${percent(total.caught, total.redFlags)} (by a rule ${total.byRule}), under-escalated ${total.under}, near misses flagged ${total.flagged}/${total.nearMisses} ${percent(total.flagged, total.nearMisses)} (by a rule ${total.alarmsByRule})`);
for (const [row, tally] of Object.entries(total.rows).sort()) console.log(`  ${row.padEnd(24)} ${String(tally.caught).padStart(3)}/${String(tally.total).padEnd(3)} ${percent(tally.caught, tally.total).padStart(7)}  (rules ${tally.byRule})`);
for (const line of lines) console.log(line);
