import { isBreastDescribedBy } from './breast-subjects';
import type { Span } from './concept-matcher';
import type { Recognition, Subject } from './recognition';
import { subjectsByToken } from './subjects-by-token';
import { workedOut } from './worked-out';

// Whose a sign is, by the persons named around it; and whether wellness told of one person can close a sign of another.

/** Words after "my breast" that start a new step of the story rather than tell of the breast. */
const placeEnds = new Set(['then', 'he', 'she', 'for', 'when', 'while', 'until', 'till', 'every', 'each']);
/** The breast a baby feeds from, after "my": the writer's body as the place, not the person a later sign is told of. */
const feedingPlaces = new Set(['nipple', 'nipples', 'breast', 'breasts', 'boob', 'boobs', 'chest', 'lap', 'arms', 'arm', 'shoulder']);

/** True when the sign's own words name the baby after their first word: "I can't wake him", "couldn't get her to feed". */
export function namesBabyInside(recognition: Recognition, span: Span): boolean {
  const categories = subjectsByToken(recognition);
  for (let index = span.start + 1; index < span.end; index++) if (categories[index] === 'baby') return true;
  return false;
}

/**
 * Whose a sign is: the writer's when its own first word is her "my" with no baby named right after ("i had a
 * baby 5 days ago and one of my legs is swollen": the nearest person before "my legs" is the baby, but the
 * leg is hers; review of s5-rf-nm, wrong on main too), else the nearest person named (`subjectAt`).
 */
export function subjectOfSign(recognition: Recognition, span: Span): Subject {
  if (recognition.tokens[span.start]?.word === 'my' && subjectsByToken(recognition)[span.start] === 'mother') return 'mother';
  return subjectAt(recognition, span.start);
}

  /** The person a sign at `position` is about: the nearest one named before it in the sentence, else just after. */
export function subjectAt(recognition: Recognition, position: number): Subject {
  // Asked for the same places by the rules, their exceptions and the net: worked out once per place.
  const worked = workedOut(recognition);
  const known = (worked.nearestSubjects ??= []);
  let nearest = known[position];
  if (nearest === undefined) known[position] = nearest = nearestSubject(recognition, position);
  const subject = nearest;
  // "she", "her": the baby when the message names a baby and no partner or relative, else either.
  // A grown daughter told as a mother herself (grown_child) is a woman the "she" may be, as a partner is.
  if (subject === 'ambiguous' && !recognition.concepts.has('who_partner') && !recognition.concepts.has('grown_child') && recognition.concepts.has('who_baby')) return 'baby_likely';
  return subject;
}

function nearestSubject(recognition: Recognition, position: number): Subject {
  const categories = subjectsByToken(recognition);
  const { tokens } = recognition;
  // Back to the start of the clause: "5 days after having my baby, awful pain behind my eyes" is not the baby's.
  for (let index = position - 1; index >= Math.max(0, position - 25); index--) {
    if (tokens[index].sentenceEnd || tokens[index].clauseEnd) break;
    const found = categories[index];
    // "he tugs on my nipple then stops breathing": "my" of the breast he feeds from, with the sign after it,
    // is not whose the sign is (review s9), when a new step follows the place ("then", "for", "he"); "my breast
    // is red", "feeding my breast is red and hot" stay hers.
    if (found === 'mother' && tokens[index].word === 'my' && feedingPlaces.has(tokens[index + 1]?.word ?? '') && placeEnds.has(tokens[index + 2]?.word ?? '') && position > index + 2) continue;
    if (found) return found;
  }
  // After the sign only a person it is about counts: "it didn't fade when i pressed it" is still the baby's rash.
  for (let index = position + 1; index < Math.min(tokens.length, position + 6); index++) {
    const found = categories[index];
    if (found && found !== 'mother') return found;
    if (isBreastDescribedBy(tokens, index, position)) return 'mother';
    if (tokens[index].sentenceEnd || tokens[index].clauseEnd) break;
  }
  return 'none';
}

/** The person named nearest before `position`, at most `reach` words back and within its clause ('none' when no one is). */
export function personNamedBefore(recognition: Recognition, position: number, reach: number): Subject {
  const categories = subjectsByToken(recognition);
  for (let index = position - 1; index >= Math.max(0, position - reach); index--) {
    if (recognition.tokens[index].sentenceEnd || recognition.tokens[index].clauseEnd) break;
    const found = categories[index];
    if (found) return found;
  }
  return 'none';
}

/**
 * Whether wellness told of `told` can close a sign of `sign`: not the writer's "I'm fine now" for the baby's
 * sign, nor the baby's "he's fine" for hers; a place naming no one fits either.
 */
export function samePerson(sign: Subject, told: Subject): boolean {
  if (sign === 'none' || told === 'none' || sign === 'ambiguous' || told === 'ambiguous') return true;
  const side = (subject: Subject) => (subject === 'baby' || subject === 'baby_likely' ? 'baby' : 'adult');
  return side(sign) === side(told);
}

/** Who is told well or over at `position`: a person named in the three words just before it ("I'm fine now", "he is fine now"), else 'none'. */
export function tellerOf(recognition: Recognition, position: number): Subject {
  return personNamedBefore(recognition, position, 3);
}

/** The person named nearest before `position` in its clause ('none' when no one is). */
export function subjectBefore(recognition: Recognition, position: number): Subject {
  return personNamedBefore(recognition, position, 25);
}
