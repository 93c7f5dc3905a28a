import type { Intent, Phrasing } from '../../src/knowledge/knowledge-base';
import { defaultClassifierOptions, IntentClassifier } from '../../src/nlu/intent-classifier';
import { TextAnalyser } from '../../src/nlu/text-analyser';

const phrasing = (text: string, file: string): Phrasing => ({ text, location: { file, line: 1 }, path: 'intents[0].examples[0]' });
const intent = (id: string, title: string, written: string[], imported: string[]): Intent => ({
  id,
  title,
  kind: 'knowledge',
  topic: id.split('.')[0],
  examples: [...written.map((text) => phrasing(text, 'content/topic.yaml')), ...imported.map((text) => phrasing(text, 'content/real-questions.yaml'))],
  tests: [],
  answerId: id,
  dialogId: undefined,
  location: { file: 'content/topic.yaml', line: 1 },
});

// "pump" is written for supply.demand; the corpus imports a few questions using it for milk.late. How far
// a pump question leans to milk.late then depends on how much imported questions count.
const intents = [
  intent('supply.demand', 'how to make more milk', ['how do i make more milk', 'does pumping more make more milk', 'pump more to get more milk', 'more feeds more milk'], []),
  intent('milk.late', 'why is my milk late', ['why is my milk late', 'day four and no milk yet', 'milk still not in'], ['i pump and nothing comes, is my milk late', 'pump gives nothing on day three']),
];
const analyser = TextAnalyser.fromTexts(intents.flatMap((each) => [each.title, ...each.examples.map((example) => example.text)]), new Set<string>());
const options = { ...defaultClassifierOptions, temperature: 1, neighbours: { ...defaultClassifierOptions.neighbours, share: 0 }, hidden: undefined };
const lateShare = (corpusWeight: number) => {
  const classifier = IntentClassifier.train(intents, analyser, { options: { ...options, corpusWeight } });
  return classifier.classify('i pump and get nothing').ranked.find((scored) => scored.intent === 'milk.late')?.confidence ?? 0;
};

describe('IntentClassifier corpus weight', () => {
  it('lets imported corpus questions pull less than written phrasings when their weight is below 1', () => {
    expect(lateShare(0.3)).toBeLessThan(lateShare(1));
  });

  it('trains the same model as before when the weight is 1 or absent', () => {
    const withOne = IntentClassifier.train(intents, analyser, { options: { ...options, corpusWeight: 1 } }).classify('i pump and get nothing').ranked;
    const without = IntentClassifier.train(intents, analyser, { options: { ...options, corpusWeight: undefined } }).classify('i pump and get nothing').ranked;
    expect(withOne).toEqual(without);
  });
});

describe('IntentClassifier scoring word by word', () => {
  // Softmax alone, so the ranked confidences are its probabilities, scored from each word's cached sums.
  const classifier = IntentClassifier.train(intents, analyser, { options });

  it.each([
    'why is my milk late',
    // Repeated words and n-grams shared between words ("milk milk", "more … more") are counted once each, damped.
    'milk milk milk late late pump pump more more more',
    // Word pairs belong to no single word.
    'does pumping more make more milk on day four',
    'unknownword pump zzzz',
    '',
  ])('gives the probabilities that scoring every feature of the vector gives: "%s"', (text) => {
    // Twice: the second time each word's sums come from its cache.
    for (let round = 0; round < 2; round++) {
      const analysed = classifier.analyse(text);
      const featureByFeature = classifier.components(analysed).softmax;
      const byIntent = new Map(classifier.rank(analysed).map((scored) => [scored.intent, scored.confidence]));
      classifier.intents.forEach((intentId, index) => expect(byIntent.get(intentId)).toBeCloseTo(featureByFeature[index], 12));
    }
  });
});
