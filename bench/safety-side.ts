import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { engineFrom } from '../src/app/build-engine';
import { buildRuleTriage } from '../src/app/build-rule-triage';
import { buildUnderstanding } from '../src/app/build-understanding';
import { cachedSafetyNet } from '../src/app/cached-safety-net';
import { loadContent } from '../src/app/load-content';
import { loadConfig } from '../src/config';
import { classifyFirstMessage } from '../src/engine/create-engine';
import { readLabelledQuestions } from '../src/evaluation/labelled-questions';
import { readRedFlagCorpus } from '../src/safety/red-flag-corpus';
import { createSafetyCheck } from '../src/safety/safety-check';
import { sharedFolder } from './shared-folder';

/**
 * Where a first turn's time goes on the safety side, part by part, on the sample questions and the red-flag
 * training corpora (never a held-out file): reading the message (tokens, concepts, quantities), the rules,
 * the learned net, the whole safety side (rules, net with its sentence-by-sentence verdict, sign question),
 * and the whole first turn, each as a share of the turn in the same run. A guide for profiling, not a
 * verdict on the machine: compare shares, or two builds run one after the other at the same load.
 *
 *   npm run build && node dist/bench/safety-side.js
 *   node --cpu-prof --cpu-prof-dir=/tmp/profile dist/bench/safety-side.js   # then open the .cpuprofile
 */

const rounds = 15;

interface Part {
  name: string;
  /** Untimed work that puts the part's inputs in place (the recogniser keeps the last message it read). */
  before?: (text: string) => void;
  run: (text: string) => unknown;
}

function quantile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

function main(): void {
  const config = loadConfig();
  const content = loadContent(config);
  const understanding = buildUnderstanding(config, content);
  const englishWords = understanding.englishWords();
  const rules = buildRuleTriage(content, englishWords);
  const net = cachedSafetyNet(config, content, rules);
  const check = createSafetyCheck(content.safetyRules, rules, net);
  const engine = engineFrom(config, content, understanding.classifier, englishWords);
  const { recogniser } = rules;
  // Reading something else first makes the next reading of the message a fresh one.
  const forget = () => void recogniser.recognise('');
  const parts: Part[] = [
    { name: 'read (tokens, concepts, numbers)', before: forget, run: (text) => recogniser.recognisePart(text) },
    { name: 'rules on the reading', before: (text) => recogniser.recognise(text), run: (text) => rules.triageRecognition(recogniser.recognise(text), {}) },
    { name: 'net on the reading', before: (text) => recogniser.recognise(text), run: (text) => net.assess(recogniser.recognise(text)) },
    { name: 'safety side (read, rules, net, sign question)', before: forget, run: (text) => rules(text, [], {}) ?? check(text, {}) ?? rules.askedAbout(recogniser.recognise(text), {}) },
    { name: 'whole first turn', run: (text) => classifyFirstMessage(engine, text) },
  ];

  const sets: [string, string[]][] = [];
  const samplePath = join(sharedFolder(config.projectRoot), 'eval', 'sample-questions.yaml');
  if (existsSync(samplePath)) sets.push(['sample questions', readLabelledQuestions(samplePath).map((question) => question.q)]);
  const corpus = ['train.yaml', 'dev.yaml'].map((name) => join(config.projectRoot, 'eval', 'red-flags', name)).filter((path) => existsSync(path));
  if (corpus.length > 0) sets.push(['red-flag corpora', corpus.flatMap((path) => readRedFlagCorpus(path).map((entry) => entry.q))]);

  for (const [title, texts] of sets) {
    // times[part][text]: one time per round, in microseconds. Each round runs every part over the whole set
    // in turn, so a busy spell on a shared machine slows them all; a part is timed over the set as a block,
    // since a part right after a whole turn would run on the caches the classifier left.
    const times = parts.map(() => texts.map((): number[] => []));
    for (const part of parts) {
      for (const text of texts) {
        part.before?.(text);
        part.run(text);
      }
    }
    for (let round = 0; round < rounds; round++) {
      parts.forEach((part, partIndex) => {
        texts.forEach((text, textIndex) => {
          part.before?.(text);
          const start = process.hrtime.bigint();
          part.run(text);
          times[partIndex][textIndex].push(Number(process.hrtime.bigint() - start) / 1000);
        });
      });
    }
    const lines = [`\n${title} (${texts.length} messages × ${rounds} rounds), microseconds:`, `${'part'.padEnd(48)}${'median'.padStart(10)}${'p99'.padStart(10)}${'mean'.padStart(10)}${'of turn'.padStart(10)}`];
    const turnMean = times[parts.length - 1].flat().reduce((sum, time) => sum + time, 0) / (texts.length * rounds);
    parts.forEach((part, partIndex) => {
      const all = times[partIndex].flat().sort((a, b) => a - b);
      const mean = all.reduce((sum, time) => sum + time, 0) / all.length;
      lines.push(`${part.name.padEnd(48)}${quantile(all, 0.5).toFixed(1).padStart(10)}${quantile(all, 0.99).toFixed(1).padStart(10)}${mean.toFixed(1).padStart(10)}${`${((100 * mean) / turnMean).toFixed(0)} %`.padStart(10)}`);
    });
    const slowest = texts.map((text, index) => ({ text, median: quantile([...times[parts.length - 2][index]].sort((a, b) => a - b), 0.5) })).sort((a, b) => b.median - a.median)[0];
    lines.push(`slowest safety side: median ${slowest.median.toFixed(1)} µs, ${slowest.text.length} characters`);
    process.stdout.write(lines.join('\n') + '\n');
  }
}

main();
