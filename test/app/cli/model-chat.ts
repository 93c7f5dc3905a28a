import { PassThrough } from 'node:stream';
import { buildResponder } from '../../../src/app/build-responder';
import { latchProgram } from '../../../src/app/cli/latch-program';
import { loadConfig, type LatchConfig } from '../../../src/config';
import type { Engine } from '../../../src/engine/create-engine';
import { startFakeModelServer, type FakeModelServer } from '../../support/fake-model-server';
import { sharedEngine } from '../../support/shared-engine';

let config: LatchConfig;
let engine: Engine;
let server: FakeModelServer;

beforeAll(() => {
  // A dropped connection is retried once; the wait before it, 250 ms unless set, is cut to 20 ms here, as the
  // adapter's own tests do: the calls, retries and deadlines are the same, the idle time between them is not.
  const loaded = loadConfig({});
  config = { ...loaded, modelSettings: { ...loaded.modelSettings, retryDelayMs: 20 } };
  engine = sharedEngine();
}, 60_000);
beforeEach(async () => {
  server = await startFakeModelServer();
});
afterEach(() => server.close());

interface TurnLine {
  text: string;
  replies: { kind: string; text: string; answerId?: string }[];
  trace: { route: string; model: { used: boolean; name?: string; fallbackReason?: string; gateFailed?: string; latencyMs?: number } };
}

/** Runs `latch <args>` with `input` on a stdin that is not a terminal; returns stdout. */
async function latch(args: string[], input = ''): Promise<string> {
  const stdin = new PassThrough();
  stdin.end(input);
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  const program = latchProgram({ config, engine: () => engine, stdin, stdout, stderr: new PassThrough(), setExitCode: () => undefined });
  program.exitOverride();
  await program.parseAsync(['node', 'latch', ...args]);
  return Buffer.concat(chunks).toString('utf8');
}

async function chat(lines: string[], extra: string[] = []): Promise<TurnLine[]> {
  const output = await latch(['chat', '--json', ...extra], lines.join('\n') + '\n');
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as TurnLine)
    .filter((line) => line.trace !== undefined);
}

const script = ['hello', 'is colostrum enough for my baby', 'how is breast milk made', 'my baby is floppy and hard to wake', 'how much caffeine can i have'];
const answerText = (turn: TurnLine) => turn.replies.find((reply) => reply.kind === 'answer')?.text;

describe('latch chat --model', () => {
  it('gets model-worded answers from an OpenAI-compatible server, and curated replies for everything else', async () => {
    const turns = await chat(script, ['--model', server.url, '--model-name', 'fake-llama']);
    const curated = await chat(script);
    expect(turns.map((turn) => [turn.text, turn.trace.route, turn.trace.model.used, turn.trace.model.fallbackReason])).toEqual([
      ['hello', 'smalltalk', false, 'not_eligible'],
      ['is colostrum enough for my baby', 'answer', true, undefined],
      ['how is breast milk made', 'answer', true, undefined],
      ['my baby is floppy and hard to wake', 'red_flag', false, 'not_eligible'],
      ['how much caffeine can i have', 'answer', true, undefined],
    ]);
    expect(server.requests).toBe(3);
    turns.forEach((turn, index) => {
      if (!turn.trace.model.used) return expect(turn.replies).toEqual(curated[index].replies);
      expect(turn.trace.model.name).toBe('fake-llama');
      expect(answerText(turn)).toBe(`Thank you for asking, it is a good question. ${answerText(curated[index])}`);
    });
    // Two conversations of five turns, the file's first over the model: 2.72 of jest's 5 s in a whole run at load 13.
  }, 30_000);

  // The deadline: where the server answers at once (drops, breaks, adds), one a loaded machine cannot miss by
  // itself (a dropped connection must not read as a timeout); where it never answers in time (hangs, is slow),
  // a short one, as nothing else can happen before it and each is waited out in full, twice.
  it.each([
    ['hangs', 'hang' as const, 'timeout', '300'],
    ['answers slowly', 'slow' as const, 'timeout', '300'],
    ['drops the connection', 'drop' as const, 'error', '1200'],
    ['sends broken JSON', 'malformed' as const, 'error', '1200'],
    ['adds a number', 'add_number' as const, 'gate', '1200'],
  ])('sends every curated answer within the deadline when the server %s, and the trace says why', async (_what, behaviour, reason, deadlineMs) => {
    server.behaviour = behaviour;
    server.delayMs = 5000;
    const questions = ['is colostrum enough for my baby', 'how is breast milk made'];
    const started = Date.now();
    // Either deadline is far below the 5 s the server would take for each answer.
    const turns = await chat(questions, ['--model', server.url, '--model-name', 'fake', '--model-timeout', deadlineMs]);
    // Two model calls at 1.2 s each at most, with room for a loaded machine; the server alone would take 10 s.
    expect(Date.now() - started).toBeLessThan(5000);
    const curated = await chat(questions);
    expect(turns.map((turn) => turn.replies)).toEqual(curated.map((turn) => turn.replies));
    expect(turns.map((turn) => turn.trace.model.fallbackReason)).toEqual([reason, reason]);
    if (reason === 'gate') expect(turns.map((turn) => turn.trace.model.gateFailed)).toEqual(['numbers', 'numbers']);
    // Two 1.2 s deadlines are waited out by design: jest's 5 s default left no room above the 5 s the test
    // itself allows, so a slow run would end in a bare timeout rather than the elapsed-time expectation.
  }, 20_000);

  it('stops calling a server that is down once the circuit opens', async () => {
    const url = server.url;
    await server.close();
    const questions = ['is colostrum enough for my baby', 'how is breast milk made', 'how much caffeine can i have', 'is colostrum enough for my baby'];
    const turns = await chat(questions, ['--model', url, '--model-name', 'fake']);
    expect(turns.map((turn) => turn.trace.model.fallbackReason)).toEqual(['error', 'error', 'error', 'circuit_open']);
    server = await startFakeModelServer();
  });

  it('works for latch ask too', async () => {
    const output = JSON.parse(await latch(['ask', '--json', '--model', server.url, '--model-name', 'fake', 'is colostrum enough for my baby'])) as TurnLine;
    expect(output.trace.model).toMatchObject({ used: true, name: 'fake' });
    expect(answerText(output)).toMatch(/^Thank you for asking/);
  });

  it('uses the embedded engine itself, with no network at all, when no model is configured', () => {
    expect(buildResponder(config, engine)).toBe(engine);
    expect(buildResponder({ ...config, modelSettings: { name: 'only-a-name' } }, engine)).toBe(engine);
  });

  it('refuses a model URL without a model name', async () => {
    await expect(latch(['ask', '--model', server.url, 'hello'])).rejects.toThrow(/no model name/);
  });
});
