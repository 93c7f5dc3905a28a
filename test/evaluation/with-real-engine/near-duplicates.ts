import { nearDuplicates } from '../../../src/evaluation/near-duplicates';
import type { Intent } from '../../../src/knowledge/knowledge-base';
import { sharedContent, sharedUnderstanding } from '../../support/shared-engine';

const content = sharedContent();
// The compiled model of the real content (from the cache the test run's global setup filled).
const { classifier } = sharedUnderstanding();

function intent(id: string, examples: string[]): Intent {
  return {
    id,
    title: id,
    kind: 'knowledge',
    topic: id.split('.')[0],
    examples: examples.map((text, index) => ({ text, location: { file: `content/${id}.yaml`, line: index + 1 }, path: `examples[${index}]` })),
    tests: [],
    answerId: id,
    dialogId: undefined,
    location: { file: `content/${id}.yaml`, line: 1 },
  };
}

describe('nearDuplicates', () => {
  const intents = [
    intent('milk.late', ['why is my milk late', 'my milk is late on day four', 'is colostrum enough']),
    intent('milk.coming_in', ['why is my milk so late', 'when does milk come in', 'how do i know my milk came in']),
  ];

  it('finds phrasings of two intents that say nearly the same words, naming both places', () => {
    const found = nearDuplicates(intents, classifier, 0.8);
    expect(found).toHaveLength(1);
    expect(found[0].first).toMatchObject({ intent: 'milk.late', phrasing: { text: 'why is my milk late', location: { file: 'content/milk.late.yaml', line: 1 } } });
    expect(found[0].second).toMatchObject({ intent: 'milk.coming_in', phrasing: { text: 'why is my milk so late' } });
    expect(found[0].similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('does not list alike phrasings of one intent', () => {
    const same = [intent('milk.late', ['why is my milk late', 'why is my milk so late']), intent('milk.coming_in', ['when does milk come in'])];
    expect(nearDuplicates(same, classifier, 0.8)).toEqual([]);
  });
});

describe('nearDuplicates through the prefix filter and through the neighbour index', () => {
  // From 0.5 up only the phrasings that may reach the threshold are compared; under it every phrasing is
  // looked up in the neighbour index. On the real supply intents, both find the same pairs at 0.6 or more (some
  // 2,000 phrasings analysed twice: 2.8 s at load 12, 22.6 s in a whole run at load 18, hence the limit).
  const real = content.knowledgeBase.intents.filter((intent) => intent.topic === 'supply');

  it('agree on the real content', () => {
    const filtered = nearDuplicates(real, classifier, 0.6);
    const throughIndex = nearDuplicates(real, classifier, 0.45).filter((pair) => pair.similarity >= 0.6);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered).toEqual(throughIndex);
  }, 60_000);
});
