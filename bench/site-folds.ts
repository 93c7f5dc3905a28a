import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineFrom } from '../src/app/build-engine';
import { buildAnalyser } from '../src/app/build-understanding';
import { loadContent } from '../src/app/load-content';
import { loadConfig } from '../src/config';
import { initialConversationState } from '../src/engine/turn-types';
import type { EvaluationReport } from '../src/evaluation/evaluate';
import { readLabelledQuestions, type LabelledQuestion } from '../src/evaluation/labelled-questions';
import { siteOf, trainingPartOf } from '../src/evaluation/source-site';
import type { DecisionPolicy } from '../src/engine/decide';
import { evaluateUnder, type FirstMessageView, policyContextOf, tunePolicy } from '../src/evaluation/tune-policy';
import type { Intent } from '../src/knowledge/knowledge-base';
import { phrasingKey } from '../src/knowledge/phrasing-key';
import { defaultHiddenLayerOptions } from '../src/nlu/hidden-layer-options';
import { defaultClassifierOptions, IntentClassifier, type ClassifierOptions } from '../src/nlu/intent-classifier';
import { sharedFolder } from './shared-folder';
import { lastQuestionSentence, questionSentenceTop, sentenceCount } from '../src/engine/last-question-sentence';
import { namesNobodyIll } from '../src/nlu/illness-subject';

/**
 * Site folds over the whole training corpus, for choosing a model and tuning the decide policy on more than
 * the development split's 200 in-scope questions, never touching the held-out part. Fold 0 is the
 * development split (classified by the model trained on the content as it is); folds 1-4 split the
 * examples side's sites in four, and each is classified by a model trained without the corpus questions of
 * its own sites. The policy is tuned on all folds together (wrong ≤ 1.5 %, out of scope kept out ≥ 97 %)
 * while the shared sample questions and the content's held-out tests keep their targets, then reported
 * fold by fold: a policy that only suits one split shows here.
 *
 * Usage: npm run bench:folds [-- --out views.jsonl [--full] [--views-only] [--development-only]] [-- --options '{"neighbours":{"share":0.3}}']
 * (--out writes one JSON line per question: fold, label, triage, the ranking and the models apart; --full
 * adds every intent's probability from each model).
 */
const exampleFolds = 4;
// Wrong answers ran about 1.5 points higher on the held-out part than on the development split when this
// was measured at the start of issue 12 (4.1 % against 2.5 %), so the folds are held to 1.5 % for 2 % there.
// Likewise out of scope: 97.0 % kept out on the folds gave 94.8 % and 94.1 % on the two held-out sets (issue
// 12, eighth pass), so the folds are held to 97 % for 95 % there.
// Since part k (issue 12, s12) the folds are held to the held-out targets themselves, 2 % wrong and 95 % kept
// out: the held-out sets have since run at or under the folds' wrong answers (1.5, 0.0 and 1.3 % at the end of s14).
const targets = { maximumWrong: 0.02, minimumKeptOut: 0.95 };
const sampleTargets = { maximumWrong: 0, minimumRight: 0.9 };
const contentTestTargets = { maximumWrong: 0, minimumRight: 0.85, minimumKeptOut: 1 };

/** 0 for the development split, 1-4 for the examples side by a hash of the site, -1 without a usable address. */
export function foldOf(source: string | undefined): number {
  if (trainingPartOf(source) === 'development') return 0;
  if (!source) return -1;
  let site: string;
  try {
    site = siteOf(source);
  } catch {
    return -1;
  }
  return 1 + (createHash('sha256').update(`fold:${site}`).digest()[0] % exampleFolds);
}

/** The intents without the imported corpus questions of one fold's sites. */
function withoutFold(intents: readonly Intent[], foldOfKey: ReadonlyMap<string, number>, fold: number): Intent[] {
  return intents.map((intent) => ({
    ...intent,
    examples: intent.examples.filter((example) => !(example.location.file.endsWith('real-questions.yaml') && foldOfKey.get(phrasingKey(example.text)) === fold)),
  }));
}

