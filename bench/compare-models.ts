import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { engineFrom } from '../src/app/build-engine';
import { buildAnalyser } from '../src/app/build-understanding';
import { loadContent } from '../src/app/load-content';
import { loadConfig } from '../src/config';
import type { EvaluationReport } from '../src/evaluation/evaluate';
import { readLabelledQuestions, type LabelledQuestion } from '../src/evaluation/labelled-questions';
import { readDevelopmentQuestions } from '../src/evaluation/read-development-questions';
import { evaluateUnder, policyContextOf, tunePolicy } from '../src/evaluation/tune-policy';
import { defaultClassifierOptions, IntentClassifier, type ClassifierOptions } from '../src/nlu/intent-classifier';
import { sharedFolder } from './shared-folder';
import { firstMessageViews } from './first-message-views';

/**
 * Chooses the model on the development split of the corpus of real questions (never the held-out part):
 * each candidate is trained on the intents' examples (the corpus's examples side among them), then scored
 * under the configured decide policy and under the policy tuned on the same split for the targets
 * (wrong ≤ 2 %, out of scope kept out ≥ 95 %). Usage: npm run bench:models [-- name ...]
 */
const base = defaultClassifierOptions;
const variants: Record<string, ClassifierOptions> = {
  chosen: base,
  baseline: { ...base, training: { ...base.training, classBalance: 0 }, neighbours: { ...base.neighbours, share: 0 }, weighting: { word: 1, pair: 0.8, character: 0.5 } },
  balanced: { ...base, training: { ...base.training, classBalance: 1 }, neighbours: { ...base.neighbours, share: 0 } },
  'half-balanced': { ...base, training: { ...base.training, classBalance: 0.5 }, neighbours: { ...base.neighbours, share: 0 } },
  neighbours: { ...base, neighbours: { count: 9, power: 4, share: 1 } },
  'neighbours-k5': { ...base, neighbours: { count: 5, power: 4, share: 1 } },
  'neighbours-k15-p2': { ...base, neighbours: { count: 15, power: 2, share: 1 } },
  'ensemble-0.3': { ...base, neighbours: { count: 9, power: 4, share: 0.3 } },
  'ensemble-0.5': { ...base, neighbours: { count: 9, power: 4, share: 0.5 } },
  'balanced+ensemble-0.5': { ...base, training: { ...base.training, classBalance: 1 }, neighbours: { count: 9, power: 4, share: 0.5 } },
  'product-0.3': { ...base, neighbours: { count: 9, power: 4, share: 0.3, combine: 'product' } },
  'product-0.5': { ...base, neighbours: { count: 9, power: 4, share: 0.5, combine: 'product' } },
  'product-0.5-k15-p2': { ...base, neighbours: { count: 15, power: 2, share: 0.5, combine: 'product' } },
  'ensemble-0.2': { ...base, neighbours: { count: 9, power: 4, share: 0.2 } },
  'ensemble-0.4': { ...base, neighbours: { count: 9, power: 4, share: 0.4 } },
  'ensemble-0.3-p2': { ...base, neighbours: { count: 9, power: 2, share: 0.3 } },
  'ensemble-0.3-k15-p8': { ...base, neighbours: { count: 15, power: 8, share: 0.3 } },
  'ensemble-0.3-characters': { ...base, weighting: { word: 1, pair: 0.5, character: 0.8 }, neighbours: { count: 9, power: 4, share: 0.3 } },
  'epochs-60': { ...base, training: { ...base.training, epochs: 60 }, neighbours: { ...base.neighbours, share: 0 } },
  'l2-1e-3': { ...base, training: { ...base.training, l2: 1e-3 }, neighbours: { ...base.neighbours, share: 0 } },
  'l2-1e-5': { ...base, training: { ...base.training, l2: 1e-5 }, neighbours: { ...base.neighbours, share: 0 } },
  'grams-3-4': { ...base, weighting: { ...base.weighting, longestCharacterGram: 4 }, neighbours: { ...base.neighbours, share: 0 } },
  'grams-3-4-product-0.3': { ...base, weighting: { ...base.weighting, longestCharacterGram: 4 }, neighbours: { count: 9, power: 4, share: 0.3, combine: 'product' } },
  'grams-3-4-product-0.3-words': { ...base, weighting: { ...base.weighting, longestCharacterGram: 4 }, neighbours: { count: 9, power: 4, share: 0.3, combine: 'product', wordsOnly: true } },
  'grams-3-4-product-0.5-words': { ...base, weighting: { ...base.weighting, longestCharacterGram: 4 }, neighbours: { count: 9, power: 4, share: 0.5, combine: 'product', wordsOnly: true } },
  'grams-3-4-mean-0.3-words': { ...base, weighting: { ...base.weighting, longestCharacterGram: 4 }, neighbours: { count: 9, power: 4, share: 0.3, wordsOnly: true } },
  'product-0.3-words-rare': { ...base, neighbours: { count: 9, power: 4, share: 0.3, combine: 'product', wordsOnly: true, maximumDocumentShare: 0.02 } },
  'product-0.3-rare': { ...base, neighbours: { count: 9, power: 4, share: 0.3, combine: 'product', maximumDocumentShare: 0.02 } },
  'product-0.4-words-rare': { ...base, neighbours: { count: 9, power: 4, share: 0.4, combine: 'product', wordsOnly: true, maximumDocumentShare: 0.02 } },
  'product-0.3-words-rare5': { ...base, neighbours: { count: 9, power: 4, share: 0.3, combine: 'product', wordsOnly: true, maximumDocumentShare: 0.05 } },
  'chosen-grams-3-4': { ...base, weighting: { ...base.weighting, longestCharacterGram: 4 } },
  'chosen-prune-0.05': { ...base, training: { ...base.training, pruneBelow: 0.05 } },
  'chosen-prune-0.1': { ...base, training: { ...base.training, pruneBelow: 0.1 } },
  'grams-3-3': { ...base, weighting: { ...base.weighting, longestCharacterGram: 3 }, neighbours: { ...base.neighbours, share: 0 } },
  'weighting-words': { ...base, weighting: { word: 1, pair: 1.2, character: 0.3 }, neighbours: { ...base.neighbours, share: 0 } },
  'weighting-characters': { ...base, weighting: { word: 1, pair: 0.5, character: 0.8 }, neighbours: { ...base.neighbours, share: 0 } },
};

