import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineFrom } from '../src/app/build-engine';
import { buildRuleTriage } from '../src/app/build-rule-triage';
import { buildUnderstanding } from '../src/app/build-understanding';
import { cachedSafetyNet } from '../src/app/cached-safety-net';
import { loadContent } from '../src/app/load-content';
import { loadConfig } from '../src/config';
import { classifyFirstMessage } from '../src/engine/create-engine';
import { readLabelledQuestions } from '../src/evaluation/labelled-questions';
import { createSafetyCheck } from '../src/safety/safety-check';
import type { Recognition } from '../src/safety/sign-recogniser';
import type { RedFlag } from '../src/safety/triage';
import { sharedFolder } from './shared-folder';

/**
 * Speed work on triage and classification must not change what is recognised. This runs every message of
 * the red-flag and question sets (never a held-out file) through the rules, the safety net and a whole
 * first turn, and compares rule ids, levels, certain flags, routes and intents with a snapshot taken from
 * main's code (`--write` takes it). Recognition details (tokens, concept spans, quantities, age) and the
 * net's probability are compared through a digest, so the snapshot stays small.
 *
 *   npm run build && node dist/bench/classify-identity.js --write   # on main: the "before"
 *   npm run build && node dist/bench/classify-identity.js           # after a change: every difference
 *
 * The snapshot is of the content as it was when written: after a content change, write it again from main.
 */

interface Outcome {
  /** The rule triage's verdict: rule id, level, message kind, row and the words that raised it. */
  rule: string | null;
  /** The safety net's verdict when no rule fired. */
  check: string | null;
  /** A whole first turn as `latch classify` gives it. */
  route: string;
  intent: string | null;
  confidence: number;
  level?: string;
  certain?: boolean;
  /** Digest of the recogniser's reading, the net's probability of "no red flag" and the classifier's alternatives. */
  reading: string;
}

const fixturePath = join(__dirname, '..', '..', 'bench', 'classify-identity.json');
// A fixed time: dialogs read dates relative to it.
const timestamp = '2026-01-15T10:00:00.000Z';

function flagText(flag: RedFlag | undefined): string | null {
  if (!flag) return null;
  return [flag.ruleId, flag.level, flag.message, flag.row ?? '', String(flag.certain), (flag.matched ?? []).join('|')].join(' ');
}

function readingDigest(recognition: Recognition, probabilityNone: number, alternatives: string): string {
  const parts: string[] = [alternatives];
  for (const token of recognition.tokens) parts.push(`${token.word}/${token.stem}/${token.value ?? ''}/${token.sentenceEnd ? 'S' : ''}${token.clauseEnd ? 'C' : ''}/${(token.alternatives ?? []).join(',')}`);
  const concepts = [...recognition.concepts.entries()].sort(([first], [second]) => (first < second ? -1 : first > second ? 1 : 0));
  for (const [name, spans] of concepts) parts.push(`${name}=${spans.map((span) => `${span.start}-${span.end}`).join(',')}`);
  for (const quantity of recognition.quantities) parts.push(`q:${quantity.kind}:${quantity.value}@${quantity.at}`);
  parts.push(`age:${recognition.ageDays ?? ''}:${recognition.dayOfLife ?? ''}`);
  parts.push(`neg:${[...recognition.negators].sort((a, b) => a - b).join(',')}`);
  // Rounded: a change in summation order may move the last bits, never a decision.
  parts.push(`none:${probabilityNone.toFixed(9)}`);
  return createHash('sha1').update(parts.join('\n')).digest('hex').slice(0, 16);
}

function messages(projectRoot: string): string[] {
  const shared = sharedFolder(projectRoot);
  const files = [
    join(projectRoot, 'eval', 'red-flags', 'train.yaml'),
    join(projectRoot, 'eval', 'red-flags', 'dev.yaml'),
    join(shared, 'eval', 'red-flags-dev.yaml'),
    join(shared, 'eval', 'sample-questions.yaml'),
    join(projectRoot, 'eval', 'real-questions', 'train.yaml'),
  ];
  const texts: string[] = [];
  for (const file of files) {
    if (/held-out/.test(file)) throw new Error(`${file}: held-out files are never read`);
    if (!existsSync(file)) throw new Error(`${file} is missing: the check needs every set it was written with`);
    texts.push(...readLabelledQuestions(file).map((entry) => entry.q));
  }
  return [...new Set(texts)];
}

function main(): void {
  const write = process.argv.includes('--write');
  const config = loadConfig();
  const content = loadContent(config);
  // Built as buildEngine builds it (the triage shares the compiled model's English words).
  const understanding = buildUnderstanding(config, content);
  const engine = engineFrom(config, content, understanding.classifier, understanding.englishWords());
  const rules = buildRuleTriage(content);
  const net = cachedSafetyNet(config, content, rules);
  const safetyCheck = createSafetyCheck(content.safetyRules, rules, net);

  const outcomes: Record<string, Outcome> = {};
  for (const text of messages(config.projectRoot)) {
    const recognition = rules.recogniser.recognise(text);
    const rule = rules.triageRecognition(recognition, {});
    const check = rule ? undefined : safetyCheck(text, {});
    const result = classifyFirstMessage(engine, text, timestamp);
    outcomes[text] = {
      rule: flagText(rule),
      check: flagText(check),
      route: result.route,
      intent: result.intent,
      confidence: result.confidence,
      ...(result.level !== undefined && { level: result.level }),
      ...(result.certain !== undefined && { certain: result.certain }),
      reading: readingDigest(recognition, net.assess(recognition).probabilityNone, result.alternatives.map((entry) => `${entry.intent}:${entry.confidence}`).join(' ')),
    };
  }

  if (write) {
    // One message a line, so a regenerated snapshot diffs line by line.
    const lines = Object.entries(outcomes).map(([text, outcome]) => ` ${JSON.stringify(text)}: ${JSON.stringify(outcome)}`);
    writeFileSync(fixturePath, `{\n${lines.join(',\n')}\n}\n`);
    process.stdout.write(`${Object.keys(outcomes).length} messages written to ${fixturePath}\n`);
    return;
  }
  const before = JSON.parse(readFileSync(fixturePath, 'utf8')) as Record<string, Outcome>;
  let differences = 0;
  let readings = 0;
  const keys: (keyof Outcome)[] = ['rule', 'check', 'route', 'intent', 'confidence', 'level', 'certain'];
  for (const [text, outcome] of Object.entries(outcomes)) {
    const old = before[text];
    if (!old) {
      differences++;
      process.stdout.write(`not in the snapshot: ${JSON.stringify(text)}\n`);
      continue;
    }
    const changed = keys.filter((key) => JSON.stringify(old[key]) !== JSON.stringify(outcome[key]));
    if (changed.length > 0) {
      differences++;
      process.stdout.write(`${JSON.stringify(text)}\n${changed.map((key) => `  ${key}: ${JSON.stringify(old[key])} → ${JSON.stringify(outcome[key])}`).join('\n')}\n`);
    } else if (old.reading !== outcome.reading) {
      readings++;
      process.stdout.write(`reading differs (same outcome): ${JSON.stringify(text)}\n`);
    }
  }
  const missing = Object.keys(before).filter((text) => !(text in outcomes)).length;
  process.stdout.write(`${Object.keys(outcomes).length} messages: ${differences} with a different outcome, ${readings} with a different reading only, ${missing} in the snapshot but not read now\n`);
  if (differences > 0 || readings > 0 || missing > 0) process.exitCode = 1;
}

main();
