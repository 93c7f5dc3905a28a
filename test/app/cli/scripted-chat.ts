import { PassThrough } from 'node:stream';
import { latchProgram } from '../../../src/app/cli/latch-program';
import { loadConfig } from '../../../src/config';
import type { Engine } from '../../../src/engine/create-engine';
import { initialConversationState, type ConversationState, type Reply, type Trace } from '../../../src/engine/turn-types';
import { checkStep, readTranscripts, transcriptTimestamp } from '../../support/transcripts';
import { sharedEngine } from '../../support/shared-engine';

// The transcripts of test/conversations, driven end to end through `latch chat --json` with stdin not a
// terminal: one line per message, the conversation carried between lines by the command itself.
const config = loadConfig({});
let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
}, 60_000);

async function scriptedChat(lines: string[]): Promise<{ replies: Reply[]; trace: Trace; state: ConversationState }[]> {
  const stdin = new PassThrough();
  stdin.end(lines.map((line) => line + '\n').join(''));
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  const program = latchProgram({ config, engine: () => engine, stdin, stdout, stderr: new PassThrough(), setExitCode: () => undefined, now: () => new Date(transcriptTimestamp) });
  await program.parseAsync(['node', 'latch', 'chat', '--json']);
  const [, ...turns] = Buffer.concat(chunks).toString('utf8').trim().split('\n').map((line) => JSON.parse(line));
  return turns;
}

describe.each(readTranscripts().map(({ file, conversations }) => [file, conversations] as const))('latch chat --json drives %s', (_file, conversations) => {
  it.each(conversations.map((conversation) => [conversation.name, conversation] as const))('%s', async (_name, conversation) => {
    const turns = await scriptedChat(conversation.steps.map((step) => step.user));
    expect(turns).toHaveLength(conversation.steps.length);
    let previous = { ...initialConversationState(), disclaimerShown: true };
    conversation.steps.forEach((step, index) => {
      checkStep(engine, step, `step ${index + 1} ("${step.user}")`, previous, turns[index]);
      previous = turns[index].state;
    });
  });
});

describe('the scripted paths of the dialogs issue', () => {
  it('asks the day, then the nappies, then gives the under-72-hours answer to "why is my milk late", "2", "yes"', async () => {
    const turns = await scriptedChat(['why is my milk late', '2', 'yes']);
    expect(turns.map((turn) => [turn.trace.route, turn.trace.dialog?.asking ?? null, turn.trace.answerId])).toEqual([
      ['dialog', 'days_since_birth', null],
      ['dialog', 'nappies_on_track', null],
      ['answer', null, 'milk.late.early'],
    ]);
  });

  it('shows the facts and the dialog state in the --json trace', async () => {
    const [, second] = await scriptedChat(['why is my milk late', '2']);
    expect(second.trace.facts).toEqual({ days_since_birth: 2, baby_age_weeks: 0 });
    expect(second.trace.dialog).toEqual({ id: 'milk-late', asking: 'nappies_on_track', values: { days_since_birth: 2 } });
    expect(second.state.dialog).toMatchObject({ id: 'milk-late', asking: 'nappies_on_track' });
  });
});

describe('latch ask', () => {
  it('gives the 72-hours-or-more answer with the caesarean note without asking anything', async () => {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
    const program = latchProgram({ config, engine: () => engine, stdin: new PassThrough(), stdout, stderr: new PassThrough(), setExitCode: () => undefined });
    await program.parseAsync(['node', 'latch', 'ask', '--json', 'I had a c-section 4 days ago, why is my milk late']);
    const { replies, trace } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { replies: Reply[]; trace: Trace };
    expect(trace).toMatchObject({ route: 'answer', intent: 'milk.late', answerId: 'milk.late.delayed', personalised: { notes: [0] }, dialog: null });
    const answer = replies.find((reply) => reply.kind === 'answer');
    const delayed = engine.knowledgeBase.answerById.get('milk.late.delayed');
    expect(answer?.kind === 'answer' && answer.text.endsWith(delayed?.notes[0].text ?? 'no note')).toBe(true);
    expect(replies.some((reply) => reply.kind === 'choices' && reply.choices.some((choice) => choice.intentId === null))).toBe(false);
  });
});
