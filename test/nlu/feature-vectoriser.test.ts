import { FeatureVectoriser } from '../../src/nlu/feature-vectoriser';
import { textFeatures } from '../../src/nlu/text-features';

const phrasings = ['why is my milk late', 'my milk is late on day four', 'is colostrum enough for my baby', 'baby feeding all night long', 'milk feeding baby'];
const words = (text: string) => text.split(' ');

describe('FeatureVectoriser', () => {
  const vectoriser = FeatureVectoriser.fit(phrasings.map((text) => textFeatures(words(text))));
  const dense = (vector: { indices: Int32Array; values: Float64Array }) => {
    const entries = [...vector.indices].map((index, position) => [index, vector.values[position]] as const);
    return new Map(entries);
  };

  it.each([...phrasings, 'milk milk milk late late', 'the baby is not feeding and my milk is late', 'unknownword milk', 'a an the'])(
    'gives the same vector from cached word ids as from named features: "%s"',
    (text) => {
      const slow = dense(vectoriser.vectorise(textFeatures(words(text))));
      const fast = dense(vectoriser.vectoriseWords(words(text)));
      expect([...fast.keys()].sort()).toEqual([...slow.keys()].sort());
      for (const [index, value] of slow) expect(fast.get(index)).toBeCloseTo(value, 6);
    },
  );

  it('scales vectors to unit length and drops unknown features', () => {
    const vector = vectoriser.vectoriseWords(words('milk late zzzz'));
    const length = Math.hypot(...vector.values);
    expect(length).toBeCloseTo(1, 6);
    expect(vectoriser.vectoriseWords(['zzzz']).indices.length).toBe(0);
  });
});
