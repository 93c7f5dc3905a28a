import type { Span } from './concept-matcher';
import { insideAny } from './inside-any';
import { isToldAnywhere } from './is-negated';
import { noSpans, type Recognition } from './recognition';

// A depression's name counted as a low mood by the low mood row's duration rules (issue 11, s23-mind): "had PND
// after my first, 28 weeks with my second now", "they screen for postnatal depression at 6 weeks", "did the
// online PND quiz … generally happy at 10 weeks". The name is weighed by the row's rule for the name itself,
// with its own exceptions (a question, the past, a person in care); the duration rules weigh a mood told.

/**
 * What tells the name as hers now: a mood told now ("again", "every day", "struggling"), the name suspected ("i
 * think i have") or a screen told high ("did the PND checklist and scored high").
 */
const toldNow = ['mood_now', 'condition_suspected', 'screen_high'];

/**
 * True when the low mood at `span` is only a depression's name (pnd, ppd, postnatal depression) and nothing in
 * the message tells a mood now or the name as one she may have: then a duration rule does not read the name as
 * a low mood lasting weeks. The rule for the name is not touched ("I think I have PND" still raises it).
 */
export function isMoodNamedOnly(recognition: Recognition, span: Span): boolean {
  if (!insideAny(recognition.concepts.get('depression_words') ?? noSpans, span)) return false;
  return !toldNow.some((name) => isToldAnywhere(recognition, name));
}
