#!/usr/bin/env node
// An honest estimate of the red-flag safety net: leave-sites-out cross-validation over the training
// corpora that safety.yaml's `safety_check.corpus` names (plus any --extra file). Every item with a source
// goes to one of --folds folds by a hash of its site, so a site's wording habits are never on both sides;
// the net is trained on the other folds (plus the items without a source and the frozen ordinary
// phrasings of safety_check.ordinary, as in the engine) and measured on the held fold. The rules stay as they are. The held-out
// corpora are never read here. Run after `npm run build`:
//   node scripts/red-flag-cv.js [--folds 5] [--extra FILE ...] [--train-extra FILE ...] [--measure-extra FILE ...] [--thresholds 0.3,0.4,0.5] [--details]
//        [--test FILE] [--net-details] [--l2 L] [--word-weight W] [--epochs E] [--near-miss-weight N] [--ordinary-share S] [--soon-threshold T]
//        [--crisis-doubt SHARE,NONE_BELOW | none] [--sure-over-numbers T] [--overrule-threshold T] [--alternative-share P] [--by-sentence T (the crisis row, sentence by sentence) [--by-sentence-minimum P]] [--row-threshold ROW=T ...]
//        [--sure-over-numbers-sweep T,T,... [--sweep-gated-only]] (at the file's threshold, each T with its gate and without it, against the run's setting)
//        [--net NAME=VALUE ...] (any SafetyNet training option, e.g. --net charGramWeight=0.3 --net neighbours=9)
//        [--ordinary-sentences | --no-ordinary-sentences] (learn each sentence of an ordinary phrasing of several too, or not)
//        [--ordinary-extra FILE ...] (a real-questions file whose in-scope questions are learnt as "no red flag" in
//        every fold, beside the knowledge base's phrasings; never measured, so runs with and without it score the same items)
//        [--drop-share P --drop-seed S] (each fold's net learns its training items but a share P of them, left out by a hash
//        of the text and S, never of the held fold: two runs with other S stand for two retrainings on slightly different data)
//        [--dump FILE] (a JSON line per held item at the file's threshold: its text, label, row, level, the rule's, the
//        check's, the check alone's and the bare net's flags, and the net's probability for each row, to weigh a
//        setting such as crisis_lean offline, or to count with scripts/net-churn.js the verdicts two trainings flip)
// --train-extra FILE is learnt like --extra (its sites out of the fold that holds them) but never measured, so
// two runs, with and without it, are scored on the very same items: what more training data alone changes.
// --measure-extra FILE is the other way round: measured in the fold that holds its sites but never learnt, so
// a run with it and a run with the same FILE as --extra are scored on the same, larger set of items.
// It prints, for each threshold: recall (by the rules, by the safety check), recall by row and level,
// under-escalations, near misses flagged (by the rules, by the check), and the check's own false alarms
// on ordinary questions it never learnt (the knowledge base's held-out `tests:` and the development split
// of the real-questions corpus).
// The rules were written with every training item in view, the held fold's too, so "with rules" measures
// the net only on what in-sample rules miss. The net alone is the truer figure for how it backs up the
// rules on writing nobody has seen: "check alone" is the safety check without deferring to a rule that
// read the sign and ruled it out (it still leaves numbers and dialog rows to the rules); "net alone" is the
// bare verdict (no red flag below the threshold), measured on every ordinary question, flagged by a rule or not.
'use strict';
const { createHash } = require('node:crypto');
const { existsSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { siteOf } = require('./source-split');
const dist = join(__dirname, '..', 'dist', 'src');
if (!existsSync(join(dist, 'app', 'cached-safety-net.js'))) {
  console.error('dist/ is not built: run `npm run build` first.');
  process.exit(2);
}
const { loadConfig } = require(join(dist, 'config'));
const { buildRuleTriage } = require(join(dist, 'app', 'build-rule-triage'));
const { netOrdinaryPhrasings } = require(join(dist, 'app', 'cached-safety-net'));
const { loadContent } = require(join(dist, 'app', 'load-content'));
const { readRedFlagCorpus } = require(join(dist, 'safety', 'red-flag-corpus'));
const { SafetyNet } = require(join(dist, 'safety', 'safety-net'));
const { netExamples, createSafetyCheck, createLevelRaise, conceptRowsOf, safetyCheckFlag } = require(join(dist, 'safety', 'safety-check'));
const { readDevelopmentQuestions } = require(join(dist, 'evaluation', 'read-development-questions'));

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}
function options(name) {
  const values = [];
  process.argv.forEach((arg, index) => {
    if (arg === name && index + 1 < process.argv.length) values.push(process.argv[index + 1]);
  });
  return values;
}
const folds = Number(option('--folds', '5'));
const details = process.argv.includes('--details');
const config = loadConfig({});
const content = loadContent(config);
const rules = buildRuleTriage(content);
const check = content.safetyRules.safety_check;
const settings = {
  ...check,
  near_miss_weight: Number(option('--near-miss-weight', String(check.near_miss_weight))),
  ordinary_share: Number(option('--ordinary-share', String(check.ordinary_share))),
  soon_threshold: Number(option('--soon-threshold', String(check.soon_threshold))),
  overrule_threshold: Number(option('--overrule-threshold', String(check.overrule_threshold ?? 0))),
  by_sentence: option('--by-sentence') ? { rows: ['mother-mental-health'], threshold: Number(option('--by-sentence')), whole_minimum: Number(option('--by-sentence-minimum', '0')) } : check.by_sentence,
  alternative_share: Number(option('--alternative-share', String(check.alternative_share ?? 1))),
  ordinary_sentences: process.argv.includes('--ordinary-sentences') ? true : process.argv.includes('--no-ordinary-sentences') ? false : check.ordinary_sentences,
  crisis_doubt: option('--crisis-doubt') === 'none' ? undefined : option('--crisis-doubt') ? { share: Number(option('--crisis-doubt').split(',')[0]), none_below: Number(option('--crisis-doubt').split(',')[1]) } : check.crisis_doubt,
  sure_over_numbers: Number(option('--sure-over-numbers', String(check.sure_over_numbers ?? 0))),
  // --raise-share S: the net's raise of a rule's level below emergency at S (none: off).
  raise: option('--raise-share') === 'none' ? undefined : option('--raise-share') ? { share: Number(option('--raise-share')) } : check.raise,
  row_thresholds: { ...check.row_thresholds, ...Object.fromEntries(options('--row-threshold').map((pair) => [pair.split('=')[0], Number(pair.split('=')[1])])) },
};
const file = { ...content.safetyRules, safety_check: settings };
// The net's own training settings, to compare: --l2 0.001 --word-weight 0.5 --epochs 20 --net members=3
// --net averagedEpochs=10 --net seed=12 (else safety_check's members and averaged_epochs and the code's defaults).
const netOptions = {
  ...(check.members === undefined ? {} : { members: check.members }),
  ...(check.averaged_epochs === undefined ? {} : { averagedEpochs: check.averaged_epochs }),
  ...Object.fromEntries([['--l2', 'l2'], ['--word-weight', 'wordWeight'], ['--epochs', 'epochs']].flatMap(([flag, key]) => (option(flag) === undefined ? [] : [[key, Number(option(flag))]]))),
  ...Object.fromEntries(options('--net').map((pair) => [pair.split('=')[0], Number(pair.split('=')[1])])),
};
const conceptRows = conceptRowsOf(content.safetyRules);
const thresholds = option('--thresholds', `${[0.2, 0.3, check.threshold, 0.5, 0.6].filter((value, index, all) => all.indexOf(value) === index).sort().join(',')}`)
  .split(',')
  .map(Number);

