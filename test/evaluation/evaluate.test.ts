import type { ClassifyResult } from '../../src/engine/create-engine';
import { bySource, confusedPairs, evaluate, formatEvaluation, scoreQuestion } from '../../src/evaluation/evaluate';
import type { LabelledQuestion } from '../../src/evaluation/labelled-questions';

const seedIntents = new Set(['milk.late', 'milk.coming_in', 'diet.what_to_eat']);
const isSeedIntent = (id: string) => seedIntents.has(id);
const result = (route: ClassifyResult['route'], intent: string | null): ClassifyResult => ({ text: '', route, intent, confidence: 0.9, alternatives: [] });

describe('scoreQuestion', () => {
  it.each([
    [{ q: 'hi', label: 'SMALLTALK' }, result('smalltalk', 'smalltalk.greeting'), 'chatted'],
    [{ q: 'hi', label: 'SMALLTALK' }, result('refer', 'refer.off_topic'), 'kept_out'],
    [{ q: 'hi', label: 'SMALLTALK' }, result('answer', 'milk.late'), 'leaked'],
    [{ q: 'wine?', label: 'OUT_OF_SCOPE', topic: 'alcohol', accept: ['diet.what_to_eat'] }, result('answer', 'diet.what_to_eat'), 'kept_out'],
    [{ q: 'dye?', label: 'OUT_OF_SCOPE', topic: 'hair dye / cosmetics' }, result('answer', 'diet.what_to_eat'), 'leaked'],
    [{ q: 'late?', label: 'milk.late' }, result('dialog', 'milk.late'), 'right'],
    [{ q: 'late?', label: 'milk.late' }, result('answer', 'milk.coming_in'), 'wrong'],
    [{ q: 'late?', label: 'milk.late' }, result('clarify', 'milk.late'), 'clarified'],
  ] as [LabelledQuestion, ClassifyResult, string][])('%j given %j is %s', (question, given, outcome) => {
    expect(scoreQuestion(question, given, isSeedIntent)).toBe(outcome);
  });
});

describe('evaluate', () => {
  const questions: LabelledQuestion[] = [
    { q: 'a', label: 'milk.late', source: 'https://forum.example.co.uk/t/1' },
    { q: 'b', label: 'milk.late', source: 'https://www.forum.example.co.uk/t/2' },
    { q: 'c', label: 'OUT_OF_SCOPE', topic: 'smoking / vaping', source: 'https://advice.example.org/smoking' },
    { q: 'd', label: 'OUT_OF_SCOPE', topic: 'smoking / vaping', source: 'https://advice.example.org/vaping' },
    { q: 'e', label: 'SMALLTALK', source: 'https://advice.example.org/hello' },
  ];
  const answers: Record<string, ClassifyResult> = {
    a: result('answer', 'milk.late'),
    b: result('answer', 'milk.coming_in'),
    c: result('refer', 'refer.smoking'),
    d: result('answer', 'milk.coming_in'),
    e: result('smalltalk', 'smalltalk.greeting'),
  };
  const report = evaluate(questions, (text) => answers[text], isSeedIntent, (question) => (question.topic === 'smoking / vaping' ? 'refer.smoking' : undefined));

  it('counts small talk apart from in-scope and out-of-scope questions', () => {
    expect(report.inScope).toMatchObject({ total: 2, right: 1, wrong: 1 });
    expect(report.outOfScope).toEqual({ total: 2, keptOut: 1 });
    expect(report.smalltalk).toEqual({ total: 1, recognised: 1, leaked: 0 });
    expect(report.referrals).toEqual({ total: 2, right: 1 });
  });

  it('lists the most confused pairs, out-of-scope topics named', () => {
    expect(confusedPairs(report)).toEqual([
      { expected: 'milk.late', got: 'milk.coming_in', count: 1 },
      { expected: 'OUT_OF_SCOPE (smoking / vaping)', got: 'milk.coming_in', count: 1 },
    ]);
  });

  it('groups questions by the site they were modelled on, largest first', () => {
    expect(bySource(report)).toEqual([
      { site: 'example.org', total: 3, inScope: 0, right: 0, wrong: 0, outOfScope: 2, leaked: 1 },
      { site: 'example.co.uk', total: 2, inScope: 2, right: 1, wrong: 1, outOfScope: 0, leaked: 0 },
    ]);
    const text = formatEvaluation(report, { bySource: true });
    expect(text).toMatch(/By source site/);
    expect(text).toMatch(/example\.co\.uk\s+2\s+in scope 1\/1 of 2/);
    expect(text).toMatch(/Small talk recognised: 1\/1/);
    expect(text).toMatch(/sent to the referral for their topic: 1\/2/);
  });
});
