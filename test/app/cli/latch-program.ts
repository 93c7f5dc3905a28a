import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { latchProgram } from '../../../src/app/cli/latch-program';
import { loadConfig, type LatchConfig } from '../../../src/config';
import type { Engine } from '../../../src/engine/create-engine';
import { netOnlyRedFlags } from '../../support/net-only-red-flags';
import { firstTurn, sharedContent, sharedEngine, sharedUnderstanding } from '../../support/shared-engine';

const routes = ['answer', 'dialog', 'clarify', 'refer', 'smalltalk', 'red_flag'];

let config: LatchConfig;
let engine: Engine;

beforeAll(() => {
  config = loadConfig({});
  engine = sharedEngine();
}, 60_000);

interface Run {
  stdout: string;
  stderr: string;
  exitCodes: number[];
}

function collect(stream: PassThrough): () => Promise<string> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  return async () => {
    stream.end();
    await new Promise((resolve) => stream.once('finish', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    return Buffer.concat(chunks).toString('utf8');
  };
}

/**
 * Runs `latch <args>` with `input` on a stdin that is not a terminal. The kb commands read the content the
 * engine was built on, and kb check its compiled model too (neither loaded a second time in the file), unless
 * `fromDisk`, as the command line itself does.
 */
async function latch(args: string[], input = '', fromDisk = false): Promise<Run> {
  const stdin = new PassThrough();
  stdin.end(input);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const readStdout = collect(stdout);
  const readStderr = collect(stderr);
  const exitCodes: number[] = [];
  const program = latchProgram({ config, engine: () => engine, content: fromDisk ? undefined : sharedContent, understanding: fromDisk ? undefined : sharedUnderstanding, stdin, stdout, stderr, setExitCode: (code) => exitCodes.push(code) });
  program.exitOverride();
  await program.parseAsync(['node', 'latch', ...args]);
  return { stdout: await readStdout(), stderr: await readStderr(), exitCodes };
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function answerText(intentId: string): string {
  const intent = engine.knowledgeBase.intentById.get(intentId);
  const answer = intent && engine.knowledgeBase.answerById.get(intent.answerId);
  if (!answer) throw new Error(`no answer for ${intentId}`);
  return answer.text;
}

describe('latch classify --json', () => {
  const questions = ['is colostrum enough for my baby', 'hello there', 'how long can i keep pumped milk in the freezer', 'sick and breastfeeding'];

  it('writes one JSON object per input line with exactly the documented keys', async () => {
    const { stdout } = await latch(['classify', '--json'], questions.join('\n') + '\n');
    const results = jsonLines(stdout);
    expect(results).toHaveLength(questions.length);
    results.forEach((result, index) => {
      expect(Object.keys(result).sort()).toEqual(['alternatives', 'confidence', 'intent', 'route', 'text']);
      expect(result.text).toBe(questions[index]);
      expect(routes).toContain(result.route);
      expect(result.intent === null || typeof result.intent === 'string').toBe(true);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      const alternatives = result.alternatives as { intent: string; confidence: number }[];
      expect(Array.isArray(alternatives)).toBe(true);
      for (const alternative of alternatives) {
        expect(Object.keys(alternative).sort()).toEqual(['confidence', 'intent']);
        expect(engine.knowledgeBase.intentById.has(alternative.intent)).toBe(true);
        expect(alternative.intent).not.toBe(result.intent);
      }
      const confidences = alternatives.map((alternative) => alternative.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    });
  });

  // The second: a training message the rules miss and the safety check catches (found afresh, see the
  // helper), looked for before the test, as reading the corpus through the rules takes seconds under load.
  let netOnly: ReturnType<typeof netOnlyRedFlags>[number];
  beforeAll(() => {
    [netOnly] = netOnlyRedFlags(1);
  }, 60_000);

  it('adds the level and whether it is certain to a red flag: a rule is certain, the net\'s safety check is not', async () => {
    const lines = ['my baby is floppy and wont wake up', netOnly.text];
    const [rule, check] = jsonLines((await latch(['classify', '--json'], lines.join('\n'))).stdout);
    expect(rule).toMatchObject({ route: 'red_flag', level: 'emergency', certain: true, intent: null });
    expect(check).toMatchObject({ route: 'red_flag', level: firstTurn(netOnly.text).trace.redFlag?.level, certain: false, intent: null });
    expect(['emergency', 'urgent_today', 'soon']).toContain(check.level);
    expect(Object.keys(check).sort()).toEqual(['alternatives', 'certain', 'confidence', 'intent', 'level', 'route', 'text']);
  });

  it('routes each line as the first message of a new conversation', async () => {
    const { stdout } = await latch(['classify', '--json'], questions.join('\n'));
    const results = jsonLines(stdout);
    expect(results.map((result) => [result.route, result.intent])).toEqual([
      ['answer', 'milk.colostrum'],
      ['smalltalk', 'smalltalk.greeting'],
      ['refer', 'refer.pumping'],
      ['clarify', expect.any(String)],
    ]);
  });

  it('skips blank lines', async () => {
    const { stdout } = await latch(['classify', '--json'], '\nhello there\n   \n\n');
    expect(jsonLines(stdout)).toHaveLength(1);
  });

  it('classifies the words given on the command line instead of stdin', async () => {
    const { stdout } = await latch(['classify', 'is', 'colostrum', 'enough', 'for', 'my', 'baby'], 'hello there\n');
    const results = jsonLines(stdout);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ text: 'is colostrum enough for my baby', route: 'answer', intent: 'milk.colostrum' });
  });
});

describe('latch ask', () => {
  it('prints the curated answer to a question', async () => {
    const { stdout } = await latch(['ask', 'is colostrum enough for my baby']);
    expect(stdout).toContain(answerText('milk.colostrum'));
  });

  it('prints the replies and trace as JSON with --json', async () => {
    const { stdout } = await latch(['ask', '--json', 'is', 'colostrum', 'enough', 'for', 'my', 'baby']);
    const output = JSON.parse(stdout) as { replies: { kind: string; intentId?: string }[]; trace: { route: string; intent: string } };
    expect(output.trace).toMatchObject({ route: 'answer', intent: 'milk.colostrum' });
    expect(output.replies).toContainEqual(expect.objectContaining({ kind: 'answer', intentId: 'milk.colostrum' }));
    // `ask` is a one-off question: the disclaimer belongs to conversations.
    expect(output.replies.filter((reply) => reply.kind === 'text')).toEqual([]);
  });
});

describe('latch chat', () => {
  it('welcomes, then answers each line of a scripted conversation', async () => {
    const { stdout } = await latch(['chat'], 'hello there\nis colostrum enough for my baby\n');
    expect(stdout).toContain(engine.knowledgeBase.messages.welcome);
    expect(stdout).toContain('> hello there');
    expect(stdout).toContain('> is colostrum enough for my baby');
    expect(stdout).toContain(answerText('milk.colostrum'));
    expect(stdout.indexOf('> hello there')).toBeLessThan(stdout.indexOf('> is colostrum enough for my baby'));
    expect(stdout.indexOf('> is colostrum enough for my baby')).toBeLessThan(stdout.indexOf(answerText('milk.colostrum')));
  });

  it('prints the welcome, then one JSON line per message with its trace and state, with --json', async () => {
    const { stdout } = await latch(['chat', '--json'], 'hello there\nis colostrum enough for my baby\n');
    const [welcome, ...turns] = jsonLines(stdout) as {
      text?: string;
      replies: unknown[];
      trace?: { route: string; intent: string | null };
      state: { turnCount: number; disclaimerShown: boolean };
    }[];
    expect(welcome.trace).toBeUndefined();
    expect(welcome.state).toMatchObject({ turnCount: 0, disclaimerShown: true });
    expect(turns.map((turn) => [turn.text, turn.trace?.route, turn.trace?.intent, turn.state.turnCount])).toEqual([
      ['hello there', 'smalltalk', 'smalltalk.greeting', 1],
      ['is colostrum enough for my baby', 'answer', 'milk.colostrum', 2],
    ]);
  });

  it('carries the conversation between lines, so "1" picks the first clarify option', async () => {
    const { stdout } = await latch(['chat', '--json'], 'sick and breastfeeding\n1\n');
    const [, clarify, choice] = jsonLines(stdout) as { trace: { route: string; intent: string | null }; state: { offeredChoices: { intentId: string | null }[] } }[];
    expect(clarify.trace.route).toBe('clarify');
    const firstOption = clarify.state.offeredChoices[0].intentId;
    expect(choice.trace).toMatchObject({ route: 'answer', intent: firstOption });
  });
});

describe('latch eval', () => {
  let folder: string;
  let file: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'latch-eval-'));
    file = join(folder, 'questions.yaml');
    writeFileSync(
      file,
      [
        '- q: is colostrum enough for my baby',
        '  label: milk.colostrum',
        '- q: who won the football last night',
        '  label: OFF_TOPIC',
        '- q: how long can i keep pumped milk in the freezer',
        '  label: OUT_OF_SCOPE',
        '',
      ].join('\n'),
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prints the counts of a labelled file', async () => {
    const { stdout } = await latch(['eval', file]);
    expect(stdout).toMatch(/In scope \(1\):/);
    expect(stdout).toMatch(/answered right\s+1\s+100\.0 %/);
    expect(stdout).toMatch(/answered wrong\s+0/);
    expect(stdout).toMatch(/kept out of seed answers: 2\/2/);
    expect(stdout).toMatch(/Red flags caught: 0\/0/);
  });

  it('prints the report as JSON with --json', async () => {
    const { stdout } = await latch(['eval', '--json', file]);
    const report = JSON.parse(stdout) as { inScope: Record<string, number>; outOfScope: Record<string, number>; questions: { outcome: string }[] };
    expect(report.inScope).toEqual({ total: 1, right: 1, clarified: 0, wrong: 0, referred: 0 });
    expect(report.outOfScope).toEqual({ total: 2, keptOut: 2 });
    expect(report.questions.map((question) => question.outcome)).toEqual(['right', 'kept_out', 'kept_out']);
  });
});

