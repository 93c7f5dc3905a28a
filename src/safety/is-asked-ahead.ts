import type { Span } from './concept-matcher';
import { isNegated, isToldAnywhere } from './is-negated';
import { noSpans, overlapping, type Recognition } from './recognition';
import { inIfClause, sentenceEndOf, sentenceStartOf } from './sentence-positions';

// A sign asked about before it could happen: in pregnancy, "asking ahead", "before my baby arrives".

/** isAskedAhead's marker when none is named: one list, not a new one at each of the net's calls. */
const askedAheadMarkers: readonly string[] = Object.freeze(['asked_ahead']);

/**
 * True when the sign is asked about ahead of time: the message says so (one of `markers`: `asked_ahead`,
 * "asking before it happens", "want to know before my baby arrives"; for the baby's rows with no age given,
 * `hypothetical` too: "I'm due any day"), and the sign stands in a question ("what is the one pad an hour
 * rule?") or an if-clause ("if my baby gets jaundice"), with nothing in the message of the writer's own baby
 * doing it now (`own_baby_now`, `same_here`) and nothing in its sentence saying it is so now (`still_now`).
 * A sign told in a sentence of its own ("asking ahead, but he is floppy now") is still a sign.
 */
export function isAskedAhead(recognition: Recognition, span: Span, markers: readonly string[] = askedAheadMarkers): boolean {
  // The net asks this of every place of every concept, and most messages have no marker: the closures below
  // are in a method of their own, as V8 makes the variables they share at a function's entry, early return or not.
  // The writer's own weeks of pregnancy told ("i'm 32 weeks", readQuantities) mark it as `hypothetical` does.
  const pregnancyMarks = recognition.pregnancyTold === true && markers.includes('hypothetical');
  return (pregnancyMarks || anyToldUndenied(recognition, markers)) && askedAheadOnceMarked(recognition, span, markers);
}

/** isAskedAhead of a message with one of the markers found somewhere not negated. */
function askedAheadOnceMarked(recognition: Recognition, span: Span, markers: readonly string[]): boolean {
  const { concepts, tokens } = recognition;
  if (concepts.has('same_here') || isToldAnywhere(recognition, 'own_baby_now')) return false;
  // "… mine hasn't had one since last night": going without is told in a negation, and is the sign now.
  if (concepts.has('own_lack_now')) return false;
  const start = sentenceStartOf(tokens, span.start);
  const end = sentenceEndOf(tokens, span.end);
  // "can you get an abscess if you keep feeding through mastitis?": a "keep" inside the question's if-clause is
  // the condition asked about, not something going on now (s10-rf-nm). Time words ("now", "today") still count.
  const conditionalKeep = (still: Span) => /^keeps?$/.test(tokens[still.start].word) && still.end - still.start === 1 && inIfClause(tokens, start, still.start);
  if ((concepts.get('still_now') ?? noSpans).some((still) => still.start >= start && still.end <= end && !isNegated(recognition, still) && !conditionalKeep(still))) return false;
  // Another sentence that tells something as so now, not asked ("… not had it, but im soaking one an hour
  // now"): the writer has a case of her own, and what the question names may be it (when unsure, escalate).
  const markerSpans = markers.flatMap((name) => concepts.get(name) ?? noSpans);
  const toldNowElsewhere = (still: Span) => {
    if (still.start >= start && still.end <= end) return false;
    if (isNegated(recognition, still) || markerSpans.some((marker) => overlapping(marker, still))) return false;
    return !tokens[sentenceEndOf(tokens, still.end) - 1]?.questionEnd;
  };
  if ((concepts.get('still_now') ?? noSpans).some(toldNowElsewhere)) return false;
  if (tokens[end - 1]?.questionEnd) return true;
  for (let index = span.start - 1; index >= Math.max(start, span.start - 8); index--) {
    if (tokens[index].word === 'if' || (tokens[index].word === 'case' && tokens[index - 1]?.word === 'in')) return true;
  }
  return false;
}

/** True when one of the concepts `names` is found in the message somewhere not negated. */
function anyToldUndenied(recognition: Recognition, names: readonly string[]): boolean {
  for (let name = 0; name < names.length; name++) {
    const spans = recognition.concepts.get(names[name]);
    if (spans === undefined) continue;
    for (let place = 0; place < spans.length; place++) if (!isNegated(recognition, spans[place])) return true;
  }
  return false;
}
