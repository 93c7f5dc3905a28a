import { initialConversationState } from '../../../src/engine/turn-types';
import { sharedEngine } from '../../support/shared-engine';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const timestamp = '2026-11-26T03:00:00.000Z';

describe('small talk', () => {
  it('is a plain message, never an answer card, also right after an emergency', () => {
    const engine = sharedEngine();
    const emergency = engine.respond({ text: 'my baby is floppy and wont wake up', timestamp }, initialConversationState());
    expect(emergency.trace.route).toBe('red_flag');
    const thanks = engine.respond({ text: 'thanks', timestamp }, emergency.state);
    expect(thanks.trace.route).toBe('smalltalk');
    expect(thanks.replies.length).toBeGreaterThan(0);
    expect(thanks.replies.every((reply) => reply.kind === 'text')).toBe(true);
  });

  it('leaves knowledge answers as answer cards', () => {
    const answered = sharedEngine().respond({ text: 'is colostrum enough for my baby', timestamp }, initialConversationState());
    expect(answered.replies.some((reply) => reply.kind === 'answer')).toBe(true);
  });
});
