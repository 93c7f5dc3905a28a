import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import type { SafetyFile } from './safety-schema';
import { stemOf } from './triage-tokens';

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
  const needsByRow = new Map(
    Object.entries(file.safety_check.row_needs ?? {}).map(([row, needs]) => [row, { signs: needs.signs, parts: needs.parts, explainedBy: (needs.explained_by ?? []).map(phraseStems) }]),
  );
  return (row, recognition) => {
    const needs = needsByRow.get(row);
    if (!needs) return true;
    if (isTold(recognition, needs.signs)) return true;
    const illnesses = needs.explainedBy.flatMap((stems) => phraseSpans(recognition, stems));
    return isTold(recognition, needs.parts, illnesses);
  };
}

/** True when one of the concepts is found, not denied there, and not inside one of the `outside` spans. */
function isTold(recognition: Recognition, concepts: readonly string[], outside: readonly Span[] = []): boolean {
  const inside = (span: Span) => outside.some((other) => span.start >= other.start && span.end <= other.end);
  return concepts.some((name) => (recognition.concepts.get(name) ?? noSpans).some((span) => !isNegated(recognition, span) && !inside(span)));
}

/** A phrase's words as stems, as the message's tokens carry them ("chest infections" is "chest infection"). */
function phraseStems(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(stemOf);
}

/** Where the message has the phrase's words in a row, not denied ("no chest infection" explains nothing). */
function phraseSpans(recognition: Recognition, stems: readonly string[]): Span[] {
  const { tokens } = recognition;
  const spans: Span[] = [];
  for (let start = 0; start + stems.length <= tokens.length; start++) {
    const span = { start, end: start + stems.length };
    if (stems.every((stem, offset) => tokens[start + offset].stem === stem) && !isNegated(recognition, span)) spans.push(span);
  }
  return spans;
}