const safetyPath = join(config.contentDirectory, 'safety.yaml');
const corpusPaths = [...check.corpus.map((relative) => resolve(dirname(safetyPath), relative)), ...options('--extra').map((path) => resolve(path))];
for (const path of corpusPaths) if (/held-?out/i.test(path)) throw new Error(`${path}: a held-out corpus is never used for tuning; leave it out of --extra and safety_check.corpus`);
const trainOnlyPaths = options('--train-extra').map((path) => resolve(path));
for (const path of trainOnlyPaths) if (/held-?out/i.test(path)) throw new Error(`${path}: a held-out corpus is never used for tuning; leave it out of --train-extra`);
const measureOnlyPaths = options('--measure-extra').map((path) => resolve(path));
for (const path of measureOnlyPaths) if (/held-?out/i.test(path)) throw new Error(`${path}: a held-out corpus is never used for tuning; leave it out of --measure-extra`);
const entries = [
  // `learn: false` (train-9's third batch): measured in its fold like the rest, never learnt.
  ...corpusPaths.filter((path) => existsSync(path)).flatMap((path) => readRedFlagCorpus(path).map((entry) => ({ ...entry, file: path, measureOnly: entry.learn === false }))),
  ...trainOnlyPaths.flatMap((path) => readRedFlagCorpus(path).map((entry) => ({ ...entry, file: path, trainOnly: true }))),
  // Without a source an item would be trained on in every fold: a measured-only one has none to lose.
  ...measureOnlyPaths.flatMap((path) => readRedFlagCorpus(path).map((entry) => ({ ...entry, file: path, measureOnly: true }))).filter((entry) => entry.source),
];