const targets = { maximumWrong: 0.02, minimumKeptOut: 0.95 };
// The shared sample questions must stay at 90 % right and no wrong answer (issue 12's done-when).
const sampleTargets = { maximumWrong: 0, minimumRight: 0.9 };
// The content's own held-out tests, as test/knowledge/held-out-tests.test.ts checks them: no curated answer
// to another intent's test, at least 85 % of knowledge tests answered.
const contentTestTargets = { maximumWrong: 0, minimumRight: 0.85, minimumKeptOut: 1 };
const percent = (part: number, whole: number) => (whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}`);

function row(name: string, report: EvaluationReport): string {
  const { inScope, outOfScope } = report;
  return `${name.padEnd(34)} ${percent(inScope.right, inScope.total)} ${percent(inScope.clarified, inScope.total)} ${percent(inScope.wrong, inScope.total)} ${percent(outOfScope.keptOut, outOfScope.total)}`;
}

function main(): void {
  const config = { ...loadConfig(), modelCacheDirectory: null };
  const content = loadContent(config);
  const corpusPath = join(config.projectRoot, 'eval', 'real-questions', 'train.yaml');
  const development = readDevelopmentQuestions(corpusPath);
  const samplePath = join(sharedFolder(config.projectRoot), 'eval', 'sample-questions.yaml');
  const samples = existsSync(samplePath) ? readLabelledQuestions(samplePath) : [];
  const { knowledgeBase } = content;
  // Knowledge tests in scope; referral and small-talk tests must stay out of curated answers.
  const contentTests: LabelledQuestion[] = knowledgeBase.intents.flatMap((intent) =>
    intent.tests.map((test) => ({ q: test.text, label: intent.kind === 'knowledge' ? intent.id : 'OUT_OF_SCOPE' })),
  );
  const context = policyContextOf(knowledgeBase);
  const analyser = buildAnalyser(knowledgeBase, content.safetyRules);
  const wanted = process.argv.slice(2);
  process.stdout.write(`Development split: ${development.length} questions of ${corpusPath} (sites hashed to "development"); targets wrong ≤ 2 %, kept out ≥ 95 %; sample questions ≥ 90 % right, none wrong.\n`);
  process.stdout.write(`${'model (policy)'.padEnd(34)} right clar. wrong kept-out   (% of in scope; % of out of scope)\n`);
  for (const [name, options] of Object.entries(variants)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    const start = process.hrtime.bigint();
    const classifier = IntentClassifier.train(knowledgeBase.intents, analyser, { options });
    const trainMs = Number(process.hrtime.bigint() - start) / 1e6;
    const engine = engineFrom(config, content, classifier);
    const developmentViews = firstMessageViews(engine, classifier, development);
    const configured = evaluateUnder(development, developmentViews, config.policy, context);
    const sampleViews = firstMessageViews(engine, classifier, samples);
    const contentTestViews = firstMessageViews(engine, classifier, contentTests);
    const tuned = tunePolicy(
      [
        { questions: development, views: developmentViews, targets },
        { questions: samples, views: sampleViews, targets: sampleTargets },
        { questions: contentTests, views: contentTestViews, targets: contentTestTargets },
      ],
      config.policy,
      context,
    );
    const sampleReport = tuned.reports[1];
    const { answerThreshold, answerMargin, clarifyThreshold, minimumKnownWordShare } = tuned.policy;
    process.stdout.write(
      [
        row(`${name} (configured)`, configured),
        row(`${name} (tuned${tuned.metTargets ? '' : ', targets missed'})`, tuned.reports[0]) +
          `   answer ≥ ${answerThreshold} lead ${answerMargin} clarify ≥ ${clarifyThreshold} known ≥ ${minimumKnownWordShare}; trained in ${trainMs.toFixed(0)} ms`,
        `${''.padEnd(34)} sample questions under the tuned policy: right ${sampleReport.inScope.right}/${sampleReport.inScope.total}, wrong ${sampleReport.inScope.wrong}, kept out ${sampleReport.outOfScope.keptOut}/${sampleReport.outOfScope.total}; ` +
          `content tests: right ${tuned.reports[2].inScope.right}/${tuned.reports[2].inScope.total}, wrong ${tuned.reports[2].inScope.wrong}, referral tests kept out ${tuned.reports[2].outOfScope.keptOut}/${tuned.reports[2].outOfScope.total}`,
      ].join('\n') + '\n',
    );
  }
}

main();
