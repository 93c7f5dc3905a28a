import { babyIllMarker, namesNobodyIll, selfIllMarker, unsaidIllMarker, withIllnessSubject } from '../../src/nlu/illness-subject';
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

describe('namesNobodyIll', () => {
  it('is true only when an illness is told and nobody is named at all', () => {
    expect(namesNobodyIll(words('sick and breastfeeding'))).toBe(true);
    expect(namesNobodyIll(words('If I am sick, should I still breastfeed?'))).toBe(false);
    expect(namesNobodyIll(words('my baby is ill, do i keep nursing'))).toBe(false);
    expect(namesNobodyIll(words('why is my milk late'))).toBe(false);
    expect(namesNobodyIll(words('poorly and breastfeeding'))).toBe(true);
  });

  it('finds the person anywhere in the message, unlike the unsaid marker', () => {
    expect(markers('my 4 month old caught a cold')).toEqual([unsaidIllMarker]);
    expect(namesNobodyIll(words('my 4 month old caught a cold'))).toBe(false);
    expect(namesNobodyIll(words('he is 8 months and has a streaming nose and a cough'))).toBe(false);
    expect(namesNobodyIll(words('someone in the house is poorly'))).toBe(false);
  });

  it('reads feeding with an illness as the writer ill', () => {
    expect(namesNobodyIll(words('OK to nurse with a fever?'))).toBe(false);
    expect(namesNobodyIll(words('breastfeeding with flu ok'))).toBe(false);
    expect(namesNobodyIll(words('flu and breastfeeding'))).toBe(true);
  });
});