describe('latch eval on a red-flag file', () => {
  let folder: string;
  let file: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'latch-red-flags-'));
    file = join(folder, 'red-flags.yaml');
    writeFileSync(
      file,
      [
        '- q: my baby is floppy and wont wake up',
        '  label: RED_FLAG',
        '  row: baby-unresponsive',
        '  level: emergency',
        '- q: i want to end it all',
        '  label: RED_FLAG',
        '  row: mother-mental-health',
        '  level: emergency',
        '- q: my baby gets hiccups after nearly every feed',
        '  label: NEAR_MISS',
        '',
      ].join('\n'),
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reports recall by row and level, under-escalations and near misses flagged', async () => {
    const { stdout } = await latch(['eval', file]);
    expect(stdout).toMatch(/Red flags caught: 2\/2/);
    expect(stdout).toMatch(/baby-unresponsive\s+1\/1/);
    expect(stdout).toMatch(/emergency\s+2\/2/);
    expect(stdout).toMatch(/Under-escalated \(caught at a lower level than labelled\): 0/);
    expect(stdout).toMatch(/Near misses flagged: 0\/1/);
  });
});

describe('latch kb build', () => {
  it('finds the compiled model and the safety net the test run built up to date, without training', async () => {
    // content/ loaded as the command line loads it, so the key found is the one a parent's `latch kb build` finds.
    const { stdout } = await latch(['kb', 'build'], '', true);
    expect(stdout).toMatch(/^Compiled model [0-9a-f]+ is up to date in .+ \(\d+ ms\)\.$/m);
    expect(stdout).toMatch(/^Safety net [0-9a-f]+ is up to date \(\d+ ms\)\.$/m);
    // It loads content/ to find the model's key, as kb check does: seconds on a busy machine.
  }, 30_000);
});

