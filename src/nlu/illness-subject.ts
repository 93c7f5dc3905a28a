/**
 * Who is ill in a message, as a marker word the classifier learns from: "_ill_baby" when an illness word
 * follows a word for the baby ("my baby is ill", "ds caught a bug"), "_ill_self" when it follows the
 * writer ("i am sick", "i have got flu"). Bags of words weigh "baby", "sick" and "i" the same wherever
 * they stand, so "my baby is ill, do i keep nursing" and "i am ill, do i keep nursing my baby" looked
 * alike. Normalisation removes "_" from what people type, so a marker never comes from a message itself.
 */
export const babyIllMarker = '_ill_baby';
export const selfIllMarker = '_ill_self';
/**
 * An illness with nobody named before it ("sick and breastfeeding"): without this marker the model would
 * read a bare "sick" as whoever the markers left it to, the baby, and answer a question that does not say.
 */
export const unsaidIllMarker = '_ill_unsaid';

const illnessWords = new Set([
  'sick', 'ill', 'poorly', 'unwell', 'bug', 'cold', 'flu', 'virus', 'fever', 'feverish', 'infection', 'vomiting', 'vomit',
  'diarrhoea', 'diarrhea', 'gastro', 'gastroenteritis', 'rsv', 'covid', 'norovirus', 'snotty', 'cough', 'coughing', 'sickness',
  'chickenpox', 'bronchiolitis', 'conjunctivitis', 'weather',
]);
const babyWords = new Set(['baby', 'son', 'daughter', 'he', 'she', 'him', 'her', 'toddler', 'newborn', 'child', 'kid', 'twins', 'boy', 'girl']);
const selfWords = new Set(['i', 'me', 'myself', 'mum', 'mother']);
/** How many words before an illness word the person it is about may stand ("my son has caught a bug"). */
const reach = 4;

/** The words followed by the markers they carry (each at most once); the same array when there are none. */
export function withIllnessSubject(words: readonly string[]): readonly string[] {
  let baby = false;
  let self = false;
  let unsaid = false;
  for (let index = 0; index < words.length; index++) {
    if (!illnessWords.has(words[index])) continue;
    let named = false;
    for (let back = index - 1; back >= 0 && back >= index - reach && !named; back--) {
      if (babyWords.has(words[back])) baby = named = true;
      else if (selfWords.has(words[back])) self = named = true;
    }
    if (!named) unsaid = true;
  }
  if (!baby && !self && !unsaid) return words;
  const result = words.slice();
  if (baby) result.push(babyIllMarker);
  if (self) result.push(selfIllMarker);
  if (unsaid && !baby && !self) result.push(unsaidIllMarker);
  return result;
}
