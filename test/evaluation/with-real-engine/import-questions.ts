import { importQuestions, intentOfQuestion } from '../../../src/evaluation/import-questions';
import type { LabelledQuestion } from '../../../src/evaluation/labelled-questions';
import { trainingPartOf } from '../../../src/evaluation/source-site';
import { sharedContent } from '../../support/shared-engine';

const { knowledgeBase } = sharedContent();
const topics = { OFF_TOPIC: 'refer.off_topic', 'smoking / vaping': 'refer.smoking', alcohol: 'diet.what_to_eat' };

// Two sites on each side of the development split, found rather than assumed.
const sites = Array.from({ length: 200 }, (_, index) => `https://site${index}.example.org/page`);
const examplesSite = sites.find((address) => trainingPartOf(address) === 'examples') ?? '';
const developmentSite = sites.find((address) => trainingPartOf(address) === 'development') ?? '';

describe('intentOfQuestion', () => {
  it.each([
    [{ q: 'x', label: 'milk.late' }, 'milk.late'],
    [{ q: 'x', label: 'OUT_OF_SCOPE', topic: 'smoking / vaping' }, 'refer.smoking'],
    [{ q: 'x', label: 'OUT_OF_SCOPE', topic: 'alcohol' }, 'diet.what_to_eat'],
    [{ q: 'x', label: 'OUT_OF_SCOPE', topic: 'postpartum hair loss' }, undefined],
    // A narrower topic takes the line of the first of its parts that has one; its own line comes first.
    [{ q: 'x', label: 'OUT_OF_SCOPE', topic: 'heat / alcohol' }, 'diet.what_to_eat'],
    [{ q: 'x', label: 'OUT_OF_SCOPE', topic: 'smoking / alcohol' }, 'diet.what_to_eat'],
    [{ q: 'x', label: 'OUT_OF_SCOPE', topic: 'smoking / vaping' }, 'refer.smoking'],
    [{ q: 'x', label: 'OUT_OF_SCOPE', topic: 'heat / sauna' }, undefined],
    [{ q: 'x', label: 'OFF_TOPIC' }, 'refer.off_topic'],
    [{ q: 'x', label: 'SMALLTALK' }, undefined],
    [{ q: 'x', label: 'RED_FLAG' }, undefined],
  ] as [LabelledQuestion, string | undefined][])('%j belongs to %s', (question, intent) => {
    expect(intentOfQuestion(question, knowledgeBase, topics)).toBe(intent);
  });
});

describe('importQuestions', () => {
  const existing = knowledgeBase.intentById.get('milk.late')?.examples[0].text ?? '';
  const questions: LabelledQuestion[] = [
    { q: 'day 5 and   still nothing\nhelp', label: 'milk.late', source: examplesSite },
    { q: 'a question from a development site', label: 'milk.late', source: developmentSite },
    { q: existing.toUpperCase() + '!', label: 'milk.late', source: examplesSite },
    { q: 'DAY 5 and still nothing, help', label: 'milk.late', source: examplesSite },
    { q: 'can i vape and feed', label: 'OUT_OF_SCOPE', topic: 'smoking / vaping', source: examplesSite },
    ...Array.from({ length: 5 }, (_, index) => ({ q: `hair falling out ${index}`, label: 'OUT_OF_SCOPE', topic: 'postpartum hair loss', source: examplesSite })),
  ];
  const imported = importQuestions(questions, knowledgeBase, topics, () => true);

  it('adds the examples side of the split to the intents, on one line each', () => {
    expect(imported.examples.get('milk.late')).toEqual(['day 5 and still nothing help']);
    expect(imported.examples.get('refer.smoking')).toEqual(['can i vape and feed']);
  });

  it('keeps the development split out', () => {
    expect(imported.development).toBe(1);
    expect([...imported.examples.values()].flat()).not.toContain('a question from a development site');
  });

  it('leaves out what the content already has, and repeats in the corpus', () => {
    expect(imported.duplicates).toBe(2);
  });

  it('counts out-of-scope topics that have no intent yet', () => {
    expect(imported.unmappedTopics.get('postpartum hair loss')).toBe(5);
  });
});
