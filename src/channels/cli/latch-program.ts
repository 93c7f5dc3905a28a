import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { buildAnalyser, buildResponder, loadContent } from '../../build-engine';
import { modelConfig, type LatchConfig } from '../../config';
import { classifyFirstMessage, type Engine } from '../../engine/create-engine';
import { initialConversationState } from '../../engine/turn-types';
import { crossValidate } from '../../evaluation/cross-validate';
import { evaluate, formatEvaluation } from '../../evaluation/evaluate';
import { readLabelledQuestions } from '../../evaluation/labelled-questions';
import { describeSource } from '../../knowledge/knowledge-base';
import { calendarDate, reviewFindings } from '../../knowledge/review-status';
import { loadPersonalisation } from '../../llm/load-personalisation';
import { renderReplies } from './render-replies';
import { runChat } from './run-chat';

export interface ProgramContext {
  config: LatchConfig;
  /** Built on first use, so `latch --help` does not train a classifier. */
  engine: () => Engine;
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
    .description('accuracy report for a labelled file like ../shared/eval/sample-questions.yaml')
    .argument('<file>', 'YAML list of { q, label, accept? }')
    .option('--json', 'print the report as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const engine = context.engine();
      const questions = readLabelledQuestions(file);
      const isSeedIntent = (id: string) => engine.knowledgeBase.intentById.get(id)?.kind === 'knowledge';
      const report = evaluate(
        questions,
        (text) => classifyFirstMessage(engine, text),
        isSeedIntent,
      );
      print(options.json ? JSON.stringify(report, null, 2) : formatEvaluation(report));
    });

  withModelOptions(program.command('serve'))
    .description('the HTTP server: Bot Framework endpoint for Teams and Azure Bot Service, Teams tab, health and metrics')
    .option('-p, --port <port>', `port to listen on (default ${context.config.server.port}, from PORT or latch.config.yaml)`)
    .option('--host <host>', `address to listen on (default ${context.config.server.host})`)
    .action(async (options: { port?: string; host?: string } & ModelFlags) => {
      const port = options.port === undefined ? undefined : Number(options.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new Error(`--port ${options.port} is not a port number (0-65535)`);
      // Loaded here so the other commands start without botbuilder and express.
      const { serve } = await import('../../server/serve');
      const { boundHeapGrowth } = await import('../../server/bounded-heap-growth');
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
      const { writeTeamsAppPackage } = await import('../teams/teams-app-package');
      const outputPath = resolve(context.config.projectRoot, options.out);
      mkdirSync(dirname(outputPath), { recursive: true });
      const { knowledgeBase } = loadContent(context.config);
      const { manifest } = writeTeamsAppPackage(context.config, knowledgeBase, outputPath);
      print(`wrote ${outputPath}: Teams app ${String(manifest.id)} version ${String(manifest.version)} for the bot at ${context.config.server.publicUrl}/api/messages`);
    });

  const knowledge = program.command('kb').description('work with the knowledge base');
  knowledge
    .command('check')
    .description('validate content/ and dialogs/ and report the intents most often confused in cross-validation')
    .option('--folds <n>', 'cross-validation folds', '5')
    .option('--top <n>', 'how many confused pairs to list', '15')
    .option('--evidence', 'also list the seed paragraphs and studies behind each answer')
    .action((options: { folds: string; top: string; evidence?: boolean }) => {
      const { knowledgeBase, safetyRules, dialogs } = loadContent(context.config);
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
      // The analyser the engine itself uses, so cross-validation measures what the bot will do.
      const analyser = buildAnalyser(knowledgeBase, safetyRules);
      const folds = Number(options.folds);
      // On a terminal the progress line rewrites itself; in a log or pipe each fold gets its own line.
      const onTerminal = Boolean((stderr as { isTTY?: boolean }).isTTY);
      const report = crossValidate(knowledgeBase.intents, analyser, folds, (fold) => stderr.write(`cross-validating: fold ${fold} of ${folds}${onTerminal ? '\r' : '\n'}`));
      if (onTerminal) stderr.write('\n');
      print(`Cross-validation (${report.folds} folds): ${report.correct}/${report.total} training phrasings classified right (${((100 * report.correct) / report.total).toFixed(1)} %).`);
      const pairs = report.confusedPairs.slice(0, Number(options.top));
      if (pairs.length > 0) {
        print('Most often confused (expected -> predicted):');
        for (const pair of pairs) print(`  ${String(pair.count).padStart(3)}  ${pair.expected} -> ${pair.predicted}`);
      }
    });

  return program;
}

