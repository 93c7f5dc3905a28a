import { senseStem } from '../../src/nlu/sense-stem';
import { firstTurn, sharedEngine } from '../support/shared-engine';

// Issue 11, s13-rf: triage reads words with senseStem, which keeps adverbs in -ly apart from the word Porter folds
// them into. The question classifier used it too for a while ("so weepy lately" then no longer started the
// milk-late dialog), but retrained beside part l of the real questions it moved three content and conversation
// tests, so it is back on Porter stems until that is settled: the 'lately' bug is open on the question side.
// Phrasings written for these tests.

describe('senseStem reads an adverb in -ly apart from the word Porter folds it into', () => {
  it.each([
    ['lately', 'late'],
    ['likely', 'like'],
    ['lovely', 'love'],
    ['barely', 'bare'],
  ])('"%s" and "%s" are different stems', (adverb, other) => expect(senseStem(adverb)).not.toBe(senseStem(other)));

  it.each([
    ['hurting', 'hurts'],
    ['normally', 'normal'],
    ['feeds', 'feeding'],
  ])('"%s" and "%s" still share a stem', (first, second) => expect(senseStem(first)).toBe(senseStem(second)));

  // Building the engine is setup, not the check: 2.4 s of the test's 5 s in a whole run at load 10.
  beforeAll(() => {
    sharedEngine();
  }, 30_000);

  it('"my milk is late" still reaches the milk-late answer', () => {
    expect(firstTurn('my milk is late, baby is 4 days old').trace.intent).toBe('milk.late');
  });
});
