import { isNegated } from './is-negated';
import { isAskedAbout } from './is-asked-about';
import type { Span } from './concept-matcher';
import { noSpans, overlapping, type Recognition } from './recognition';
import { subjectAt } from './sign-subjects';

// A low mood told as the lesser part of her days: RED-FLAGS.md's row is "low mood most days for more than 2
// weeks", and a writer who says she is mostly happy ("I cry at adverts but mostly happy", "happy most days but
// tearful when tired") tells a mood that is not most days.

/** Words after a wellness that give it an object: "happy with the feeds", "fine about it". */
const objectWords = new Set(['with', 'about', 'that', 'for', 'to']);

/** A span of a week or more told ("for 2 weeks"): longer than a mood that comes and goes. */
const spanDays = 7;

/**
 * True when the writer tells the mood's person well most of the time (`mostly_well`: "mostly happy", "happy most
 * days", "most of the time I'm fine"), not denied, not asked ("am I mostly ok?"), of the mother or the partner
 * she is told of (never the baby's "he is mostly happy"), and nothing tells the mood itself as most days or more
 * (`mood_now` outside the wellness's words: "every day", "all the time", "lately", "hopeless", "can't cope"):
 * when unsure, the row weighs it. Read for the low mood row only; a crisis has rows of its own.
 */
export function isToldMostlyWell(recognition: Recognition): boolean {
  const wells = (recognition.concepts.get('mostly_well') ?? noSpans).filter((span) => {
    if (isNegated(recognition, span) || isAskedAbout(recognition, span)) return false;
    // Happy with something ("mostly happy with how feeds are going") is no mood of hers.
    if (objectWords.has(recognition.tokens[span.end]?.word ?? '')) return false;
    // Whose: the person named before it, or inside it when none is ("mostly I'm good").
    const before = subjectAt(recognition, span.start);
    const subject = before === 'none' ? subjectAt(recognition, span.end - 1) : before;
    return subject === 'mother' || subject === 'partner';
  });
  if (wells.length === 0) return false;
  const { tokens } = recognition;
  const outside = (told: Span) => !isNegated(recognition, told) && !wells.some((well) => overlapping(well, told));
  if ((recognition.concepts.get('mood_now') ?? noSpans).some(outside)) return false;
  // Nor a span the mood has lasted ("for weeks", "since the birth", "for 3 weeks"): low for weeks and mostly
  // happy is a call for a person. A span with a number is read from the quantities (kind 'days'), where an age
  // told ("6 weeks postpartum", "she's 2 months") is not one; the concept's numbered phrases would take it for one.
  if (recognition.quantities.some((quantity) => quantity.kind === 'days' && quantity.value >= spanDays)) return false;
  const numbered = (told: Span) => tokens.slice(told.start, told.end).some((token) => /\d/.test(token.word));
  return !(recognition.concepts.get('long_mood_duration') ?? noSpans).some((told) => outside(told) && !numbered(told));
}
