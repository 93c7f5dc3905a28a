import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BayesClassifier } from 'natural/lib/natural/classifiers';
import { buildEngine } from '../src/app/build-engine';
import { buildAnalyser } from '../src/app/build-understanding';
import { loadContent } from '../src/app/load-content';
import { loadConfig } from '../src/config';
import { classifyFirstMessage, type ClassifyResult } from '../src/engine/create-engine';
import type { Route } from '../src/engine/turn-types';
import { evaluate, type EvaluationReport } from '../src/evaluation/evaluate';
import { readLabelledQuestions, type LabelledQuestion } from '../src/evaluation/labelled-questions';
import { trainingPartOf } from '../src/evaluation/source-site';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base';
import { seededRandom, shuffle } from '../src/nlu/seeded-random';
import { readRedFlagCorpus } from '../src/safety/red-flag-corpus';
import { classifierAloneLinePrefix } from './classifier-alone-line';
import { sharedFolder } from './shared-folder';

/**
 * Both peers get the simplest form of latch's decide policy: answer when the top intent's confidence is at
 * least 0.5, otherwise refer with no intent. 0.5 is nlp.js's own default threshold (below it nlp.js itself
 * returns `None`), and for Bayes it means the normalised top score is more likely than all the rest
 * together. Peers have no margin rule and no "did you mean", so they never clarify; latch keeps its full
 * policy from latch.config.yaml (answer at 0.55 with a 0.25 lead, clarify from 0.25).
 */
const peerAnswerThreshold = 0.5;
const timedRepeats = 20;
// Untimed calls per contender before timing, the same for every contender: V8 keeps optimising a hot path
// for a few thousand calls (on 61 sample questions a first turn's round median fell from ~300 µs in the first
// round to ~140 µs by the tenth), and a server reaches that steady state within its first minute of traffic.
const warmUpCalls = 3000;
/**
 * A set larger than this is timed on this many of its questions, drawn with a fixed seed (the same ones every
 * run); its accuracy figures still cover every question. Timing the whole development split (9,214 questions
 * × 20 rounds for each of the three contenders, 550,000 timed calls) made `npm run bench` run for far longer
 * than everything else in it together; accuracy needs every question, a median and a p99 do not.
 */
const timedQuestionLimit = 500;
const timedSampleSeed = 20_261_206;

/** The questions a set is timed on: all of a small set, else a fixed-seed draw of `timedQuestionLimit`, in the set's order. */
function timedSubset(texts: readonly string[]): string[] {
  if (texts.length <= timedQuestionLimit) return [...texts];
  const positions = [...texts.keys()];
  shuffle(positions, seededRandom(timedSampleSeed));
  return positions
    .slice(0, timedQuestionLimit)
    .sort((first, second) => first - second)
    .map((position) => texts[position]);
}

/** How a set was timed, for the tables' titles: every question, or how many of how many. */
function timedDescription(total: number): string {
  const timed = Math.min(total, timedQuestionLimit);
  return timed === total ? `${total} questions × ${timedRepeats} rounds` : `a fixed-seed sample of ${timed} of ${total} questions × ${timedRepeats} rounds`;
}

interface Contender {
  name: string;
  /** From loaded phrasings to a model ready to classify; latch's is its whole buildEngine start-up. */
  startUpMs: number;
  classify(text: string): ClassifyResult | Promise<ClassifyResult>;
}

interface TrainingPhrasing {
  text: string;
  intent: string;
}

interface NlpJsResult {
  intent: string;
  score: number;
  classifications?: { intent: string; score: number }[];
}

interface NlpJs {
  addLanguage(locale: string): void;
  addDocument(locale: string, text: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, text: string): Promise<NlpJsResult>;
}

const progress = (text: string) => process.stderr.write(`${text}\n`);
const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Exactly what latch trains on: every intent's title and examples, referral and small talk included. */
function trainingPhrasings(knowledgeBase: KnowledgeBase): TrainingPhrasing[] {
  return knowledgeBase.intents.flatMap((intent) =>
    [intent.title, ...intent.examples.map((example) => example.text)].map((text) => ({ text, intent: intent.id })),
  );
}

