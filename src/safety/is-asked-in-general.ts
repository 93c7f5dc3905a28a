import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import { sentenceEndOf, sentenceStartOf } from './sentence-positions';
import { subjectOfSign } from './sign-subjects';

// A sign named only as the topic of a question about no one ("is postnatal depression hereditary?", "can
// jaundice come back?"), where the message tells of no one having it now.

/** Words that point at something the message has told: "is it jaundice?", "could this be a fit?". */
const pointingWords = new Set(['it', 'this', 'that', 'these', 'those', 'he', 'she', 'him', 'her', 'they', 'his', 'hers', 'them']);

/**
 * True when every place of the sign's concept stands in a sentence that asks (ends in "?") and names no one
 * as having it (no person before it in its clause, nor a word pointing back at what was told), and the message
 * anchors no case: no baby's age, no number (hours, days, a temperature), nothing told as so now (`still_now`:
 * "still", "since", "today") and nothing of the writer's own baby doing it (`own_baby_now`, `same_here`).
 * A sign told as anyone's, told in a sentence that does not ask, or asked beside a case ("still no milk day 5 -
 * what's going on?", "mottled and cold, whats happening?? he's 9 days") stays a sign; so does "is it
 * jaundice?", which asks about something seen.
 */
export function isAskedInGeneral(recognition: Recognition, span: Span, concept: string): boolean {
  const { concepts, tokens } = recognition;
  if (concepts.has('same_here')) return false;
  if ((concepts.get('own_baby_now') ?? noSpans).some((told) => !isNegated(recognition, told))) return false;
  // A baby's age, a number or anything told as so now ("still", "since", "today") anchors the story in a case.
  if (recognition.ages.length > 0 || recognition.ageDays !== undefined || recognition.dayOfLife !== undefined || recognition.quantities.length > 0) return false;
  if ((concepts.get('still_now') ?? noSpans).some((still) => !isNegated(recognition, still))) return false;
  const places = concepts.get(concept) ?? noSpans;
  for (const place of places.length > 0 ? places : [span]) {
    if (isNegated(recognition, place)) continue;
    const start = sentenceStartOf(tokens, place.start);
    const end = sentenceEndOf(tokens, place.end);
    if (!tokens[end - 1]?.questionEnd) return false;
    if (subjectOfSign(recognition, place) !== 'none') return false;
    for (let index = start; index < place.start; index++) if (pointingWords.has(tokens[index].word)) return false;
  }
  return true;
}
