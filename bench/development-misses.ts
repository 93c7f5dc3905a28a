import { join } from 'node:path';
import { engineFrom } from '../src/app/build-engine';
import { buildAnalyser } from '../src/app/build-understanding';
import { loadContent } from '../src/app/load-content';
import { loadConfig } from '../src/config';
import { readDevelopmentQuestions } from '../src/evaluation/read-development-questions';
import { evaluateUnder, policyContextOf } from '../src/evaluation/tune-policy';
import { IntentClassifier } from '../src/nlu/intent-classifier';
import { firstMessageViews } from './first-message-views';

/**
 * Where the development split's points go: every in-scope question not answered right, by where its
 * intent stood in the ranking (first but not answered: the policy; second or third: the ranking; lower:
 * the data or the representation), and every out-of-scope question that leaked into a seed answer.
 * Usage: npm run build && node dist/bench/development-misses.js [--quiet]
 */
function main(): void {
  const config = { ...loadConfig(), modelCacheDirectory: null };
  const content = loadContent(config);
  const { knowledgeBase } = content;
  const development = readDevelopmentQuestions(join(config.projectRoot, 'eval', 'real-questions', 'train.yaml'));
  const classifier = IntentClassifier.train(knowledgeBase.intents, buildAnalyser(knowledgeBase, content.safetyRules));
  const engine = engineFrom(config, content, classifier);
  const views = firstMessageViews(engine, classifier, development);
  const context = policyContextOf(knowledgeBase);
  const report = evaluateUnder(development, views, config.policy, context);
  const quiet = process.argv.includes('--quiet');
  const buckets = new Map<string, number>();
  const byIntent = new Map<string, number>();
  const lines: string[] = [];
  for (const { question, outcome, result } of report.questions) {
    const view = views.get(question.q);
    if (!view) continue;
    const accepted = new Set([question.label, ...(question.accept ?? [])]);
    const top3 = view.ranked.slice(0, 3).map((scored) => `${scored.intent} ${scored.confidence.toFixed(2)}`).join(', ');
    if (outcome === 'leaked') {
      lines.push(`LEAK  ${question.label}${question.topic ? ` (${question.topic})` : ''} -> ${result.intent} | ${top3}\n      ${question.q}`);
      continue;
    }
    if (outcome === 'right' || outcome === 'kept_out' || outcome === 'chatted') continue;
    if (question.label === 'OUT_OF_SCOPE' || question.label === 'OFF_TOPIC' || question.label === 'SMALLTALK') continue;
    const rank = view.ranked.findIndex((scored) => accepted.has(scored.intent));
    const where = view.redFlag ? 'red flag' : rank === 0 ? 'top-1' : rank <= 2 ? 'top-2/3' : 'lower';
    const bucket = `${outcome} / ${where}`;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    byIntent.set(question.label, (byIntent.get(question.label) ?? 0) + 1);
    lines.push(`${bucket.padEnd(22)} ${question.label} [rank ${rank + 1}] -> ${result.route} ${result.intent ?? ''} | ${top3} | known ${view.knownWordShare.toFixed(2)}\n      ${question.q}`);
  }
  const { inScope, outOfScope } = report;
  process.stdout.write(`in scope ${inScope.total}: right ${inScope.right}, clarified ${inScope.clarified}, wrong ${inScope.wrong}, referred ${inScope.referred}; kept out ${outOfScope.keptOut}/${outOfScope.total}\n`);
  for (const [bucket, count] of [...buckets].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${bucket.padEnd(24)} ${count}\n`);
  process.stdout.write('not right by intent:\n');
  for (const [intent, count] of [...byIntent].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${intent.padEnd(24)} ${count}\n`);
  if (!quiet) process.stdout.write(lines.join('\n') + '\n');
}

main();