/** A peer's top intent as latch's classify view, with the route latch's decide gives each topic kind. */
function peerResult(knowledgeBase: KnowledgeBase, text: string, ranked: { intent: string; confidence: number }[]): ClassifyResult {
  const [top, ...rest] = ranked;
  const alternatives = rest.slice(0, 3);
  const kind = top ? knowledgeBase.intentById.get(top.intent)?.kind : undefined;
  if (!top || !kind || top.confidence < peerAnswerThreshold) {
    return { text, route: 'refer', intent: null, confidence: top?.confidence ?? 0, alternatives: ranked.slice(0, 3) };
  }
  const route: Route = kind === 'knowledge' ? 'answer' : kind === 'referral' ? 'refer' : 'smalltalk';
  return { text, route, intent: top.intent, confidence: top.confidence, alternatives };
}

interface NlpJsDock {
  get(name: string): unknown;
  getContainer(): { register(name: string, value: unknown): void };
}

function requireNlpJs(): { dockStart: (settings: object, mustLoadEnv: boolean) => Promise<NlpJsDock> } {
  // @nlpjs/logger builds a pino logger with prettyPrint when it is first required unless NODE_ENV is
  // production, and pino 7 then prints a deprecation warning on stderr; the bench output should not carry it.
  const nodeEnvironment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return require('@nlpjs/basic');
  } finally {
    if (nodeEnvironment === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnvironment;
  }
}

async function trainNlpJs(knowledgeBase: KnowledgeBase, phrasings: TrainingPhrasing[]): Promise<Contender> {
  const { dockStart } = requireNlpJs();
  const start = process.hrtime.bigint();
  // Checked against node_modules/@nlpjs 4.27: autoSave/autoLoad off so no model.nlp is read or written;
  // the epoch log is the `log` setting of the nlu-manager (nlp's own `log` is unused); loadEnv off and a
  // configuration path that cannot exist so no .env or conf.json in the working directory changes the run.
  const dock = await dockStart(
    {
      use: ['Basic'],
      loadEnv: false,
      pathConfiguration: join(__dirname, 'no-nlpjs-conf.json'),
      settings: {
        nlp: { log: false, forceNER: false, autoSave: false, autoLoad: false, modelFileName: '', threshold: peerAnswerThreshold },
        'nlu-manager': { log: false },
      },
    },
    false,
  );
  const silent = () => undefined;
  dock.getContainer().register('logger', { debug: silent, info: silent, warn: silent, error: silent, log: silent, trace: silent });
  const nlp = dock.get('nlp') as NlpJs;
  nlp.addLanguage('en');
  for (const phrasing of phrasings) nlp.addDocument('en', phrasing.text, phrasing.intent);
  await nlp.train();
  const startUpMs = elapsedMs(start);
  return {
    name: 'nlp.js',
    startUpMs,
    async classify(text) {
      const output = await nlp.process('en', text);
      // Below its threshold nlp.js answers `None` with score 1; its classifications keep the real scores.
      const ranked = (output.classifications ?? [])
        .filter((entry) => entry.intent !== 'None')
        .map((entry) => ({ intent: entry.intent, confidence: entry.score }));
      if (output.intent === 'None' || output.score < peerAnswerThreshold) {
        return { text, route: 'refer', intent: null, confidence: ranked[0]?.confidence ?? 0, alternatives: ranked.slice(0, 3) };
      }
      return peerResult(knowledgeBase, text, ranked);
    },
  };
}

function trainBayes(knowledgeBase: KnowledgeBase, phrasings: TrainingPhrasing[]): Contender {
  const start = process.hrtime.bigint();
  const classifier = new BayesClassifier();
  for (const phrasing of phrasings) classifier.addDocument(phrasing.text, phrasing.intent);
  classifier.train();
  const startUpMs = elapsedMs(start);
  return {
    name: 'Bayes',
    startUpMs,
    classify(text) {
      // Scores are prior × likelihood, not probabilities; normalised they are the posterior. When every
      // score underflows to 0 nothing is known about the text, so it gets no confidence at all.
      const scores = classifier.getClassifications(text);
      const total = scores.reduce((sum, entry) => sum + entry.value, 0);
      const ranked = scores.map((entry) => ({ intent: entry.label, confidence: total > 0 ? entry.value / total : 0 }));
      return peerResult(knowledgeBase, text, ranked);
    },
  };
}

