import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import type { SafetyFile } from './safety-schema';

/** Whether a row's check may be sent for a message: true unless `safety_check.row_needs` asks for what it lacks. */
export type RowTold = (row: string, recognition: Recognition) => boolean;

/**
 * `safety_check.row_needs` as a test per row: one of the row's own signs told (not denied), or its body part
 * named outside the words of another illness ("38.8 with a chest infection and aching all over" is no
 * mastitis: its only "chest" is the infection's, and the breast is neither named nor red, hot or swollen).
 * The illness explains away only the body-part word inside it, never a part named elsewhere: the s19 review
 * found "my toddler has a cold, and I'm 38.8 with shivers and my breast aches" silenced when any illness
 * named anywhere, anyone's, closed the row.
 */
export function createRowTold(file: SafetyFile): RowTold {
  const needsByRow = new Map(Object.entries(file.safety_check.row_needs ?? {}));
  return (row, recognition) => {
    const needs = needsByRow.get(row);
    if (!needs) return true;
    if (toldSpans(recognition, needs.signs).length > 0) return true;
    const illnesses = toldSpans(recognition, needs.explained_by ?? []);
    return toldSpans(recognition, needs.parts).some((part) => !illnesses.some((illness) => part.start >= illness.start && part.end <= illness.end));
  };
}

/** The places of the concepts found and not denied there ("no chest infection" explains nothing). */
function toldSpans(recognition: Recognition, concepts: readonly string[]): Span[] {
  return concepts.flatMap((name) => (recognition.concepts.get(name) ?? noSpans).filter((span) => !isNegated(recognition, span)));
}