function foldOf(entry) {
  if (!entry.source) return -1;
  let site;
  try {
    site = siteOf(entry.source);
  } catch {
    return -1;
  }
  return createHash('sha256').update(`latch-red-flag-cv:${site}`).digest().readUInt32BE(0) % folds;
}
for (const entry of entries) entry.fold = foldOf(entry);
// --test FILE: no folds; the net learns every corpus and is measured on FILE (a writer it never saw).
const testPath = option('--test');
if (testPath && /held-?out/i.test(testPath)) throw new Error(`${testPath}: a held-out corpus is never used for tuning`);
const testEntries = testPath ? readRedFlagCorpus(resolve(testPath)).map((entry) => ({ ...entry, fold: 0 })) : [];
if (testPath) for (const entry of entries) entry.fold = -1;
const foldCount = testPath ? 1 : folds;

// Ordinary questions the net never learns from: the held-out `tests:` and the real-questions development split.
const ordinaryTests = content.knowledgeBase.intents.flatMap((intent) => intent.tests.map((test) => test.text));
const realQuestionsPath = join(__dirname, '..', 'eval', 'real-questions', 'train.yaml');
const realDevelopment = existsSync(realQuestionsPath) ? readDevelopmentQuestions(realQuestionsPath).map((question) => question.q) : [];

const readings = new Map();
const read = (text) => {
  let reading = readings.get(text);
  if (!reading) readings.set(text, (reading = rules.recogniser.recognise(text)));
  return reading;
};
const ruleFlag = new Map();
const ruleOf = (text) => {
  if (!ruleFlag.has(text)) ruleFlag.set(text, rules.triageRecognition(read(text), {}));
  return ruleFlag.get(text);
};
// In-scope questions of a real-questions file learnt as ordinary, as a
// trial of teaching the net more of how parents ask (--ordinary-extra). Only ones no rule flags, as in the engine.
const { readLabelledQuestions } = require(join(dist, 'evaluation', 'labelled-questions'));
const ordinaryExtraPaths = options('--ordinary-extra').map((path) => resolve(path));
for (const path of ordinaryExtraPaths) if (/held-?out/i.test(path)) throw new Error(`${path}: a held-out corpus is never used for tuning; leave it out of --ordinary-extra`);
const notOrdinary = new Set(['RED_FLAG', 'NEAR_MISS', 'OUT_OF_SCOPE', 'OFF_TOPIC', 'SMALLTALK']);
const ordinaryExtra = ordinaryExtraPaths.flatMap((path) => readLabelledQuestions(path).filter((question) => !notOrdinary.has(question.label)).map((question) => question.q));
const ordinary = [...netOrdinaryPhrasings(config, content), ...ordinaryExtra].filter((text) => !ruleOf(text));

