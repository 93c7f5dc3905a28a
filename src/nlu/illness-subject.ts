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

/** Who the message says is ill: the baby, the writer, or an illness with nobody named before it. */
interface IllnessSubject {
  baby: boolean;
  self: boolean;
  unsaid: boolean;
}

function illnessSubjectOf(words: readonly string[]): IllnessSubject {
  const subject: IllnessSubject = { baby: false, self: false, unsaid: false };
  for (let index = 0; index < words.length; index++) {
    if (!illnessWords.has(words[index])) continue;
    let named = false;
    for (let back = index - 1; back >= 0 && back >= index - reach && !named; back--) {
      if (babyWords.has(words[back])) subject.baby = named = true;
      else if (selfWords.has(words[back])) subject.self = named = true;
    }
    if (!named) subject.unsaid = true;
  }
  return subject;
}

/** The words followed by the markers they carry (each at most once); the same array when there are none. */
export function withIllnessSubject(words: readonly string[]): readonly string[] {
  const { baby, self, unsaid } = illnessSubjectOf(words);
  if (!baby && !self && !unsaid) return words;
  const result = words.slice();
  if (baby) result.push(babyIllMarker);
  if (self) result.push(selfIllMarker);
  if (unsaid && !baby && !self) result.push(unsaidIllMarker);
  return result;
}

/**
 * Words that name a person the illness could be about: the baby (also by age, "my 4 month old"), the writer,
 * or someone else. Wider than the markers' words, which must stand just before the illness word.
 */
const personWords = new Set([
  ...babyWords, ...selfWords, 'babies', 'his', 'children', 'kids', 'lo', 'bub', 'infant', 'little', 'old', 'month', 'months',
  'week', 'weeks', 'year', 'mom', 'mama', 'im', 'ive', 'wife', 'partner', 'husband', 'dad', 'brother', 'sister', 'family',
  'everyone', 'someone', 'we', 'us', 'our', 'nursery', 'daycare', 'house', 'household',
]);

/**
 * Whether the message speaks of an illness and names nobody at all ("sick and breastfeeding", "poorly and
 * breastfeeding"): then whether the mother or the baby is ill is a guess, however sure the classifier is, and
 * latch asks (src/engine/who-is-ill.ts). Narrower than the unsaid marker, which only looks a few words back:
 * "my 4 month old caught a cold" or "he is 8 months and has a cough" carry that marker but say who is ill, and
 * asking them cost 371 right answers on the site folds a-o.
 */
export function namesNobodyIll(words: readonly string[]): boolean {
  const illness = words.findIndex((word) => illnessWords.has(word));
  return illness >= 0 && !words.some((word) => personWords.has(word)) && !words.some((_, index) => feedingWithIllness(words, index));
}

const feedingWords = new Set(['nurse', 'nursing', 'breastfeed', 'breastfeeding', 'feed', 'feeding', 'bf']);

/** "ok to nurse with a fever", "breastfeeding with flu": the one feeding is the one ill, so the writer is named. */
function feedingWithIllness(words: readonly string[], index: number): boolean {
  if (!illnessWords.has(words[index])) return false;
  const withAt = words[index - 1] === 'with' ? index - 1 : words[index - 2] === 'with' ? index - 2 : -1;
  return withAt > 0 && feedingWords.has(words[withAt - 1]);
}
