import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, overlapping, type Recognition } from './recognition';

// A fear of an accident while carrying the baby, told as a trip (issue 11, s25-mind): "I get a flash of what if I
// trip and drop her", "I keep picturing tripping and dropping her so I hold the rail". The training files' writers
// label such accident fears, passing and not distressing, as near misses, and intrusive thoughts of harming the
// baby that are current and distressing as a crisis; no red flag of the mind rows in them names a trip. What a trip
// explains is only the drop or the fall it causes: any other thought of harm, a deliberate word, or distress told
// anywhere keeps the intrusive-thoughts reply.

/** What tells the thought as distressing or lasting: anywhere in the message, the reply stays. */
const distressConcepts = ['accident_fear_distress', 'harm_thought_deliberate'];

/**
 * True when every thought of harming the baby the message tells (`harm_baby_thought`, not denied) lies inside a
 * trip and the drop or fall it causes (`trip_accident`: "trip and drop her", "tripping and him falling"), and
 * nothing anywhere tells distress or persistence (`accident_fear_distress`: "won't stop", "every day", "makes me
 * feel sick", "avoiding the stairs", "scared to be alone with") or a deliberate act outside the trip's words
 * (`harm_thought_deliberate`: "throw", "shake", "on purpose", "let go", "urge"). Read for the intrusive-thoughts
 * rule only; the crisis rules (a wish to die, self-harm, psychosis) are weighed as ever.
 */
export function isAccidentFearOnly(recognition: Recognition): boolean {
  const trips = (recognition.concepts.get('trip_accident') ?? noSpans).filter((trip) => !isNegated(recognition, trip));
  if (trips.length === 0) return false;
  const inTrip = (told: Span) => trips.some((trip) => overlapping(trip, told));
  const thoughts = (recognition.concepts.get('harm_baby_thought') ?? noSpans).filter((told) => !isNegated(recognition, told));
  if (thoughts.length === 0 || !thoughts.every(inTrip)) return false;
  return distressConcepts.every((name) => (recognition.concepts.get(name) ?? noSpans).every((told) => isNegated(recognition, told) || inTrip(told)));
}