/** The held-out `tests:` phrasings, labelled the way evaluate() scores them. */
function heldOutQuestions(knowledgeBase: KnowledgeBase): { scored: LabelledQuestion[]; smalltalk: LabelledQuestion[] } {
  const scored: LabelledQuestion[] = [];
  const smalltalk: LabelledQuestion[] = [];
  for (const intent of knowledgeBase.intents) {
    for (const test of intent.tests) {
      if (intent.kind === 'knowledge') scored.push({ q: test.text, label: intent.id });
      else if (intent.kind === 'referral') scored.push({ q: test.text, label: 'OUT_OF_SCOPE' });
      else smalltalk.push({ q: test.text, label: intent.id });
    }
  }
  return { scored, smalltalk };
}

interface Latency {
  medianUs: number;
  p99Us: number;
  /** The question with the highest median time, to see what drives the tail. */
  slowest: { text: string; medianUs: number };
}

function quantile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

/**
 * Every question timed on its own, `timedRepeats` rounds after untimed warm-up rounds (at least
 * `warmUpCalls` calls, the same for every contender). Each round runs every contender in turn, so a busy
 * spell on a shared machine slows all of them, not just one.
 */
async function measureLatencies(contenders: readonly Contender[], texts: readonly string[]): Promise<Latency[]> {
  const warmUpRounds = Math.max(1, Math.ceil(warmUpCalls / texts.length));
  for (const contender of contenders) for (let round = 0; round < warmUpRounds; round++) for (const text of texts) await contender.classify(text);
  // samples[contender][question] holds one time per round, in microseconds.
  const samples: number[][][] = contenders.map(() => texts.map(() => []));
  for (let round = 0; round < timedRepeats; round++) {
    // Each round starts one question further on. The first question after another contender's block finds the
    // caches holding that contender's data, not this one's, and the untimed call before it warms only what a
    // short question touches: always starting at the file's first question charged that cold start to it in
    // every round (the sample's first question is its ELI5 question of 270 characters, which then stood as both
    // latch's and nlp.js's slowest and set latch's p99). Rotated, each question takes it in one round at most.
    const first = round % texts.length;
    for (const [index, contender] of contenders.entries()) {
      // After another contender's block the first call runs on cold caches; it is not timed.
      await contender.classify(texts[(first + texts.length - 1) % texts.length]);
      for (let step = 0; step < texts.length; step++) {
        const textIndex = (first + step) % texts.length;
        const text = texts[textIndex];
        const start = process.hrtime.bigint();
        const pending = contender.classify(text);
        if (pending instanceof Promise) await pending;
        samples[index][textIndex].push(Number(process.hrtime.bigint() - start) / 1000);
      }
    }
  }
  return samples.map((byQuestion) => {
    const all = byQuestion.flat().sort((a, b) => a - b);
    const medians = byQuestion.map((times) => quantile([...times].sort((a, b) => a - b), 0.5));
    const slowestIndex = medians.indexOf(Math.max(...medians));
    return { medianUs: quantile(all, 0.5), p99Us: quantile(all, 0.99), slowest: { text: texts[slowestIndex], medianUs: medians[slowestIndex] } };
  });
}

interface ContenderRun {
  contender: Contender;
  report: EvaluationReport;
  latency: Latency;
  smalltalk: { total: number; recognised: number };
}

