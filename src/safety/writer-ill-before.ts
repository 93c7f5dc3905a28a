import type { Recognition } from './sign-recogniser';
import { sentenceStartOf } from './sentence-positions';
import { otherPersonConcepts } from './person-concepts';
import { isNegated } from './is-negated';
import { subjectOfSign } from './sign-subjects';

/**
 * True when a number told of nobody at `at` follows, in the same sentence, the writer's own illness ("I've got
 * flu, 38.5 and aching all over", "I feel feverish, temp 38.2", "sore red wedge on my boob, temp 38.3") with no
 * one else named in between: the number
 * is hers, as the clause that gives it has no person of its own (issue 11: a mother's fever read as the baby's
 * raised the baby's fever rule). A baby named between ("I feel rough and my baby is hot, 38.5") keeps it
 * unattributed, and so still the baby's, as does one in the number's own clause ("I'm ill, 38.5 and so is my
 * baby"); a person named only after that clause is not whose the number is.
 */
export function writerIllBefore(recognition: Recognition, at: number): boolean {
  const { tokens } = recognition;
  const sentenceStart = sentenceStartOf(tokens, at);
  const toldOf = (names: readonly string[]) => names.flatMap((name) => (recognition.concepts.get(name) ?? []).map((span) => ({ span, subject: subjectOfSign(recognition, span) })));
  const illness = [
    ...toldOf(illnessConcepts).filter((told) => told.subject === 'mother' || told.subject === 'partner'),
    // Mastitis named is a breastfeeding woman's, hers or a partner's, unless a baby is named as having it.
    ...toldOf(['breast_infection']).filter((told) => told.subject !== 'baby' && told.subject !== 'baby_likely'),
  ]
    .filter(({ span }) => span.end <= at && span.start >= sentenceStart && !isNegated(recognition, span))
    .sort((one, other) => one.span.end - other.span.end);
  if (illness.length === 0) return false;
  const last = illness[illness.length - 1];
  const from = last.span.end;
  // The number's own clause ends where its sentence or clause does: a person named after that ("38.6, can I
  // still feed my 3 week old") is not whose the number is.
  let clauseEnd = at;
  while (clauseEnd < tokens.length - 1 && !tokens[clauseEnd].sentenceEnd && !tokens[clauseEnd].clauseEnd) clauseEnd++;
  // Mastitis named with no owner (review of s21-ue): the number is hers only when nothing in the message may
  // make it the baby's — no baby, no "she" after it with no woman named before it, no baby's age, no "not
  // mine" (when unsure, escalate: "mastitis and temp 38.4, she is burning up", "3 week old here. mastitis …").
  const ownerless = last.subject !== 'mother' && last.subject !== 'partner';
  const womanBefore = ownerless && womanNamedBefore(recognition, last.span.start);
  if (ownerless && !womanBefore && babyMayOwn(recognition, from)) return false;
  // Nobody else named from her illness to the end of the number's clause: a "she" after a woman told of by
  // someone else is that woman ("my wife has mastitis, she's on antibiotics, fever 38.2 still").
  const others = last.subject === 'mother' ? otherPersonConcepts : otherPersonConcepts.filter((name) => name !== 'who_ambiguous' && name !== 'who_partner');
  return !others.some((name) => (recognition.concepts.get(name) ?? []).some((span) => span.start >= from && span.start <= clauseEnd));
}

/** A partner or grown daughter named before `position`: the woman a later "she" may be. */
function womanNamedBefore(recognition: Recognition, position: number): boolean {
  return ['who_partner', 'grown_child'].some((name) => (recognition.concepts.get(name) ?? []).some((span) => span.end <= position));
}

/** Words after an age's number that make it a baby's age ("3 weeks", "4 wks"). */
const ageUnits = new Set(['week', 'weeks', 'wk', 'wks', 'weeker']);

/**
 * True when the message may make an ownerless number the baby's: a baby named anywhere, a "she" or "her"
 * after the illness, an age in weeks, or "not me" / "not mine".
 */
function babyMayOwn(recognition: Recognition, from: number): boolean {
  if ((recognition.concepts.get('who_baby') ?? []).length > 0) return true;
  if ((recognition.concepts.get('who_ambiguous') ?? []).some((span) => span.start >= from)) return true;
  const { tokens } = recognition;
  return tokens.some(
    (token, index) =>
      (token.value !== undefined && ageUnits.has(tokens[index + 1]?.word ?? '')) ||
      (token.word === 'not' && (tokens[index + 1]?.word === 'me' || tokens[index + 1]?.word === 'mine')),
  );
}

/** Her illness: feeling feverish or fluey, or her own breast (a sore red breast, then "38.3", is her mastitis); a partner's told so too. */
const illnessConcepts = ['fever', 'breast'];
