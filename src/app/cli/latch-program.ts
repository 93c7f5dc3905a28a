import { rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { buildResponder } from '../build-responder';
import { buildRuleTriage } from '../build-rule-triage';
import { buildUnderstanding, type Understanding } from '../build-understanding';
import { loadOrTrainNearMissModel } from '../cached-near-miss-model';
import { loadOrTrainSafetyNet } from '../cached-safety-net';
import { loadContent, type Content } from '../load-content';
import { modelConfig, type LatchConfig } from '../../config';
import { classifyFirstMessage, type Engine } from '../../engine/create-engine';
import { initialConversationState } from '../../engine/turn-types';
import { crossValidate } from '../../evaluation/cross-validate';
import { evaluate, formatEvaluation } from '../../evaluation/evaluate';
import { importQuestions, intentOfQuestion, readTopicIntents } from '../../evaluation/import-questions';
import { nearDuplicates } from '../../evaluation/near-duplicates';
import { readLabelledQuestions } from '../../evaluation/labelled-questions';
import { describeSource } from '../../knowledge/knowledge-base';
import { calendarDate, reviewFindings } from '../../knowledge/review-status';
import { formatRedFlagReport, isRedFlagFile, redFlagReport } from '../../evaluation/red-flag-report';
import { trainingPartOf } from '../../evaluation/source-site';
import { ContentError } from '../../knowledge/content-error';
import { loadPersonalisation } from '../../llm/load-personalisation';
import { renderReplies } from './render-replies';
import { runChat } from './run-chat';

export interface ProgramContext {
  config: LatchConfig;
  /** Built on first use, so `latch --help` does not train a classifier. */
  engine: () => Engine;
  /**
   * content/ and dialogs/ as `kb check` and `kb build` read them; without it each loads them afresh. The tests
   * give the content their engine was built on, so a command does not load again what the test file has.
   */
  content?: () => Content;
  /**
   * The compiled model built for `content`, for `kb check`; without it kb check loads it from the cache (or
   * trains it). The tests give the one their engine was built with.
   */
  understanding?: () => Understanding;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  setExitCode: (code: number) => void;
  /** The clock messages are dated by ("born on monday" is counted from it); tests fix it. */
  now?: () => Date;
}

interface ModelFlags {
  model?: string;
  modelName?: string;
  modelTimeout?: string;
}

export function latchProgram(context: ProgramContext): Command {
  const { stdout, stderr } = context;
  const print = (text: string) => stdout.write(text + '\n');
  /** The embedded engine, or the model engine when a model URL comes from the flags, config or environment. */
  const responder = (flags: ModelFlags) => {
    const timeoutMs = flags.modelTimeout === undefined ? undefined : Number(flags.modelTimeout);
    const model = modelConfig({
      ...context.config.modelSettings,
      ...(flags.model !== undefined && { url: flags.model }),
      ...(flags.modelName !== undefined && { name: flags.modelName }),
      ...(timeoutMs !== undefined && { timeoutMs }),
    });
    return buildResponder(context.config, context.engine(), model);
  };
  const withModelOptions = (command: Command) =>
    command
      .option('--model <url>', 'word answers with a model at this OpenAI-compatible URL, e.g. http://localhost:11434/v1 (or LATCH_MODEL_URL)')
      .option('--model-name <name>', 'the model, or Azure OpenAI deployment, to ask (or LATCH_MODEL_NAME)')
      .option('--model-timeout <ms>', 'milliseconds the whole model call may take before the curated answer is sent (default 3000)');
  const program = new Command('latch')
    .description('latch, a breastfeeding-support chatbot: answers from a curated knowledge base, escalates red flags to a human.')
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text) });

  withModelOptions(program.command('chat'))
    .description('talk to latch in the terminal; with stdin not a terminal, one message per line')
    .option('--json', 'print each turn as JSON with its replies, trace and state')
    .action(async (options: { json?: boolean } & ModelFlags) => {
      await runChat({
        engine: responder(options),
        input: context.stdin as unknown as NodeJS.ReadableStream & import('node:stream').Readable,
        output: stdout as unknown as import('node:stream').Writable,
        interactive: Boolean(context.stdin.isTTY) && !options.json,
        json: Boolean(options.json),
        now: context.now,
      });
    });

  withModelOptions(program.command('ask'))
    .description('ask one question and print the answer')
    .argument('<question...>', 'the question, in quotes or as words')
    .option('--json', 'print the replies and trace as JSON')
    .action(async (words: string[], options: { json?: boolean } & ModelFlags) => {
      const engine = responder(options);
      // One question, no conversation after it: no disclaimer turn and no "Was this helpful?" that cannot be answered.
      const state = { ...initialConversationState(), disclaimerShown: true, feedbackAskedAt: 0 };
      const result = await engine.respond({ text: words.join(' '), timestamp: (context.now?.() ?? new Date()).toISOString() }, state);
      print(options.json ? JSON.stringify({ replies: result.replies, trace: result.trace }) : renderReplies(result.replies, engine.knowledgeBase.messages));
    });

  program
    .command('classify')
    .description('classify each line of stdin (or the given text) as the first message of a conversation; prints one JSON object per line')
    .option('--json', 'JSON lines output (the default and only format; kept for the documented contract)')
    .argument('[text...]', 'text to classify instead of reading stdin')
    .action(async (words: string[]) => {
      const engine = context.engine();
      const classifyLine = (text: string) => {
        print(JSON.stringify(classifyFirstMessage(engine, text)));
      };
      if (words.length > 0) return classifyLine(words.join(' '));
      for await (const line of createInterface({ input: context.stdin as NodeJS.ReadableStream & import('node:stream').Readable })) {
        if (line.trim() !== '') classifyLine(line);
      }
    });

  program
    .command('eval')
    .description('accuracy report for a labelled file like ../shared/eval/sample-questions.yaml; for a red-flag file (rows, levels, NEAR_MISS) recall by row and level, under-escalations and near misses flagged')
    .argument('<file>', 'YAML list of { q, label, accept?, topic?, source?, row?, level? }')
    .option('--json', 'print the report as JSON')
    .option('--by-source', 'add a table by the site each question was modelled on')
    .option('--part <part>', 'only the questions of one side of the training split: development or examples')
    .option('--topics <file>', 'which referral intent each out-of-scope topic belongs to', 'eval/real-questions/topics.yaml')
    .option('--no-misses', 'leave out the list of missed questions')
    .action((file: string, options: { json?: boolean; bySource?: boolean; part?: string; topics: string; misses: boolean }) => {
      if (options.part !== undefined && options.part !== 'development' && options.part !== 'examples') {
        throw new Error(`--part ${options.part}: expected development or examples`);
      }
      const engine = context.engine();
      const questions = readLabelledQuestions(file).filter((question) => options.part === undefined || trainingPartOf(question.source) === options.part);
      if (isRedFlagFile(questions)) {
        // A red-flag file: recall by row and level, under-escalations and near misses flagged.
        const redFlags = redFlagReport(questions, (text) => classifyFirstMessage(engine, text));
        print(options.json ? JSON.stringify(redFlags, null, 2) : formatRedFlagReport(redFlags, { misses: options.misses }));
        return;
      }
      const topics = readTopicIntents(resolve(context.config.projectRoot, options.topics));
      const { knowledgeBase } = engine;
      const isSeedIntent = (id: string) => knowledgeBase.intentById.get(id)?.kind === 'knowledge';
      const referralOf = (question: (typeof questions)[number]) => {
        const intentId = question.label === 'OUT_OF_SCOPE' || question.label === 'OFF_TOPIC' ? intentOfQuestion(question, knowledgeBase, topics) : undefined;
        return intentId && knowledgeBase.intentById.get(intentId)?.kind === 'referral' ? intentId : undefined;
      };
      const report = evaluate(questions, (text) => classifyFirstMessage(engine, text), isSeedIntent, referralOf);
      print(options.json ? JSON.stringify(report, null, 2) : formatEvaluation(report, { bySource: options.bySource, misses: options.misses }));
    });

  withModelOptions(program.command('serve'))
    .description('the HTTP server: Bot Framework endpoint for Teams and Azure Bot Service, Teams tab, health and metrics')
    .option('-p, --port <port>', `port to listen on (default ${context.config.server.port}, from PORT or latch.config.yaml)`)
    .option('--host <host>', `address to listen on (default ${context.config.server.host})`)
    .action(async (options: { port?: string; host?: string } & ModelFlags) => {
      const port = options.port === undefined ? undefined : Number(options.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new Error(`--port ${options.port} is not a port number (0-65535)`);
      const { boundHeapGrowth, holdYoungGenerationUntilReady } = await import('../../server/bounded-heap-growth');
      // Start-up's garbage should not leave the idle server large (see the file).
      holdYoungGenerationUntilReady();
      // Loaded here so the other commands start without botbuilder and express.
      const { serve } = await import('../../server/serve');
      const engine = responder(options);
      // This process is a long-running server now: memory should stay flat under load (see the file).
      boundHeapGrowth();
      await serve({ config: context.config, engine, port, host: options.host, print });
    });

  program
    .command('teams-package')
    .description('write the Teams app zip (manifest with the bot id and public host from config, icons) for side-loading')
    .option('--out <file>', 'where to write the zip', 'appPackage/build/latch-teams.zip')
    .action(async (options: { out: string }) => {
      const { mkdirSync } = await import('node:fs');
      const { dirname, resolve } = await import('node:path');
      const { writeTeamsAppPackage } = await import('../../channels/teams/teams-app-package');
      const outputPath = resolve(context.config.projectRoot, options.out);
      mkdirSync(dirname(outputPath), { recursive: true });
      const { knowledgeBase } = loadContent(context.config);
      const { manifest } = writeTeamsAppPackage(context.config, knowledgeBase, outputPath);
      print(`wrote ${outputPath}: Teams app ${String(manifest.id)} version ${String(manifest.version)} for the bot at ${context.config.server.publicUrl}/api/messages`);
    });

  const knowledge = program.command('kb').description('work with the knowledge base');
  knowledge
    .command('check')
    .description('validate content/ and dialogs/, list answers awaiting review, then report with the compiled model: held-out tests, confused intents, near-duplicate phrasings')
    .option('--top <n>', 'how many confused pairs and near-duplicates to list', '15')
    .option('--similarity <share>', 'how alike two phrasings of different intents must be to be listed (0-1)', '0.85')
    .option('--folds <n>', 'also cross-validate the training phrasings in this many folds (trains that many models; slow)', '0')
    .option('--evidence', 'also list the seed paragraphs and studies behind each answer')
    .action((options: { top: string; similarity: string; folds: string; evidence?: boolean }) => {
      const content = context.content?.() ?? loadContent(context.config);
      const { knowledgeBase, dialogs } = content;
      // The model engine's prompt is content too: check it even when no model is configured here.
      loadPersonalisation(context.config.contentDirectory, context.config.projectRoot);
      const examples = knowledgeBase.intents.reduce((sum, intent) => sum + intent.examples.length, 0);
      const tests = knowledgeBase.intents.reduce((sum, intent) => sum + intent.tests.length, 0);
      print(`Content is valid: ${knowledgeBase.files.length} files, ${knowledgeBase.intents.length} intents, ${knowledgeBase.answerById.size} answers, ${examples} training phrasings, ${tests} held-out tests, ${dialogs.size} dialogs.`);
      const findings = reviewFindings(knowledgeBase, calendarDate(new Date()));
      if (findings.length === 0) print(`Review: every answer is reviewed and none is overdue.`);
      else {
        print(`Review: ${findings.length} of ${knowledgeBase.answerById.size} answers need a clinician (require_reviewed: true refuses to start with drafts):`);
        for (const finding of findings) {
          const why = finding.problem === 'draft' ? 'draft' : `overdue since ${finding.reviewDue}`;
          print(`  ${finding.file}:${finding.line ?? '?'} ${finding.answerId}: ${why}`);
        }
      }
      // What the answers rest on, for the reviewer: the seed paragraphs and the evidence, which parents never see.
      if (options.evidence) {
        print('Evidence behind each answer (never shown to parents):');
        for (const answer of knowledgeBase.answerById.values()) {
          const evidence = answer.sources.filter((source) => !('url' in source)).map(describeSource);
          if (evidence.length > 0) print(`  ${answer.id}: ${evidence.join('; ')}`);
        }
      }
      // The compiled model the bot itself starts from: loaded from the cache, or trained and cached now.
      const understanding = context.understanding?.() ?? buildUnderstanding(context.config, content);
      print(`Compiled model ${understanding.key}: ${understanding.origin === 'cache' ? 'loaded from the cache' : 'trained now'}${understanding.cacheProblem ? ` (${understanding.cacheProblem})` : ''}.`);
      const top = Number(options.top);
      const confusion = new Map<string, number>();
      let right = 0;
      for (const intent of knowledgeBase.intents) {
        for (const test of intent.tests) {
          const predicted = understanding.classifier.classify(test.text).ranked[0]?.intent;
          if (predicted === intent.id) right++;
          else confusion.set(`${intent.id} -> ${predicted}`, (confusion.get(`${intent.id} -> ${predicted}`) ?? 0) + 1);
        }
      }
      print(`Held-out tests: ${right}/${tests} have their own intent on top (${((100 * right) / Math.max(tests, 1)).toFixed(1)} %).`);
      const confused = [...confusion].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
      if (confused.length > 0) {
        print('Most often confused held-out tests (expected -> predicted):');
        for (const [pair, count] of confused) print(`  ${String(count).padStart(3)}  ${pair}`);
      }
      const duplicates = nearDuplicates(knowledgeBase.intents, understanding.classifier, Number(options.similarity));
      print(`Near-duplicate training phrasings in two intents (similarity ≥ ${options.similarity}): ${duplicates.length}`);
      for (const duplicate of duplicates.slice(0, top)) {
        const where = (phrasing: { location: { file: string; line: number | undefined } }) => `${phrasing.location.file}:${phrasing.location.line ?? '?'}`;
        print(`  ${duplicate.similarity.toFixed(2)}  ${duplicate.first.intent} "${duplicate.first.phrasing.text}" (${where(duplicate.first.phrasing)})`);
        print(`        ${duplicate.second.intent} "${duplicate.second.phrasing.text}" (${where(duplicate.second.phrasing)})`);
      }
      const folds = Number(options.folds);
      if (folds > 1) {
        // On a terminal the progress line rewrites itself; in a log or pipe each fold gets its own line.
        const onTerminal = Boolean((stderr as { isTTY?: boolean }).isTTY);
        const report = crossValidate(knowledgeBase.intents, understanding.analyser, folds, (fold) => stderr.write(`cross-validating: fold ${fold} of ${folds}${onTerminal ? '\r' : '\n'}`));
        if (onTerminal) stderr.write('\n');
        print(`Cross-validation (${report.folds} folds): ${report.correct}/${report.total} training phrasings classified right (${((100 * report.correct) / report.total).toFixed(1)} %).`);
        const pairs = report.confusedPairs.slice(0, top);
        if (pairs.length > 0) {
          print('Most often confused in cross-validation (expected -> predicted):');
          for (const pair of pairs) print(`  ${String(pair.count).padStart(3)}  ${pair.expected} -> ${pair.predicted}`);
        }
      }
    });

  knowledge
    .command('build')
    .description('train the compiled model (weights, vocabulary, spelling index), the red-flag safety net and the near-miss model into their caches now')
    .option('--force', 'train the model, the safety net and the near-miss model even when their caches are up to date')
    .action((options: { force?: boolean }) => {
      if (!context.config.modelCacheDirectory) throw new Error('the model cache is off (LATCH_MODEL_CACHE=off or model_cache_directory: off); there is nowhere to build to');
      const start = process.hrtime.bigint();
      const content = context.content?.() ?? loadContent(context.config);
      const understanding = buildUnderstanding(context.config, content, { refresh: options.force });
      const milliseconds = Number(process.hrtime.bigint() - start) / 1e6;
      if (understanding.cacheProblem && understanding.origin === 'trained') throw new Error(understanding.cacheProblem);
      print(`Compiled model ${understanding.key} ${understanding.origin === 'cache' ? 'is up to date' : 'trained'} in ${context.config.modelCacheDirectory} (${milliseconds.toFixed(0)} ms).`);
      // The red-flag net has a cache of its own, keyed by safety.yaml, its corpus and the safety code: built here
      // too, so the first start after an edit does not train it.
      const netStart = process.hrtime.bigint();
      const rules = buildRuleTriage(content, understanding.englishWords());
      const net = loadOrTrainSafetyNet(context.config, content, rules, { refresh: options.force });
      const netMilliseconds = Number(process.hrtime.bigint() - netStart) / 1e6;
      print(`Safety net ${net.key} ${net.origin === 'cache' ? 'is up to date' : 'trained'} (${netMilliseconds.toFixed(0)} ms).`);
      // So is the near-miss model (safety_check.near_miss), keyed by the same files and its own code.
      if (content.safetyRules.safety_check.near_miss) {
        const nearMissStart = process.hrtime.bigint();
        const nearMiss = loadOrTrainNearMissModel(context.config, content, rules, net.key, { refresh: options.force });
        const nearMissMilliseconds = Number(process.hrtime.bigint() - nearMissStart) / 1e6;
        print(`Near-miss model ${nearMiss.key} ${nearMiss.origin === 'cache' ? 'is up to date' : 'trained'} (${nearMissMilliseconds.toFixed(0)} ms).`);
      }
    });

  knowledge
    .command('import-questions')
    .description('write the training part of a corpus of real questions (development split left out) as examples of their intents')
    .argument('<file>', 'the corpus, e.g. eval/real-questions/train.yaml')
    .option('--topics <file>', 'which intent each out-of-scope topic belongs to', 'eval/real-questions/topics.yaml')
    .option('--out <file>', 'the examples file to write', 'content/real-questions.yaml')
    .action(async (file: string, options: { topics: string; out: string }) => {
      // Only this command writes YAML: `latch serve` does not load the library.
      const { stringify } = await import('yaml');
      const root = context.config.projectRoot;
      const outputPath = resolve(root, options.out);
      const outputFile = relative(root, outputPath);
      let knowledgeBase;
      try {
        ({ knowledgeBase } = loadContent(context.config));
      } catch (error) {
        // An earlier import that clashes with phrasings written since is replaced, not a reason to stop.
        if (!(error instanceof ContentError) || !error.problems.every((problem) => problem.file === outputFile)) throw error;
        rmSync(outputPath);
        ({ knowledgeBase } = loadContent(context.config));
      }
      const topics = readTopicIntents(resolve(root, options.topics));
      for (const [topic, intentId] of Object.entries(topics)) {
        if (!knowledgeBase.intentById.has(intentId)) throw new Error(`${options.topics}: topic "${topic}" names ${intentId}, which is not an intent`);
      }
      const imported = importQuestions(readLabelledQuestions(resolve(root, file)), knowledgeBase, topics, (phrasingFile) => phrasingFile !== outputFile);
      const examplesFor = Object.fromEntries([...imported.examples].sort(([a], [b]) => a.localeCompare(b)));
      const header = [
        `# Written by \`latch kb import-questions ${file}\`: questions of the training corpus, in the corpus writers'`,
        '# words, as examples of their intents. The development split (by site) is left out on purpose: it',
        '# chooses the model and tunes the decide policy. Edit the corpus and import again rather than this file.',
      ].join('\n');
      writeFileSync(outputPath, `${header}\n${stringify({ version: 1, source: file, examples_for: examplesFor }, { lineWidth: 0 })}`);
      const count = [...imported.examples.values()].reduce((sum, list) => sum + list.length, 0);
      print(`wrote ${outputFile}: ${count} examples for ${imported.examples.size} intents; ${imported.development} development questions left out; ${imported.duplicates} already in content.`);
      const uncovered = [...imported.unmappedTopics].filter(([, asked]) => asked >= 5).sort((a, b) => b[1] - a[1]);
      if (uncovered.length > 0) {
        print(`Out-of-scope topics asked 5 times or more with no intent in ${options.topics} (each needs a referral intent):`);
        for (const [topic, asked] of uncovered) print(`  ${String(asked).padStart(3)}  ${topic}`);
      }
    });

  return program;
}