async function runContenders(
  contenders: readonly Contender[],
  questions: readonly LabelledQuestion[],
  smalltalk: readonly LabelledQuestion[],
  isSeedIntent: (id: string) => boolean,
): Promise<ContenderRun[]> {
  const all = [...questions, ...smalltalk];
  const evaluated: Omit<ContenderRun, 'latency'>[] = [];
  for (const contender of contenders) {
    progress(`  evaluating ${contender.name}…`);
    // evaluate() takes a synchronous classifier and nlp.js is asynchronous, so results are gathered first.
    const results = new Map<string, ClassifyResult>();
    for (const question of all) results.set(question.q, await contender.classify(question.q));
    const lookUp = (text: string) => results.get(text) ?? { text, route: 'refer' as const, intent: null, confidence: 0, alternatives: [] };
    const report = evaluate(questions, lookUp, isSeedIntent);
    const recognised = smalltalk.filter((question) => {
      const result = lookUp(question.q);
      return result.route === 'smalltalk' && (question.label === 'SMALLTALK' || result.intent === question.label);
    }).length;
    evaluated.push({ contender, report, smalltalk: { total: smalltalk.length, recognised } });
  }
  progress(`  timing ${timedDescription(all.length)}…`);
  const latencies = await measureLatencies(contenders, timedSubset(all.map((question) => question.q)));
  return evaluated.map((run, index) => ({ ...run, latency: latencies[index] }));
}

const classifierAloneName = 'latch classifier';

/**
 * latch's classifier alone against nlp.js, the like-for-like pair (each reads the message and ranks intents,
 * answering at the same confidence): the line `npm run bench:all` reads for that comparison.
 */
function aloneAgainstNlpJs(runs: readonly ContenderRun[]): string[] {
  const alone = runs.find((run) => run.contender.name === classifierAloneName);
  const nlpJs = runs.find((run) => run.contender.name === 'nlp.js');
  if (!alone || !nlpJs) return [];
  return [
    `${classifierAloneLinePrefix}median ${ratio(alone.latency.medianUs, nlpJs.latency.medianUs)} (${alone.latency.medianUs.toFixed(1)} vs ${nlpJs.latency.medianUs.toFixed(1)} µs), p99 ${ratio(alone.latency.p99Us, nlpJs.latency.p99Us)} (${alone.latency.p99Us.toFixed(1)} vs ${nlpJs.latency.p99Us.toFixed(1)} µs); right answers ${ratio(alone.report.inScope.right, nlpJs.report.inScope.right)}`,
  ];
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);
const ratio = (mine: number, theirs: number) => (theirs === 0 ? (mine === 0 ? 'both 0' : 'n/a (peer 0)') : (mine / theirs).toFixed(2));

function printTable(title: string, runs: readonly ContenderRun[]): void {
  const [latch, ...peers] = runs;
  const rows: [string, (run: ContenderRun) => string][] = [
    ['in scope: answered right (accuracy)', (run) => percent(run.report.inScope.right, run.report.inScope.total)],
    ['in scope: answered wrong', (run) => percent(run.report.inScope.wrong, run.report.inScope.total)],
    ['in scope: clarified', (run) => percent(run.report.inScope.clarified, run.report.inScope.total)],
    ['in scope: referred', (run) => percent(run.report.inScope.referred, run.report.inScope.total)],
    ['out of scope kept out', (run) => `${run.report.outOfScope.keptOut}/${run.report.outOfScope.total}  ${percent(run.report.outOfScope.keptOut, run.report.outOfScope.total)}`],
  ];
  if (latch.report.redFlags.total > 0) {
    rows.push(['red flags caught', (run) => `${run.report.redFlags.caught}/${run.report.redFlags.total}`]);
  }
  if (latch.smalltalk.total > 0) {
    rows.push(['small talk recognised', (run) => `${run.smalltalk.recognised}/${run.smalltalk.total}  ${percent(run.smalltalk.recognised, run.smalltalk.total)}`]);
  }
  rows.push(
    ['latency median (µs)', (run) => run.latency.medianUs.toFixed(1)],
    ['latency p99 (µs)', (run) => run.latency.p99Us.toFixed(1)],
    ['start-up (ms; latch from its cache)', (run) => run.contender.startUpMs.toFixed(0)],
  );

  const { inScope, outOfScope, redFlags } = latch.report;
  const questions = inScope.total + outOfScope.total + redFlags.total + latch.smalltalk.total;
  const counts = [`${inScope.total} in scope`, `${outOfScope.total} out of scope`];
  if (redFlags.total > 0) counts.push(`${redFlags.total} red flags`);
  if (latch.smalltalk.total > 0) counts.push(`${latch.smalltalk.total} small talk`);
  const labelWidth = 38;
  const columnWidth = 18;
  const line = (label: string, cells: string[]) => label.padEnd(labelWidth) + cells.map((cell) => cell.padStart(columnWidth)).join('');
  const output = [
    '',
    `${title}: ${counts.join(', ')}; accuracy over all ${questions}, latency over ${timedDescription(questions)} per classifier`,
    line('', runs.map((run) => run.contender.name)),
    ...rows.map(([label, cell]) => line(label, runs.map(cell))),
    '',
    line('latch / peer', peers.map((peer) => peer.contender.name)),
    line('  accuracy (above 1: latch better)', peers.map((peer) => ratio(inScope.right, peer.report.inScope.right))),
    line('  wrong-answer rate (below 1: better)', peers.map((peer) => ratio(inScope.wrong, peer.report.inScope.wrong))),
    line('  latency median (below 1: faster)', peers.map((peer) => ratio(latch.latency.medianUs, peer.latency.medianUs))),
    line('  latency p99 (below 1: faster)', peers.map((peer) => ratio(latch.latency.p99Us, peer.latency.p99Us))),
    line('  start-up (below 1: faster)', peers.map((peer) => ratio(latch.contender.startUpMs, peer.contender.startUpMs))),
    '',
    ...aloneAgainstNlpJs(runs),
    `latch p99 classify time ${latch.latency.p99Us.toFixed(1)} µs: ${latch.latency.p99Us < 500 ? 'under' : 'NOT under'} 0.5 ms`,
    ...runs.map(
      (run) =>
        `${run.contender.name} slowest question: median ${run.latency.slowest.medianUs.toFixed(1)} µs, ${run.latency.slowest.text.length} characters, ${JSON.stringify(run.latency.slowest.text.slice(0, 60))}`,
    ),
  ];
  process.stdout.write(output.join('\n') + '\n');
}

