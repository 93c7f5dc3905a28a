#!/usr/bin/env node
// How many verdicts move between two trainings of the safety net that should not differ (another shuffle
// seed, a few ordinary phrasings more or fewer, a concept list edit that touches no item): compares two
// `scripts/red-flag-cv.js --dump` files item by item and counts, by row (the crisis row apart), the held
// items whose verdict flips, for the whole system (rule or check), the check alone and the bare net.
//   node scripts/net-churn.js FIRST.jsonl SECOND.jsonl [--details]
'use strict';
const { readFileSync } = require('node:fs');

const [firstPath, secondPath] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (!firstPath || !secondPath) {
  console.error('usage: node scripts/net-churn.js FIRST.jsonl SECOND.jsonl [--details]');
  process.exit(2);
}
const details = process.argv.includes('--details');
const read = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
const first = read(firstPath);
const second = read(secondPath);
if (first.length !== second.length) throw new Error(`${firstPath} has ${first.length} items, ${secondPath} ${second.length}: dump the same corpora and folds`);

// A flag left out of a dump line is no flag (JSON.stringify drops undefined). A verdict is caught or not, and for a caught red flag its level (an emergency read as "urgent today" moved too).
const verdictOf = (found) => (found ? found.level : '-');
const kinds = ['flag', 'alone', 'raw'];
const byRow = new Map();
const totals = Object.fromEntries(kinds.map((kind) => [kind, { flips: 0, lost: 0, gained: 0 }]));
const flipped = [];
first.forEach((one, position) => {
  const other = second[position];
  if (one.row !== other.row || one.label !== other.label || one.fold !== other.fold) throw new Error(`item ${position + 1} differs between the dumps: dump the same corpora and folds`);
  const row = one.label === 'RED_FLAG' ? one.row : `(${one.label.toLowerCase()})`;
  if (!byRow.has(row)) byRow.set(row, Object.fromEntries([['items', 0], ...kinds.map((kind) => [kind, 0])]));
  const counts = byRow.get(row);
  counts.items++;
  for (const kind of kinds) {
    const before = verdictOf(one[kind]);
    const after = verdictOf(other[kind]);
    if (before === after) continue;
    counts[kind]++;
    totals[kind].flips++;
    if (one.label === 'RED_FLAG') {
      if (after === '-') totals[kind].lost++;
      else if (before === '-') totals[kind].gained++;
    }
    if (kind === 'flag' || details) flipped.push(`  ${kind} ${row}: ${before} -> ${after} (no red flag ${one.probabilities['(none)']} -> ${other.probabilities['(none)']})`);
  }
});

const crisis = 'mother-mental-health';
console.log(`${first.length} held items; flips (whole system / check alone / bare net) by row:`);
const rows = [...byRow.keys()].sort((one, other) => (one === crisis ? -1 : other === crisis ? 1 : one.localeCompare(other)));
for (const row of rows) {
  const counts = byRow.get(row);
  if (kinds.every((kind) => counts[kind] === 0) && row !== crisis) continue;
  console.log(`  ${row.padEnd(32)} ${String(counts.items).padStart(5)} items: ${kinds.map((kind) => counts[kind]).join(' / ')}`);
}
for (const kind of kinds) console.log(`${kind}: ${totals[kind].flips} flips (red flags lost ${totals[kind].lost}, gained ${totals[kind].gained})`);
if (flipped.length) console.log(flipped.join('\n'));
