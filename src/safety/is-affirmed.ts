import type { Span } from './concept-matcher';
import type { Reading } from './compile-rules';
import { insideAny } from './inside-any';
import { isAskedAbout } from './is-asked-about';
import { isAskedAhead } from './is-asked-ahead';
import { isClearedByProfessional } from './is-cleared-by-professional';
import { isLongPast } from './is-long-past';
import { isNegated } from './is-negated';
import { isResolved } from './is-resolved';
import { isToldOver } from './is-told-over';
import { sentenceStartOf } from './sentence-positions';
import type { SignScope } from './sign-scope';

/**
 * True when a place where concept `name` was found counts as told for a rule read as `reading`: not negated,
 * not over, not long past, not cleared by a professional, not asked about, as the rule's level allows.
 * A general question about a sign ("what does … look like") raises no rule, except a crisis: there, doubt
 * gives the crisis line. `ruleConcepts`: an emergency rule's own sign concepts; one of them told after a
 * professional's verdict ("… said the yellow was normal, but he's not feeding") keeps the sign open to be
 * weighed with it. `asHistory` (a rule's `history` concept): the time it is told in does not close it, only
 * its being someone else's story does (isOthersHistory).
 */
export function isAffirmed(scope: SignScope, span: Span, name: string, reading: Reading, asHistory = false): boolean {
  const { recognition, questionScope } = scope;
  const { emergency, crisis, ruleConcepts } = reading;
  return (
    !isNegated(recognition, span) &&
    (asHistory ? !isOthersHistory(recognition, span) : isOpenInTime(scope, span, reading)) &&
    // A professional's verdict closes only signs of rows that are not an emergency: an emergency
    // sign still needs a person now, whoever has called it benign before (RF has no note allowing it).
    (crisis || emergency || !isClearedByProfessional(recognition, span, name, ruleConcepts)) &&
    (crisis || !questionScope || (!isAskedAbout(recognition, span) && !isAskedAhead(recognition, span)))
  );
}

/** The time a sign is told in leaves it open: not over, not long past, not a story told as over. */
function isOpenInTime(scope: SignScope, span: Span, reading: Reading): boolean {
  const { recognition, signSpans, partSpans, pastOrSeen, stillUrgentSpans } = scope;
  const { emergency, crisis, asException } = reading;
  return (
    // A crisis is never closed by "gone now": "back to myself today", "nothing since", "with my first
    // too" beside a suicidal or self-harm sign still need the crisis line (when unsure, escalate).
    // Exceptions (`asException`) are read as said, and "gone now" may still close one.
    !((!crisis || asException) && (!emergency || !insideAny(stillUrgentSpans, span)) && isResolved(recognition, span, signSpans, true, partSpans)) &&
    (crisis || !isLongPast(recognition, span, !emergency)) &&
    // A story told as over sentences later ("had pnd after my son … im good now"): never a crisis,
    // and an emergency sign only when a professional has seen it or it was long ago ("she had a
    // temp of 38.5 yesterday, she is 4 weeks now and fine" still needs a person).
    (crisis || (emergency && !pastOrSeen) || !isToldOver(recognition, span))
  );
}

/**
 * A history (a rule's `history` concept, past by nature: "a breast reduction years ago") told as someone
 * else's: a person other than the writer named before it in its sentence, and long past ("asking for my
 * sister, she had a section"). Any other time it is told in leaves it a risk now.
 */
function isOthersHistory(recognition: SignScope['recognition'], span: Span): boolean {
  const start = sentenceStartOf(recognition.tokens, span.start);
  return (recognition.concepts.get('who_other') ?? []).some((other) => other.start >= start && other.end <= span.start) && isLongPast(recognition, span, true);
}