async function main(): Promise<void> {
  const config = loadConfig();

  progress('training latch…');
  const buildStart = process.hrtime.bigint();
  const engine = buildEngine(config);
  const buildMs = elapsedMs(buildStart);
  // Its first two steps again, one by one, for where the start-up time goes: a warm repeat, without safety
  // rules. Training the classifier again is left out: it took 232 s of a run at load 7 (more than the rest of
  // the bench together) to print one figure; a cold `npx latch kb build` after a content change shows it.
  let stepStart = process.hrtime.bigint();
  const { knowledgeBase } = loadContent(config);
  const loadMs = elapsedMs(stepStart);
  stepStart = process.hrtime.bigint();
  buildAnalyser(knowledgeBase);
  const analyserMs = elapsedMs(stepStart);

  const latch: Contender = {
    name: 'latch',
    startUpMs: buildMs,
    classify: (text) => classifyFirstMessage(engine, text),
  };
  const phrasings = trainingPhrasings(engine.knowledgeBase);
  progress('training nlp.js…');
  const nlpJs = await trainNlpJs(engine.knowledgeBase, phrasings);
  progress('training Bayes…');
  const bayes = trainBayes(engine.knowledgeBase, phrasings);
  // latch's intent classifier on its own (reading the message, spelling, the ranking of its models) under the
  // peers' policy: the same job nlp.js and Bayes do, without the red-flag triage and the decide policy that a
  // latch turn adds. It comes last so the tables' first peer column stays nlp.js.
  const bareClassifier = engine.parts.options.classifier;
  const classifierAlone: Contender = {
    name: classifierAloneName,
    startUpMs: buildMs,
    classify: (text) => peerResult(engine.knowledgeBase, text, bareClassifier.classify(text).ranked),
  };
  const contenders = [latch, nlpJs, bayes, classifierAlone];
  const isSeedIntent = (id: string) => engine.knowledgeBase.intentById.get(id)?.kind === 'knowledge';

  process.stdout.write(
    [
      `Trained on ${phrasings.length} phrasings of ${engine.knowledgeBase.intents.length} intents (titles and examples, referral and small talk included).`,
      `latch start-up: buildEngine ${buildMs.toFixed(0)} ms cold (its compiled model from .cache/latch when content and training code are unchanged); warm repeat of its first steps: load content ${loadMs.toFixed(0)} ms, analyser ${analyserMs.toFixed(0)} ms (the classifier's training is not repeated here).`,
      `Peers answer at confidence ≥ ${peerAnswerThreshold} (no margin, no clarification); latch uses its own decide policy.`,
    ].join('\n') + '\n',
  );

  const samplePath = join(sharedFolder(config.projectRoot), 'eval', 'sample-questions.yaml');
  if (existsSync(samplePath)) {
    const questions = readLabelledQuestions(samplePath);
    progress('sample questions:');
    const runs = await runContenders(contenders, questions, [], isSeedIntent);
    printTable(`Sample questions (${relative(config.projectRoot, samplePath)})`, runs);
  } else {
    process.stdout.write(`\n${samplePath} is missing; skipping the sample questions.\n`);
  }

  // The development split of the corpus of real questions: the examples side trained every contender (it
  // is in content/), these sites did not. The held-out part of the corpus is never read here.
  const corpusPath = process.env.LATCH_BENCH_QUESTIONS ?? join(config.projectRoot, 'eval', 'real-questions', 'train.yaml');
  if (existsSync(corpusPath)) {
    const onlyDevelopment = !process.env.LATCH_BENCH_QUESTIONS;
    const corpus = readLabelledQuestions(corpusPath).filter((question) => !onlyDevelopment || trainingPartOf(question.source) === 'development');
    const smalltalk = corpus.filter((question) => question.label === 'SMALLTALK');
    progress(`${relative(config.projectRoot, corpusPath)}:`);
    const runs = await runContenders(contenders, corpus.filter((question) => question.label !== 'SMALLTALK'), smalltalk, isSeedIntent);
    printTable(`${onlyDevelopment ? 'Development split of ' : ''}${relative(config.projectRoot, corpusPath)}`, runs);
  }

  const heldOut = heldOutQuestions(engine.knowledgeBase);
  progress('held-out tests:');
  const runs = await runContenders(contenders, heldOut.scored, heldOut.smalltalk, isSeedIntent);
  printTable('Held-out tests (knowledge intents in scope, referral intents out of scope, small talk apart)', runs);
  process.stdout.write(
    "Note: latch's calibration temperature and its decide thresholds were fitted on these held-out tests; the peers never saw them.\n",
  );

  // Red-flag messages are long and full of signs: the triage (rules and the learned net) does most work on them.
  const redFlagTexts = ['train.yaml', 'dev.yaml']
    .map((name) => join(config.projectRoot, 'eval', 'red-flags', name))
    .filter((path) => existsSync(path))
    .flatMap((path) => readRedFlagCorpus(path).map((entry) => entry.q));
  if (redFlagTexts.length > 0) {
    progress(`red-flag messages: timing ${timedDescription(redFlagTexts.length)}…`);
    // The engine's own classifier (trained once, or loaded from the compiled model), not a second one trained here.
    const [whole, alone] = await measureLatencies([latch, classifierAlone], timedSubset(redFlagTexts));
    process.stdout.write(
      [
        '',
        `Red-flag corpus (eval/red-flags, ${redFlagTexts.length} messages; timed on ${timedDescription(redFlagTexts.length)}): a whole first turn (triage rules, learned net, classification) against the classifier alone, same run`,
        `  latch turn      median ${whole.medianUs.toFixed(1)} µs, p99 ${whole.p99Us.toFixed(1)} µs`,
        `  classifier only median ${alone.medianUs.toFixed(1)} µs, p99 ${alone.p99Us.toFixed(1)} µs`,
        `  ratio (turn / classifier): median ${ratio(whole.medianUs, alone.medianUs)}, p99 ${ratio(whole.p99Us, alone.p99Us)}`,
        `latch p99 triage plus classification on red-flag messages ${whole.p99Us.toFixed(1)} µs: ${whole.p99Us < 1000 ? 'under' : 'NOT under'} 1 ms`,
        `  slowest: median ${whole.slowest.medianUs.toFixed(1)} µs, ${whole.slowest.text.length} characters`,
      ].join('\n') + '\n',
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
