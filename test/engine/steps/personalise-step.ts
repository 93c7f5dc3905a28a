import { personaliseStep, type PersonaliseStepOptions } from '../../../src/engine/steps/personalise-step';
import { initialConversationState, type AnswerReply, type Route, type TurnResult } from '../../../src/engine/turn-types';
import type { ChatModel } from '../../../src/llm/chat-model';
import { CircuitBreaker } from '../../../src/llm/circuit-breaker';
import { ConcurrencyLimit } from '../../../src/llm/concurrency-limit';
import { curatedAnswer, modelEngineParts } from '../../support/model-engine-parts';
import { RecordingModel, type PersonalisationData } from '../../llm/recording-model';

const turn = { text: 'is colostrum enough for my baby', timestamp: '2026-11-26T03:00:00.000Z' };

function answerReply(): AnswerReply {
  const answer = curatedAnswer('milk.colostrum');
  return { kind: 'answer', intentId: 'milk.colostrum', answerId: 'milk.colostrum', short: answer.short, text: answer.text, sources: [] };
}

/** What the ordered steps hand the personalise step: replies, the chosen answer among them, and the trace. */
function stepsResult(route: Route, answer?: AnswerReply): TurnResult {
  const opening = { kind: 'text' as const, text: 'opening' };
  return {
    replies: answer ? [opening, answer] : [opening],
    state: initialConversationState(),
    trace: {
      route,
      intent: 'milk.colostrum',
      confidence: 0.9,
      alternatives: [],
      answerId: answer?.answerId ?? null,
      facts: {},
      reason: 'test',
      knownWordShare: 1,
      redFlag: null,
      dialog: null,
      personalised: null,
      feedback: null,
      model: { used: false },
    },
    ...(answer && { answer }),
  };
}

function step(model: ChatModel, options: Partial<PersonaliseStepOptions> = {}) {
  const { personalisation, gates } = modelEngineParts();
  return personaliseStep({
    model,
    personalisation,
    gates,
    timeoutMs: 1000,
    breaker: new CircuitBreaker({ failureThreshold: 3, coolDownMs: 60000 }),
    limit: new ConcurrencyLimit(4),
    ...options,
  });
}

const personal = (data: PersonalisationData) => `Thank you for asking, it's a good question. ${data.curated_answer}`;

// The model engine's parts (personalisation, gates over the shared content) are built once before the
// tests: the first test built them inside its own 5 s limit (3.4 s of it under load).
beforeAll(() => {
  modelEngineParts();
}, 60_000);

describe('the personalise step', () => {
  it("puts the model's wording in place of the chosen answer and leaves the other replies as they were", async () => {
    const answer = answerReply();
    const result = stepsResult('answer', answer);
    const personalised = await step(new RecordingModel(personal))(turn, result);
    expect(personalised.answer).toEqual({ ...answer, text: `Thank you for asking, it's a good question. ${answer.text}` });
    expect(personalised.replies).toEqual([result.replies[0], personalised.answer]);
    expect(personalised.trace).toEqual({ used: true, name: 'recording-model', latencyMs: expect.any(Number) });
  });

  it('does not call the model for a turn that gave no curated answer', async () => {
    const model = new RecordingModel(personal);
    const result = stepsResult('clarify');
    const personalised = await step(model)(turn, result);
    expect(model.calls).toHaveLength(0);
    expect(personalised).toEqual({ replies: result.replies, trace: { used: false, fallbackReason: 'not_eligible' } });
  });

  it('keeps the curated replies when the model takes longer than the time limit, and counts a failure', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 60000 });
    const result = stepsResult('answer', answerReply());
    const slow = new RecordingModel((data) => new Promise<string>((resolve) => setTimeout(() => resolve(data.curated_answer), 200)));
    const personalised = await step(slow, { timeoutMs: 20, breaker })(turn, result);
    expect(personalised.replies).toBe(result.replies);
    expect(personalised.trace).toMatchObject({ used: false, fallbackReason: 'timeout' });
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('keeps the curated replies without calling the model when every model slot is taken', async () => {
    const model = new RecordingModel(personal);
    const limit = new ConcurrencyLimit(1);
    limit.tryAcquire();
    const personalised = await step(model, { limit })(turn, stepsResult('answer', answerReply()));
    expect(model.calls).toHaveLength(0);
    expect(personalised.trace).toEqual({ used: false, name: 'recording-model', fallbackReason: 'busy' });
  });
});
