import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import { sentencesBetween } from './sentence-positions';
import { samePerson, subjectBefore, tellerOf } from './sign-subjects';
import { expectationWords } from './story-words';

// A sign told as over in its own sentence: "gone now", "better now", unless told again after.

/** Words that tell a sign as come back after it stopped: "bleeding again", "the rash is back". */
const recurrenceWords = new Set(['again', 'back']);

/**
 * True when "gone now", "better now" follows the sign closely, with no other sign in between. `samePersonOnly`
 * (the rules): not when the writer's "I'm fine now" follows the baby's sign, nor the baby's her own.
 * `partSpans` (the rules: every place of every concept a sign is made of): one of them told "again" or "back"
 * after the "gone now" is the sign come back, and that "gone now" closes nothing. `markers`: the "gone now" places
 * to weigh, by default every one found (isTemperatureResolved leaves out those that say nothing of a fever).
 */
export function isResolved(
  recognition: Recognition,
  span: Span,
  signSpans: readonly Span[],
  samePersonOnly = false,
  partSpans: readonly Span[] = noSpans,
  markers: readonly Span[] = recognition.concepts.get('resolved') ?? noSpans,
): boolean {
  for (const resolved of markers) {
    if (resolved.start < span.end || resolved.start - span.end > 16) continue;
    if (samePersonOnly && !samePerson(subjectBefore(recognition, span.start), tellerOf(recognition, resolved.start))) continue;
    if (recognition.tokens.slice(span.end, resolved.start).some((token) => token.sentenceEnd)) continue;
    if (isNegated(recognition, resolved)) continue;
    // "should have gone by now", "was meant to clear": expected, not over.
    const before = recognition.tokens[resolved.start - 1]?.word ?? '';
    const twoBefore = recognition.tokens[resolved.start - 2]?.word ?? '';
    if (expectationWords.has(before) || expectationWords.has(twoBefore)) continue;
    // "has stopped startling", "stopped feeding": stopping something is a new sign, not the old one over.
    const after = recognition.tokens[resolved.end];
    if (after && /ing$/.test(after.word) && /^stop/.test(recognition.tokens[resolved.end - 1].word)) continue;
    const between = signSpans.some((other) => other.start >= span.end && other.start < resolved.start && !(other.start === span.start && other.end === span.end));
    if (!between && !toldAgainAfter(recognition, resolved, partSpans)) return true;
  }
  return false;
}

/**
 * "Her cord is bleeding, it has stopped but now it is bleeding again": a place of `partSpans` after the
 * `resolved` marker, in its sentence or the next, with "again" or "back" within two words after it.
 */
function toldAgainAfter(recognition: Recognition, resolved: Span, partSpans: readonly Span[]): boolean {
  const { tokens } = recognition;
  for (const place of partSpans) {
    if (place.start < resolved.end || sentencesBetween(recognition.tokens, resolved.end, place.start) > 1) continue;
    for (let after = place.end; after < Math.min(tokens.length, place.end + 3); after++) if (recurrenceWords.has(tokens[after].word)) return true;
  }
  return false;
}
