import { performance } from 'node:perf_hooks';
import { buildEngine } from '../src/app/build-engine';
import { buildResponder } from '../src/app/build-responder';
import { loadConfig, modelConfig } from '../src/config';
import { initialConversationState, type TurnResult } from '../src/engine/turn-types';
import type { ChatModel } from '../src/llm/chat-model';
import { startFakeModelServer } from '../test/support/fake-model-server';

/**
 * The added latency of the model engine's path, measured against the embedded engine alone in the same
 * run: once with an in-process model that answers at once (the cost of the prompt, the gates and the
 * wrapper) and once through HTTP to a local OpenAI-compatible server that answers at once (adding the
 * adapter, JSON and a loopback socket). A real model's generation time comes on top of both.
 */
const rounds = 30;

interface Timing {
  name: string;
  median: number;
  p95: number;
  used: number;
  turns: number;
}

async function time(name: string, questions: readonly string[], respond: (text: string) => TurnResult | Promise<TurnResult>): Promise<Timing> {
  const samples: number[] = [];
  let used = 0;
  for (const question of questions) await respond(question);
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      const result = await respond(question);
      samples.push(performance.now() - started);
      if (result.trace.model.used) used++;
    }
  }
  samples.sort((a, b) => a - b);
  return { name, median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)], used, turns: samples.length };
}

async function main(): Promise<void> {
  const config = loadConfig({});
  const engine = buildEngine(config);
  const timestamp = new Date().toISOString();
  const questions = engine.knowledgeBase.intents
    .filter((intent) => intent.kind === 'knowledge')
    .flatMap((intent) => intent.tests.slice(0, 2).map((test) => test.text))
    .filter((text) => engine.respond({ text, timestamp }, initialConversationState()).trace.route === 'answer');

  const instant: ChatModel = {
    name: 'in-process',
    complete: async (request) => {
      const user = request.messages[1].content;
      const data = JSON.parse(user.slice(user.indexOf('{'))) as { curated_answer: string };
      return { text: `Thank you for asking, it is a good question. ${data.curated_answer}`, finishReason: 'stop', rawFinishReason: 'stop' };
    },
  };
  // The same wiring and defaults as `latch serve`; only the model differs.
  const inProcess = buildResponder(config, engine, modelConfig({ url: 'http://in-process.invalid/v1', name: 'in-process' }), instant);
  const server = await startFakeModelServer();
  const overHttp = buildResponder(config, engine, modelConfig({ url: server.url, name: 'fake' }));

  const turn = (text: string) => ({ text, timestamp });
  const fresh = initialConversationState();
  const embedded = await time('embedded engine alone', questions, (text) => engine.respond(turn(text), fresh));
  const gated = await time('model engine, in-process model', questions, (text) => inProcess.respond(turn(text), fresh));
  const http = await time('model engine, local HTTP model server', questions, (text) => overHttp.respond(turn(text), fresh));
  await server.close();

  const format = (value: number) => value.toFixed(3).padStart(8);
  process.stdout.write(`${questions.length} answer questions x ${rounds} rounds; milliseconds per turn\n\n`);
  process.stdout.write(`${'path'.padEnd(40)}  median       p95  model used  median ratio  added (median)\n`);
  for (const timing of [embedded, gated, http]) {
    process.stdout.write(
      `${timing.name.padEnd(40)}${format(timing.median)}  ${format(timing.p95)}  ${`${timing.used}/${timing.turns}`.padStart(10)}  ${`${(timing.median / embedded.median).toFixed(1)}x`.padStart(12)}  ${format(timing.median - embedded.median)}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
