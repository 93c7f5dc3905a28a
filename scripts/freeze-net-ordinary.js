#!/usr/bin/env node
// Writes the frozen file of ordinary phrasings the safety net learns as "no red flag" (safety_check.ordinary in
// content/safety.yaml): every intent's examples in the knowledge base as it is now (its own phrasings and the
// question corpus's imported ones, content/real-questions.yaml), in knowledge-base order. The net reads this file
// and not the live knowledge base, so a change to eval/real-questions/train.yaml (and the import after it) no
// longer retrains the net and moves red-flag verdicts. Refreezing is a change to the net of its own: run it, then
// measure on the folds (scripts/red-flag-cv.js) and say what it moved. Run after `npm run build`:
//   node scripts/freeze-net-ordinary.js [--note "what the knowledge base was, e.g. question corpus parts a-q"]
'use strict';
const { writeFileSync } = require('node:fs');
const { relative, resolve } = require('node:path');
const { distModule } = require('./script-engine');
const { loadConfig } = distModule('config');
const { loadContent } = distModule('app', 'load-content');
const { netOrdinaryPath } = distModule('app', 'cached-safety-net');
const { stringify } = require('yaml');

const config = loadConfig({});
const content = loadContent(config);
const noteIndex = process.argv.indexOf('--note');
const note = noteIndex >= 0 ? process.argv[noteIndex + 1] : undefined;
const phrasings = content.knowledgeBase.intents.flatMap((intent) => intent.examples.map((example) => example.text));
const path = netOrdinaryPath(config, content);
const header = [
  '# The ordinary phrasings the safety net learns as "no red flag" (content/safety.yaml, safety_check.ordinary), frozen:',
  '# written by `node scripts/freeze-net-ordinary.js` from every intent\'s examples in the knowledge base of the time,',
  '# in its order. Not edited by hand and not read by the classifier; a question-corpus change leaves it (and the net)',
  '# as it is. Refreezing retrains the net: measure it on the folds first.',
  ...(note ? [`# Frozen from: ${note}.`] : []),
];
writeFileSync(path, `${header.join('\n')}\n${stringify({ phrasings }, { lineWidth: 0 })}`);
console.log(`${phrasings.length} phrasings written to ${relative(process.cwd(), resolve(path))}`);
