import { lastQuestionSentence, questionSentenceTop, sentenceCount } from '../../src/engine/last-question-sentence';

describe('lastQuestionSentence', () => {
  it('finds the last sentence that asks, after a story', () => {
    expect(lastQuestionSentence('She was born at 38 weeks. Now she feeds every hour. Is that a growth spurt? Thanks.')).toBe('Is that a growth spurt?');
  });

  it('takes the last sentence when none ends in a question mark, and nothing for one sentence', () => {
    expect(lastQuestionSentence('my milk came in late\nwhy would that be')).toBe('why would that be');
    expect(lastQuestionSentence('why is my milk late?')).toBeUndefined();
    expect(lastQuestionSentence('why is my milk late?!... 🙁')).toBeUndefined();
  });

  it('counts sentences with words', () => {
    expect(sentenceCount('Day 3. Still nothing! Is that normal?')).toBe(3);
    expect(sentenceCount('')).toBe(1);
  });
});

describe('questionSentenceTop', () => {
  it('gives the top intent of the question sentence alone', () => {
    const seen: string[] = [];
    const classifier = {
      classify: (text: string) => {
        seen.push(text);
        return { ranked: [{ intent: text.includes('spurt') ? 'supply.growth_spurt' : 'milk.late' }] };
      },
    };
    expect(questionSentenceTop(classifier, 'He is 3 weeks old. Is this a spurt?')).toBe('supply.growth_spurt');
    expect(seen).toEqual(['Is this a spurt?']);
    expect(questionSentenceTop(classifier, 'is this a spurt')).toBeUndefined();
  });
});
