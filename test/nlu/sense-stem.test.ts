import { senseStem } from '../../src/nlu/sense-stem';
import { wordFeatures } from '../../src/nlu/text-features';
import { firstTurn } from '../support/shared-engine';

// Issue 11, s13-rf: the question classifier stemmed with Porter alone, so "lately" was "late" there ("so weepy
// lately" started the milk-late dialog) while triage already kept such adverbs apart (s12-rf-bugs). Both now
// read words with senseStem. Phrasings written for these tests.

describe('the classifier reads an adverb in -ly apart from the word Porter folds it into', () => {
  it.each([
    ['lately', 'late'],
    ['likely', 'like'],
    ['lovely', 'love'],
    ['barely', 'bare'],
  ])('"%s" and "%s" are different word features', (adverb, other) => expect(wordFeatures(adverb).names[0]).not.toBe(wordFeatures(other).names[0]));

  it.each([
    ['hurting', 'hurts'],
    ['normally', 'normal'],
    ['feeds', 'feeding'],
  ])('"%s" and "%s" still share a stem', (first, second) => expect(senseStem(first)).toBe(senseStem(second)));

  it.each(['so weepy lately', 'been really tearful lately', "i've felt low lately, baby is 5 weeks"])('"%s" starts no milk-late dialog', (text) => {
    const { trace } = firstTurn(text);
    expect({ text, intent: trace.intent }).toEqual({ text, intent: expect.not.stringMatching(/^milk\.late$/) });
  });

  it('"my milk is late" still reaches the milk-late answer', () => {
    expect(firstTurn('my milk is late, baby is 4 days old').trace.intent).toBe('milk.late');
  });
});