const rank = { crisis: 0, emergency: 0, urgent_today: 1, soon: 2 };
const blank = () => ({ rawCaught: 0, rawNear: 0, rawRows: {}, rawLevels: {}, rawUnder: 0, aloneRows: {}, rawOrdinaryFlagged: 0, rawOrdinaryTotal: 0, rawMisses: [], netCaught: 0, netNear: 0, netMisses: [], netAlarms: [], redFlags: 0, byRule: 0, byCheck: 0, under: 0, nearMisses: 0, nearByRule: 0, nearByCheck: 0, rows: {}, levels: {}, misses: [], alarms: [], unders: [], ordinaryFlagged: 0, ordinaryTotal: 0, ordinaryAlarms: [], ordinaryByRow: {}, rawOrdinaryByRow: {}, raisedUnder: 0, raisedOver: 0, raisedNear: 0, underBeforeRaise: 0, raises: [] });
const results = new Map(thresholds.map((threshold) => [threshold, blank()]));

// --sure-over-numbers-sweep: each value with the gate (only where the rules did not judge the row's numbers)
// and without it (as before the gate), measured against the run's own setting on the same nets.
const sweepValues = option('--sure-over-numbers-sweep') ? option('--sure-over-numbers-sweep').split(',').map(Number) : [];
const sweepVariants = [
  ...sweepValues.flatMap((value) => (process.argv.includes('--sweep-gated-only') ? [true] : [true, false]).map((gate) => ({ value, gate, name: `sure_over_numbers ${value}${gate ? ' gated' : ' ungated'}`, change: { sure_over_numbers: value } }))),
  // --variant JSON: any safety_check settings over the run's, e.g. '{"row_thresholds":{"baby-not-feeding":0.5}}' (merged into row_thresholds).
  ...options('--variant').map((json) => ({ gate: true, name: json, change: JSON.parse(json) })),
].map((variant) => ({ ...variant, caught: 0, under: 0, near: 0, aloneCaught: 0, aloneNear: 0, ordinary: 0, gained: [], lost: [], nearAdded: [], rows: {}, ordinaryAdded: [] }));
const dumpPath = option('--dump');
const dumpLines = [];
const started = Date.now();
const dropShare = Number(option('--drop-share', '0'));
const dropSeed = option('--drop-seed', '1');
const dropped = (entry) => dropShare > 0 && createHash('sha256').update(`latch-red-flag-drop:${dropSeed}:${entry.q}`).digest().readUInt32BE(0) / 2 ** 32 < dropShare;
for (let fold = 0; fold < foldCount; fold++) {
  const training = entries.filter((entry) => entry.fold !== fold && !entry.measureOnly && !dropped(entry));
  const held = testPath ? testEntries : entries.filter((entry) => entry.fold === fold && !entry.trainOnly);
  const net = SafetyNet.train(netExamples(file, training, ordinary), rules.recogniser, { read, conceptRows, ...netOptions });
  // The bare verdict: a red flag of its row when "no red flag" is below the threshold (the soon rows' lower).
  const rawFlag = (text, threshold) => {
    const verdict = net.assess(read(text));
    const flag = safetyCheckFlag(file, verdict.row);
    const limit = settings.row_thresholds[verdict.row] ?? (flag?.level === 'soon' ? Math.min(threshold, settings.soon_threshold) : threshold);
    return flag && verdict.probabilityNone < limit ? flag : undefined;
  };
  for (const threshold of thresholds) {
    const safetyCheck = createSafetyCheck(file, rules, net, threshold);
    const checkAlone = createSafetyCheck(file, rules, net, threshold, { rulesWeigh: false });
    const levelRaise = createLevelRaise(file, rules, net);
    const result = results.get(threshold);
    for (const entry of held) {
      const byRule = ruleOf(entry.q);
      // The check alone as well: the rules were written on these items, the net was not.
      const byCheck = safetyCheck(entry.q, {});
      // As in the engine's triage step: a crisis the net reads outranks a rule's "see someone soon".
      const crisisOverSoon = byRule?.level === 'soon' && byCheck?.message.startsWith('crisis');
      const found = crisisOverSoon ? byCheck : (byRule ?? byCheck);
      // As in the engine: a rule's flag below emergency, raised where the net reads an emergency row.
      const raised = found && found === byRule && found.level !== 'emergency' ? levelRaise?.(entry.q, found) : undefined;
      const flag = raised ?? found;
      if (entry.label === 'RED_FLAG' && found && rank[found.level] > rank[entry.level]) result.underBeforeRaise++;
      if (raised) {
        if (entry.label !== 'RED_FLAG') result.raisedNear++;
        else if (rank[found.level] > rank[entry.level]) result.raisedUnder++;
        else if (rank[raised.level] < rank[entry.level]) result.raisedOver++;
        result.raises.push(`${entry.label === 'RED_FLAG' ? `${entry.row} ${entry.level}` : 'NEAR_MISS'} ${found.ruleId} -> ${raised.ruleId}: ${entry.q}`);
      }
      const alone = checkAlone(entry.q, {});
      const raw = rawFlag(entry.q, threshold);
      if (dumpPath && threshold === check.threshold) {
        const verdict = net.assess(read(entry.q));
        const probabilities = Object.fromEntries(net.rowNames.map((row, label) => [row, Number(verdict.probabilities[label].toFixed(4))]));
        const brief = (found) => found && { ruleId: found.ruleId, level: found.level, message: found.message, row: found.row };
        dumpLines.push(JSON.stringify({ fold, file: entry.file, q: entry.q, label: entry.label, row: entry.row, level: entry.level, rule: brief(byRule), check: brief(byCheck), flag: brief(flag), alone: brief(alone), raw: brief(raw), probabilities }));
      }
      if (entry.label === 'RED_FLAG') {
        const aloneRow = (result.aloneRows[entry.row] ??= { total: 0, caught: 0 });
        const rawRow = (result.rawRows[entry.row] ??= { total: 0, caught: 0 });
        const rawLevel = (result.rawLevels[entry.level] ??= { total: 0, caught: 0 });
        aloneRow.total++;
        rawRow.total++;
        rawLevel.total++;
        if (alone) {
          result.netCaught++;
          aloneRow.caught++;
        } else result.netMisses.push(`${entry.row} ${entry.level}: ${entry.q}`);
        if (raw) {
          result.rawCaught++;
          rawRow.caught++;
          rawLevel.caught++;
          if (rank[raw.level] > rank[entry.level]) result.rawUnder++;
        } else result.rawMisses.push(`${entry.row} ${entry.level}: ${entry.q}`);
      } else {
        if (alone) {
          result.netNear++;
          result.netAlarms.push(`${alone.ruleId}: ${entry.q}`);
        }
        if (raw) result.rawNear++;
      }
      if (entry.label === 'RED_FLAG') {
        result.redFlags++;
        const row = (result.rows[entry.row] ??= { total: 0, caught: 0 });
        const level = (result.levels[entry.level] ??= { total: 0, caught: 0 });
        row.total++;
        level.total++;
        if (!flag) {
          result.misses.push(`${entry.row} ${entry.level}: ${entry.q}`);
          continue;
        }
        row.caught++;
        level.caught++;
        if (byRule) result.byRule++;
        else result.byCheck++;
        if (rank[flag.level] > rank[entry.level]) {
          result.under++;
          result.unders.push(`${entry.row} ${entry.level} got ${flag.level} (${flag.ruleId}): ${entry.q}`);
        }
      } else {
        result.nearMisses++;
        if (!flag) continue;
        if (byRule) result.nearByRule++;
        else result.nearByCheck++;
        result.alarms.push(`${flag.ruleId} ${flag.level}: ${entry.q}`);
      }
    }
  }
  for (const variant of sweepVariants) {
    const { row_thresholds: rowChange, ...change } = variant.change;
    const variantFile = { ...file, safety_check: { ...settings, ...change, row_thresholds: { ...settings.row_thresholds, ...rowChange } } };
    const variantCheck = createSafetyCheck(variantFile, rules, net, check.threshold, { numbersGate: variant.gate });
    const variantAlone = createSafetyCheck(variantFile, rules, net, check.threshold, { rulesWeigh: false, numbersGate: variant.gate });
    const baseCheck = createSafetyCheck(file, rules, net, check.threshold);
    const combined = (byRule, byCheck) => (byRule?.level === 'soon' && byCheck?.message.startsWith('crisis') ? byCheck : (byRule ?? byCheck));
    for (const entry of held) {
      const byRule = ruleOf(entry.q);
      const flag = combined(byRule, variantCheck(entry.q, {}));
      const before = combined(byRule, baseCheck(entry.q, {}));
      const alone = variantAlone(entry.q, {});
      if (entry.label === 'RED_FLAG') {
        const row = (variant.rows[entry.row] ??= { total: 0, caught: 0, alone: 0 });
        row.total++;
        if (alone) (variant.aloneCaught++, row.alone++);
        if (flag) (variant.caught++, row.caught++);
        if (flag && rank[flag.level] > rank[entry.level]) variant.under++;
        const worse = (found) => !found || rank[found.level] > rank[entry.level];
        if (worse(flag) && !worse(before)) variant.lost.push(`${entry.row} ${entry.level} got ${flag ? `${flag.level} (${flag.ruleId})` : 'nothing'}: ${entry.q}`);
        if (!worse(flag) && worse(before)) variant.gained.push(`${entry.row} ${entry.level} (${flag.ruleId}): ${entry.q}`);
      } else {
        if (alone) variant.aloneNear++;
        if (flag) variant.near++;
        if (flag && !before) variant.nearAdded.push(`${flag.ruleId}: ${entry.q}`);
      }
    }
    for (const text of [...ordinaryTests, ...realDevelopment]) {
      if (ruleOf(text)) continue;
      const flag = variantCheck(text, {});
      if (flag) variant.ordinary++;
      if (flag && !baseCheck(text, {})) variant.ordinaryAdded.push(`${flag.ruleId}: ${text}`);
    }
  }
  // The ordinary questions are measured with every fold's net: the figure is the mean over folds.
  for (const threshold of thresholds) {
    const safetyCheck = createSafetyCheck(file, rules, net, threshold);
    const result = results.get(threshold);
    for (const text of [...ordinaryTests, ...realDevelopment]) {
      result.rawOrdinaryTotal++;
      const raw = rawFlag(text, threshold);
      if (raw) {
        result.rawOrdinaryFlagged++;
        result.rawOrdinaryByRow[raw.row] = (result.rawOrdinaryByRow[raw.row] ?? 0) + 1;
      }
      if (ruleOf(text)) continue;
      result.ordinaryTotal++;
      const flag = safetyCheck(text, {});
      if (flag) {
        result.ordinaryFlagged++;
        result.ordinaryByRow[flag.row] = (result.ordinaryByRow[flag.row] ?? 0) + 1;
        if (fold === 0) result.ordinaryAlarms.push(`${flag.ruleId}: ${text}`);
      }
    }
  }
}