describe('latch kb check', () => {
  // One run for both tests: each run compares every training phrasing with every other (about a second), over
  // the content the file's engine was built on. --evidence only adds its own section before the compiled model's report.
  let stdout: string;
  beforeAll(async () => {
    ({ stdout } = await latch(['kb', 'check', '--top', '3', '--evidence']));
    // 12.4 s and 17.7 s in whole runs at load 11 and 13, 31.8 s at load 10-12 (issue 13: within 2x of 60 s);
    // with the content loaded once for the file, 8.6 s against 14.1 s for this file alone at load 8.
  }, 120_000);

  // kb check reuses the compiled model the test run built once (issue 13), so it no longer cross-validates by default.
  it('prints that the content is valid with its counts, then what the compiled model makes of it', () => {
    const knowledgeBase = engine.knowledgeBase;
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Content is valid: \d+ files, \d+ intents, \d+ answers, \d+ training phrasings, \d+ held-out tests, \d+ dialogs\.$/);
    expect(lines[0]).toContain(`${knowledgeBase.intents.length} intents`);
    expect(lines[0]).toContain(`${knowledgeBase.answerById.size} answers`);
    // Issue 14: then the answers waiting for a clinician, each with its file and line.
    expect(lines[1]).toMatch(new RegExp(`^Review: \\d+ of ${knowledgeBase.answerById.size} answers need a clinician`));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}content\/milk\.yaml:\d+ milk\.late: draft$/));
    // Then what the compiled model (issue 13) makes of the content.
    expect(lines).toContainEqual(expect.stringMatching(/^Compiled model [0-9a-f]+: loaded from the cache\.$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Held-out tests: \d+\/\d+ have their own intent on top/));
    expect(stdout).toMatch(/^Near-duplicate training phrasings in two intents \(similarity ≥ 0\.85\): \d+$/m);
  });

  it('lists the evidence behind each answer with --evidence, which parents never see', () => {
    expect(stdout).toMatch(/^ {2}milk\.late: .*Dewey 2003/m);
  });
});
