import { answerStep } from '../../../src/engine/steps/answer-step';
import { sharedEngine } from '../../support/shared-engine';
import { turnAtStep } from '../../support/turn-at-step';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('the answer step', () => {
  it('gives the curated answer and asks whether it helped', () => {
    const turn = turnAtStep('is colostrum enough for my baby');
    turn.decision = { route: 'answer', intent: 'milk.colostrum', options: [], reason: 'test' };
    expect(answerStep(turn)).toBe('finished');
    expect(turn.replies.find((reply) => reply.kind === 'answer')).toMatchObject({ answerId: 'milk.colostrum' });
    expect(turn.state.feedbackOpen?.answerId).toBe('milk.colostrum');
  });

  it('returns the answer it gave as data, the same reply the person sees', () => {
    const turn = turnAtStep('is colostrum enough for my baby');
    turn.decision = { route: 'answer', intent: 'milk.colostrum', options: [], reason: 'test' };
    answerStep(turn);
    const result = turn.finish();
    expect(result.answer?.answerId).toBe('milk.colostrum');
    expect(result.replies).toContain(result.answer);
  });

  it('returns no answer for a referral', () => {
    const turn = turnAtStep('qwerty');
    turn.decision = { route: 'refer', intent: null, options: [], reason: 'test' };
    answerStep(turn);
    expect(turn.finish().answer).toBeUndefined();
  });

  it('starts the dialog of an intent that has one', () => {
    const turn = turnAtStep('why is my milk late');
    turn.decision = { route: 'answer', intent: 'milk.late', options: [], reason: 'test' };
    answerStep(turn);
    expect(turn.trace.route).toBe('dialog');
    expect(turn.state.dialog?.id).toBe('milk-late');
  });

  it('offers the options and "none of these" when clarifying', () => {
    const turn = turnAtStep('milk');
    turn.decision = { route: 'clarify', intent: 'milk.colostrum', options: ['milk.colostrum', 'milk.coming_in'], reason: 'test' };
    answerStep(turn);
    expect(turn.state.offeredChoices.map((choice) => choice.intentId)).toEqual(['milk.colostrum', 'milk.coming_in', null]);
  });

  it('falls back kindly when nothing was decided for', () => {
    const turn = turnAtStep('qwerty');
    turn.decision = { route: 'refer', intent: null, options: [], reason: 'test' };
    answerStep(turn);
    expect(turn.replies.at(-1)).toEqual({ kind: 'text', text: turn.parts.messages.fallback });
  });
});