if (dumpPath) require('node:fs').writeFileSync(dumpPath, dumpLines.map((line) => `${line}\n`).join(''));
const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);
const sizes = Array.from({ length: folds }, (_, fold) => entries.filter((entry) => entry.fold === fold && !entry.trainOnly).length);
const unsourced = entries.filter((entry) => entry.fold === -1).length;
if (testPath) console.log(`measured on ${testPath} with a net trained on all of the corpora below`);
const shortPaths = (paths) => paths.map((path) => path.replace(`${resolve(__dirname, '..')}/`, '')).join(', ');
console.log(
  `leave-sites-out cross-validation, ${folds} folds over ${shortPaths(corpusPaths)}${trainOnlyPaths.length ? `; learnt, never measured: ${shortPaths(trainOnlyPaths)}` : ''}${measureOnlyPaths.length ? `; measured, never learnt: ${shortPaths(measureOnlyPaths)}` : ''}${ordinaryExtraPaths.length ? `; learnt as ordinary: ${ordinaryExtra.length} questions of ${shortPaths(ordinaryExtraPaths)}` : ''}`,
);
console.log(`  ${entries.length} items; fold sizes ${sizes.join(', ')}; ${unsourced} without a source (always trained on, never measured)${dropShare > 0 ? `; a share ${dropShare} of training items left out (drop seed ${dropSeed})` : ''}`);
console.log(`  net ${JSON.stringify(netOptions)}, near_miss_weight ${settings.near_miss_weight}, ordinary_share ${settings.ordinary_share}, ordinary_sentences ${Boolean(settings.ordinary_sentences)}, soon_threshold ${settings.soon_threshold}, overrule_threshold ${settings.overrule_threshold}, alternative_share ${settings.alternative_share}, by_sentence ${JSON.stringify(settings.by_sentence)}, crisis_doubt ${JSON.stringify(settings.crisis_doubt)}, sure_over_numbers ${settings.sure_over_numbers}, row_thresholds ${JSON.stringify(settings.row_thresholds)}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
const rulesOnlyRowsRecall = results.get(thresholds[0]);
console.log(`  rules alone: recall ${rulesOnlyRowsRecall.byRule}/${rulesOnlyRowsRecall.redFlags} ${percent(rulesOnlyRowsRecall.byRule, rulesOnlyRowsRecall.redFlags)}, near misses flagged ${rulesOnlyRowsRecall.nearByRule}/${rulesOnlyRowsRecall.nearMisses} ${percent(rulesOnlyRowsRecall.nearByRule, rulesOnlyRowsRecall.nearMisses)}`);
for (const threshold of thresholds) {
  const result = results.get(threshold);
  const caught = result.byRule + result.byCheck;
  const worst = Object.entries(result.rows).map(([row, tally]) => [row, tally.caught / tally.total]).sort((a, b) => a[1] - b[1])[0];
  console.log(
    `threshold ${threshold}: recall ${caught}/${result.redFlags} ${percent(caught, result.redFlags)} (check adds ${result.byCheck}), under-escalated ${result.under}, ` +
      `near misses flagged ${result.nearByRule + result.nearByCheck}/${result.nearMisses} ${percent(result.nearByRule + result.nearByCheck, result.nearMisses)} (check ${result.nearByCheck}), ` +
      `ordinary flagged by the check ${percent(result.ordinaryFlagged, result.ordinaryTotal)} of ${result.ordinaryTotal / foldCount}, worst row ${worst ? `${worst[0]} ${percent(worst[1], 1)}` : 'n/a'}`,
  );
  if (settings.raise) console.log(`    raised to emergency by the net (raise.share ${settings.raise.share}): ${result.raisedUnder} of ${result.underBeforeRaise} under-escalated red flags, over-escalated ${result.raisedOver} (urgent today or soon labelled), near misses raised ${result.raisedNear}`);
  console.log(`    the check alone (as if no rule fired): recall ${result.netCaught}/${result.redFlags} ${percent(result.netCaught, result.redFlags)}, near misses flagged ${result.netNear}/${result.nearMisses} ${percent(result.netNear, result.nearMisses)}`);
  const rawWorst = Object.entries(result.rawRows).map(([row, tally]) => [row, tally.caught / tally.total]).sort((a, b) => a[1] - b[1])[0];
  console.log(
    `    the net alone (bare verdict): recall ${result.rawCaught}/${result.redFlags} ${percent(result.rawCaught, result.redFlags)}, under-escalated ${result.rawUnder}, near misses flagged ${result.rawNear}/${result.nearMisses} ${percent(result.rawNear, result.nearMisses)}, ` +
      `ordinary flagged ${percent(result.rawOrdinaryFlagged, result.rawOrdinaryTotal)} of ${result.rawOrdinaryTotal / foldCount}, worst row ${rawWorst ? `${rawWorst[0]} ${percent(rawWorst[1], 1)}` : 'n/a'}`,
  );
}
const shown = results.get(thresholds.includes(check.threshold) ? check.threshold : thresholds[0]);
const tally = ({ caught, total }) => `${String(caught).padStart(4)}/${String(total).padEnd(4)} ${percent(caught, total).padStart(7)}`;
console.log(`\nat threshold ${thresholds.includes(check.threshold) ? check.threshold : thresholds[0]}, by row: with rules | check alone | net alone`);
for (const row of Object.keys(shown.rows).sort()) console.log(`  ${row.padEnd(24)} ${tally(shown.rows[row])} | ${tally(shown.aloneRows[row])} | ${tally(shown.rawRows[row])}`);
// Ordinary questions flagged, summed over the folds' nets (each fold's net reads every one of them).
const byRowCounts = (counts) => Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([row, count]) => `${row} ${count}`).join(', ') || 'none';
console.log(`ordinary questions flagged over ${foldCount} folds, by row: the check ${byRowCounts(shown.ordinaryByRow)}; the net alone ${byRowCounts(shown.rawOrdinaryByRow)}`);
console.log('by level: with rules | net alone');
for (const level of Object.keys(shown.levels).sort((a, b) => rank[a] - rank[b])) console.log(`  ${level.padEnd(24)} ${tally(shown.levels[level])} | ${tally(shown.rawLevels[level])}`);
for (const variant of sweepVariants) {
  console.log(
    `${variant.name}: with rules ${variant.caught} caught, under-escalated ${variant.under}, near misses flagged ${variant.near}; the check alone ${variant.aloneCaught} for ${variant.aloneNear}; ` +
      `ordinary flagged by the check over the folds ${variant.ordinary}; against the run's setting: ${variant.gained.length} red flags gained, ${variant.lost.length} lost or under-escalated, ${variant.nearAdded.length} near misses and ${variant.ordinaryAdded.length} ordinary questions added`,
  );
  console.log(`    by row (with rules | the check alone): ${Object.keys(variant.rows).sort().map((row) => `${row} ${variant.rows[row].caught}|${variant.rows[row].alone}`).join(', ')}`);
  if (details) {
    for (const line of variant.lost) console.log(`    LOST ${line}`);
    for (const line of variant.gained) console.log(`    GAINED ${line}`);
    for (const line of variant.nearAdded) console.log(`    NEAR ${line}`);
    for (const line of variant.ordinaryAdded) console.log(`    ORDINARY ${line}`);
  }
}
if (details) {
  for (const miss of shown.misses) console.log('MISS', miss);
  for (const under of shown.unders) console.log('UNDER', under);
  for (const raise of shown.raises) console.log('RAISED', raise);
  for (const alarm of shown.alarms) console.log('ALARM', alarm);
  for (const alarm of shown.ordinaryAlarms) console.log('ORDINARY', alarm);
  if (process.argv.includes('--net-details')) {
    for (const miss of shown.netMisses) console.log('NET MISS', miss);
    for (const alarm of shown.netAlarms) console.log('NET ALARM', alarm);
    for (const miss of shown.rawMisses) console.log('BARE NET MISS', miss);
  }
}