function top(scores: ArrayLike<number>, ids: readonly string[], count: number): [string, number][] {
  return Array.from(scores, (score, index): [string, number] => [ids[index], score])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([id, score]) => [id, Math.round(score * 10000) / 10000]);
}

/** The first three intents for the message's question sentence alone, when it has several sentences. */
function lastSentenceRanking(classifier: IntentClassifier, text: string): [string, number][] | null {
  const sentence = lastQuestionSentence(text);
  if (sentence === undefined) return null;
  return classifier.classify(sentence).ranked.slice(0, 3).map((scored) => [scored.intent, Math.round(scored.confidence * 10000) / 10000]);
}

/** Every intent's confidence for the question sentence alone, in the classifier's intent order (null for one sentence). */
function lastSentenceConfidences(classifier: IntentClassifier, text: string): number[] | null {
  const sentence = lastQuestionSentence(text);
  if (sentence === undefined) return null;
  const byIntent = new Map(classifier.classify(sentence).ranked.map((scored) => [scored.intent, scored.confidence]));
  return classifier.intents.map((intent) => byIntent.get(intent) ?? 0);
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const percent = (part: number, whole: number) => (whole === 0 ? '  n/a' : ((100 * part) / whole).toFixed(1).padStart(5));
function row(name: string, report: EvaluationReport): string {
  const { inScope, outOfScope } = report;
  return `  ${name.padEnd(22)} ${String(inScope.total).padStart(4)} ${percent(inScope.right, inScope.total)} ${percent(inScope.clarified, inScope.total)} ${percent(inScope.wrong, inScope.total)} ${percent(outOfScope.keptOut, outOfScope.total)}`;
}

function main(): void {
  const overrides = JSON.parse(argument('--options') ?? '{}') as Partial<ClassifierOptions>;
  const options: ClassifierOptions = {
    ...defaultClassifierOptions,
    ...overrides,
    weighting: { ...defaultClassifierOptions.weighting, ...overrides.weighting },
    training: { ...defaultClassifierOptions.training, ...overrides.training },
    neighbours: { ...defaultClassifierOptions.neighbours, ...overrides.neighbours },
    ...(overrides.hidden || defaultClassifierOptions.hidden ? { hidden: { ...defaultHiddenLayerOptions, ...defaultClassifierOptions.hidden, ...overrides.hidden } } : {}),
  };
  const config = { ...loadConfig(), modelCacheDirectory: null };
  const content = loadContent(config);
  const { knowledgeBase } = content;
  const corpus = readLabelledQuestions(join(config.projectRoot, 'eval', 'real-questions', 'train.yaml')).filter((question) => question.label !== 'RED_FLAG');
  const foldOfKey = new Map<string, number>();
  for (const question of corpus) foldOfKey.set(phrasingKey(question.q.replace(/\s+/g, ' ').trim()), foldOf(question.source));
  const analyser = buildAnalyser(knowledgeBase, content.safetyRules);
  const full = IntentClassifier.train(knowledgeBase.intents, analyser, { options });
  const engine = engineFrom(config, content, full);
  const context = policyContextOf(knowledgeBase);

  const lines: string[] = [];
  const view = (classifier: IntentClassifier, question: LabelledQuestion, fold: number): FirstMessageView => {
    const { trace } = engine.respond({ text: question.q, timestamp: '2026-11-26T03:00:00.000Z' }, initialConversationState());
    const { analysed, ranked } = classifier.classify(question.q);
    const { softmax, votes, hidden } = classifier.components(analysed);
    const redFlag = trace.route === 'red_flag';
    lines.push(
      JSON.stringify({
        fold,
        q: question.q,
        label: question.label,
        accept: question.accept ?? [],
        topic: question.topic,
        redFlag,
        known: analysed.knownWordShare,
        words: analysed.words.length,
        nobodyNamedIll: namesNobodyIll(analysed.words),
        ranked: ranked.slice(0, 6).map((scored) => [scored.intent, Math.round(scored.confidence * 10000) / 10000]),
        softmax: top(softmax, classifier.intents, 4),
        votes: top(votes, classifier.intents, 4),
        hidden: top(hidden, classifier.intents, 4),
        sentences: sentenceCount(question.q),
        last: lastSentenceRanking(classifier, question.q),
        ...(process.argv.includes('--full') ? { intents: classifier.intents, all: { softmax: Array.from(softmax), votes: Array.from(votes), hidden: Array.from(hidden), ranked: classifier.rank(analysed).map((scored) => [scored.intent, scored.confidence]), last: lastSentenceConfidences(classifier, question.q) } } : {}),
      }),
    );
    return { text: question.q, redFlag, ranked, knownWordShare: analysed.knownWordShare, questionSentenceTop: questionSentenceTop(classifier, question.q), nobodyNamedIll: namesNobodyIll(analysed.words) };
  };

  const folds: { questions: LabelledQuestion[]; views: Map<string, FirstMessageView> }[] = [];
  // --development-only: fold 0 alone, one model's training instead of five, for screening options quickly.
  const lastFold = process.argv.includes('--development-only') ? 0 : exampleFolds;
  for (let fold = 0; fold <= lastFold; fold++) {
    const start = Date.now();
    const classifier = fold === 0 ? full : IntentClassifier.train(withoutFold(knowledgeBase.intents, foldOfKey, fold), analyser, { options });
    const questions = corpus.filter((question) => foldOf(question.source) === fold);
    folds.push({ questions, views: new Map(questions.map((question) => [question.q, view(classifier, question, fold)])) });
    process.stderr.write(`fold ${fold}: ${questions.length} questions, ${Date.now() - start} ms\n`);
  }
  // The shared sample questions (fold -1) and the content's own held-out tests (fold -2), by the full model.
  const samplePath = join(sharedFolder(config.projectRoot), 'eval', 'sample-questions.yaml');
  const samples = existsSync(samplePath) ? readLabelledQuestions(samplePath) : [];
  const contentTests: LabelledQuestion[] = knowledgeBase.intents.flatMap((intent) => intent.tests.map((test) => ({ q: test.text, label: intent.kind === 'knowledge' ? intent.id : 'OUT_OF_SCOPE' })));
  const sampleViews = new Map(samples.map((question) => [question.q, view(full, question, -1)]));
  const contentTestViews = new Map(contentTests.map((question) => [question.q, view(full, question, -2)]));
  const outPath = argument('--out');
  if (outPath) writeFileSync(outPath, lines.join('\n') + '\n');
  // The views alone, for measuring policies or blends elsewhere without the tuning's minutes.
  if (outPath && process.argv.includes('--views-only')) return;

  const pooled = { questions: folds.flatMap((fold) => fold.questions), views: new Map(folds.flatMap((fold) => [...fold.views])) };
  const tuned = tunePolicy(
    [
      { ...pooled, targets },
      { questions: samples, views: sampleViews, targets: sampleTargets },
      { questions: contentTests, views: contentTestViews, targets: contentTestTargets },
    ],
    config.policy,
    context,
  );
  // The folds' own best, without the sample questions' and content tests' targets: compares two models
  // on the corpus alone when those targets cannot all be met (the tuned row then trades between them).
  const foldsAlone = tunePolicy([{ ...pooled, targets }], config.policy, context);
  const described = (policy: DecisionPolicy) =>
    `answer ≥ ${policy.answerThreshold}, lead ≥ ${policy.answerMargin}, known ≥ ${policy.minimumKnownWordShare}, ` +
    (policy.corroboratedThreshold === undefined ? 'no corroborated answer' : `corroborated ≥ ${policy.corroboratedThreshold} lead ≥ ${policy.corroboratedMargin}`);
  const out: string[] = [`${''.padEnd(24)}   n right clar. wrong kept-out (% of in scope; % of out of scope)`];
  for (const [name, policy] of [
    ['configured policy', config.policy],
    [`tuned on all folds${tuned.metTargets ? '' : ' (targets missed)'}: ${described(tuned.policy)}`, tuned.policy],
    [`tuned on the folds alone: ${described(foldsAlone.policy)}`, foldsAlone.policy],
  ] as const) {
    out.push(name);
    folds.forEach((fold, index) => out.push(row(index === 0 ? 'fold 0 (development)' : `fold ${index}`, evaluateUnder(fold.questions, fold.views, policy, context))));
    const pooledReport = evaluateUnder(pooled.questions, pooled.views, policy, context);
    out.push(row('all folds', pooledReport));
    // Small talk is neither in scope nor out of scope: its misses (clarified or kept out) show only here.
    out.push(`  small talk recognised ${pooledReport.smalltalk.recognised}/${pooledReport.smalltalk.total}, given a seed answer ${pooledReport.smalltalk.leaked}`);
    const sample = evaluateUnder(samples, sampleViews, policy, context);
    const tests = evaluateUnder(contentTests, contentTestViews, policy, context);
    out.push(`  sample questions right ${sample.inScope.right}/${sample.inScope.total}, wrong ${sample.inScope.wrong}; content tests right ${tests.inScope.right}/${tests.inScope.total}, wrong ${tests.inScope.wrong}, referral tests kept out ${tests.outOfScope.keptOut}/${tests.outOfScope.total}`);
  }
  out.push(...unansweredSplit(pooled.questions, pooled.views, config.policy, context));
  out.push(whoIsIllCost(pooled.questions, pooled.views, config.policy, context));
  process.stdout.write(out.join('\n') + '\n');
}

/**
 * The in-scope questions the configured policy clarifies or refers, by what the ranking had: the right
 * intent on top (held back by a small lead or a low confidence), the right intent among the first two curated
 * topics, or neither. Shows how much a better answer/clarify/refer decision could win at most, and how much
 * only a better ranking can.
 */
function unansweredSplit(questions: readonly LabelledQuestion[], views: ReadonlyMap<string, FirstMessageView>, policy: DecisionPolicy, context: ReturnType<typeof policyContextOf>): string[] {
  const report = evaluateUnder(questions, views, policy, context);
  const counts = { clarified: [0, 0, 0], referred: [0, 0, 0] };
  for (const { question, outcome } of report.questions) {
    if (outcome !== 'clarified' && outcome !== 'referred') continue;
    const view = views.get(question.q);
    if (!view || view.redFlag) continue;
    const accepted = new Set([question.label, ...(question.accept ?? [])]);
    const curated = view.ranked.filter((scored) => context.kindOf(scored.intent) === 'knowledge');
    const kind = accepted.has(view.ranked[0]?.intent ?? '') ? 0 : curated.slice(0, 2).some((scored) => accepted.has(scored.intent)) ? 1 : 2;
    counts[outcome][kind]++;
  }
  const line = (name: string, [top, second, neither]: number[]) => `  ${name.padEnd(10)} ${top + second + neither}: right intent on top ${top}, among the first two curated ${second}, neither ${neither}`;
  return ['in scope not answered under the configured policy (red flags aside):', line('clarified', counts.clarified), line('referred', counts.referred)];
}

/**
 * What asking who is ill costs under the configured policy (src/engine/who-is-ill.ts): the folds' outcomes
 * with the question asked and without it, question by question.
 */
function whoIsIllCost(questions: readonly LabelledQuestion[], views: ReadonlyMap<string, FirstMessageView>, policy: DecisionPolicy, context: ReturnType<typeof policyContextOf>): string {
  const without = new Map([...views].map(([text, view]) => [text, { ...view, nobodyNamedIll: false }]));
  const asked = evaluateUnder(questions, views, policy, context).questions;
  const notAsked = evaluateUnder(questions, without, policy, context).questions;
  const moves = new Map<string, number>();
  asked.forEach(({ outcome }, index) => {
    const before = notAsked[index].outcome;
    if (before !== outcome) moves.set(`${before} -> ${outcome}`, (moves.get(`${before} -> ${outcome}`) ?? 0) + 1);
  });
  const unsaid = [...views.values()].filter((view) => view.nobodyNamedIll).length;
  return `asking who is ill when nobody is named (${unsaid} questions name an illness and nobody at all): ${[...moves].map(([move, count]) => `${move} ${count}`).join(', ') || 'no outcome moves'}`;
}

main();
