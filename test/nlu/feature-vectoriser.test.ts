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

  describe('with skip pairs', () => {
    const weighting = { word: 1, pair: 0.8, character: 0.5, skip: 0.5 };
    const skipping = FeatureVectoriser.fit(
      phrasings.map((text) => textFeatures(words(text), undefined, true)),
      weighting,
    );

    it.each([...phrasings, 'my milk is not late', 'milk feeding baby feeding milk late', 'baby milk', 'milk late zzzz colostrum enough'])(
      'gives the same vector from cached word ids as from named features: "%s"',
      (text) => {
        const slow = dense(skipping.vectorise(textFeatures(words(text), undefined, true)));
        const fast = dense(skipping.vectoriseWords(words(text)));
        expect([...fast.keys()].sort()).toEqual([...slow.keys()].sort());
        for (const [index, value] of slow) expect(fast.get(index)).toBeCloseTo(value, 6);
      },
    );

    it('counts a pair of content words one apart, and no skip pair without a skip weight', () => {
      // "milk … day", as in "my milk is late on day four" ("is" and "on" are no content words).
      const skipPairs = textFeatures(words('milk still day'), undefined, true).filter((feature) => feature.startsWith('s:'));
      expect(skipPairs).toHaveLength(1);
      expect(skipping.has(skipPairs[0])).toBe(true);
      expect(skipping.vectoriseWords(words('milk still day')).indices).toContain(skipping.features.indexOf(skipPairs[0]));
      expect(vectoriser.features.some((feature) => feature.startsWith('s:'))).toBe(false);
    });
  });

  it('scales vectors to unit length and drops unknown features', () => {
    const vector = vectoriser.vectoriseWords(words('milk late zzzz'));
    const length = Math.hypot(...vector.values);
    expect(length).toBeCloseTo(1, 6);
    expect(vectoriser.vectoriseWords(['zzzz']).indices.length).toBe(0);
  });
});
