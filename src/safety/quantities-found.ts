import { chartMinimum } from './chart-minimum';
import type { Found } from './found';
import { isLongPast } from './is-long-past';
import { isResolved } from './is-resolved';
import { isTemperatureResolved } from './is-temperature-resolved';
import { isToldOver } from './is-told-over';
import { compare, type Part } from './parse-sign';
import type { QuantityKind } from './quantity';
import { toldAsUpperBound } from './quantity-contexts';
import type { Recognition, Subject } from './recognition';
import type { SafetyFile } from './safety-schema';
import { personNamedBefore, subjectAt } from './sign-subjects';
import type { SignScope } from './sign-scope';
import { writerIllAsked } from './writer-ill-asked';
import { writerIllBefore } from './writer-ill-before';

/** The places the message tells a quantity a sign part compares, in range and still told as now, with whose each is. */
export function quantitiesFound(scope: SignScope, file: SafetyFile, dayOfLife: number | undefined, part: Extract<Part, { kind: 'quantity' }>): Found[] {
  const { recognition, signSpans, pastOrSeen } = scope;
  return (
    recognition.quantities
      .filter((quantity) => quantity.kind === part.quantity && compare(quantity.value, part.comparison, part.value === 'chart' ? chartMinimum(file, part.quantity, dayOfLife) : part.value))
      .map((quantity) => ({ span: { start: quantity.at, end: quantity.at + 1 }, subject: quantitySubject(scope, quantity.kind, quantity.at) }))
      // A temperature told as past and done with ("a fever of 39 after his jabs … that was last month") is
      // too; a weight "at birth" is a reference, not a past sign.
      // A temperature is read apart: a rash's fading and a medicine's effect do not close it (isTemperatureResolved).
      .filter((found) =>
        part.quantity === 'temperature'
          ? !isTemperatureResolved(recognition, found.span, signSpans) && !isLongPast(recognition, found.span)
          : !isResolved(recognition, found.span, signSpans),
      )
      // A share told as an upper bound ("up to 10% can be normal", "under 10 percent"): at most that much, so
      // never a loss of that much or more.
      .filter((found) => part.quantity !== 'percent' || !toldAsUpperBound(recognition.tokens, found.span.start))
      // A number told in a story that is over and that a professional has seen or was long ago ("his
      // temperature was 38.4 at 4 weeks, we went to hospital … now 8 weeks and great").
      .filter((found) => !pastOrSeen || !isToldOver(recognition, found.span))
  );
}

/**
 * A temperature told of nobody, beside the writer's question about feeding through her own illness or
 * after her own illness in its sentence ("I've got flu, 38.5"), is hers.
 */
function quantitySubject({ recognition }: SignScope, kind: QuantityKind, at: number): Subject {
  const subject = ownerInClause(recognition, at);
  if (kind !== 'temperature' || subject === 'mother') return subject;
  return (subject === 'none' && writerIllAsked(recognition)) || writerIllBefore(recognition, at) ? 'mother' : subject;
}

/**
 * Whose a number is, by subjectAt, except that an adult named only after a number that ends its clause, with
 * nobody before it there, is not its owner: in "the thermometer says 38.3, my mother says wait" the
 * grandmother tells, the 38.3 is nobody's named, and so still the baby's (s21-ue, train-19).
 */
function ownerInClause(recognition: Recognition, at: number): Subject {
  const subject = subjectAt(recognition, at);
  // The mother found after it is her breast described ("temp 39, left breast is hot"), which stays hers.
  if (subject === 'baby' || subject === 'baby_likely' || subject === 'none' || subject === 'mother') return subject;
  const token = recognition.tokens[at];
  const endsClause = token !== undefined && (token.clauseEnd || token.sentenceEnd);
  return endsClause && personNamedBefore(recognition, at, 25) === 'none' ? 'none' : subject;
}
