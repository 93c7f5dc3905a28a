import { babyIllMarker, selfIllMarker, unsaidIllMarker, withIllnessSubject } from '../../src/nlu/illness-subject';
import { normaliseText, splitWords } from '../../src/nlu/normalise-text';
import { textFeatures } from '../../src/nlu/text-features';

const words = (text: string) => splitWords(normaliseText(text));
const markers = (text: string) => withIllnessSubject(words(text)).filter((word) => word.startsWith('_'));

describe('withIllnessSubject', () => {
  it('marks an illness that follows a word for the baby', () => {
    expect(markers('my baby is ill, do i keep nursing')).toEqual([babyIllMarker]);
    expect(markers('ds caught a bug, still ok to breastfeed?')).toEqual([babyIllMarker]);
  });

  it('marks an illness that follows the writer', () => {
    expect(markers('If I am sick, should I still breastfeed?')).toEqual([selfIllMarker]);
    expect(markers("i've got flu, can the baby catch it")).toEqual([selfIllMarker]);
  });

  it('marks an illness with nobody named before it as unsaid', () => {
    expect(markers('sick and breastfeeding')).toEqual([unsaidIllMarker]);
  });

  it('marks both when the baby and the writer are ill', () => {
    expect(markers('i am sick and now my son is poorly too')).toEqual([babyIllMarker, selfIllMarker]);
  });

  it('leaves a message about no illness as it is', () => {
    const plain = words('why is my milk late');
    expect(withIllnessSubject(plain)).toBe(plain);
  });

  it('looks back only a few words for who is ill', () => {
    expect(markers('my baby had a lovely day at the park and then i noticed everyone there was sick')).toEqual([unsaidIllMarker]);
  });
});

describe('marker words as features', () => {
  it('are one feature each: no stem change, no character n-grams, no word pairs', () => {
    const features = textFeatures(['milk', babyIllMarker]);
    expect(features).toContain(`w:${babyIllMarker}`);
    expect(features.filter((feature) => feature.includes('_ill'))).toEqual([`w:${babyIllMarker}`]);
  });

  it('cannot be typed: normalisation removes the underscore', () => {
    expect(words('_ill_baby')).not.toContain(babyIllMarker);
  });
});
