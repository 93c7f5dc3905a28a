import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import type { SafetyFile } from './safety-schema';
import { stemOf } from './triage-tokens';

/** Whether a row's check may be sent for a message: true unless `safety_check.row_needs` asks for what it lacks. */
export type RowTold = (row: string, recognition: Recognition) => boolean;

/**
 * `safety_check.row_needs` as a test per row: one of the row's own signs told (not denied), or its body part
 * named with no other illness named that accounts for the general signs ("38.8 with a chest infection and
 * aching all over" is no mastitis: the breast is neither named nor red, hot or swollen).
 */
export function createRowTold(file: SafetyFile): RowTold {
  const needsByRow = new Map(
    Object.entries(file.safety_check.row_needs ?? {}).map(([row, needs]) => [row, { signs: needs.signs, parts: needs.parts, explainedBy: (needs.explained_by ?? []).map(phraseStems) }]),
  );
  return (row, recognition) => {
    const needs = needsByRow.get(row);
    if (!needs) return true;
    if (isTold(recognition, needs.signs)) return true;
    return isTold(recognition, needs.parts) && !needs.explainedBy.some((stems) => isPhraseTold(recognition, stems));
  };
}

/** True when one of the concepts is found and not denied there. */
function isTold(recognition: Recognition, concepts: readonly string[]): boolean {
  return concepts.some((name) => (recognition.concepts.get(name) ?? noSpans).some((span) => !isNegated(recognition, span)));
}

/** A phrase's words as stems, as the message's tokens carry them ("chest infections" is "chest infection"). */
function phraseStems(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(stemOf);
}

/** True when the message has the phrase's words in a row, not denied ("no chest infection" explains nothing). */
function isPhraseTold(recognition: Recognition, stems: readonly string[]): boolean {
  const { tokens } = recognition;
  for (let start = 0; start + stems.length <= tokens.length; start++) {
    if (stems.every((stem, offset) => tokens[start + offset].stem === stem) && !isNegated(recognition, { start, end: start + stems.length })) return true;
  }
  return false;
}
