import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, overlapping, type Recognition } from './recognition';
import { sentencesBetween } from './sentence-positions';
import { subjectAt } from './sign-subjects';

// A low mood told as coming now and then: RED-FLAGS.md's row is "low mood most days for more than 2 weeks", and
// a writer who says how often and it is seldom ("I get a bit tearful at night sometimes", "still feel sad about
// it sometimes", "a bit teary at times") tells a mood that is not most days, however long ago it began. The
// rows' own signs pair the mood with a span ("5 weeks in", "my kids are 3 and 6 now"), which here is the time
// since the birth or the loss, not how long a low mood has held.

/** The mood concepts of the low mood row's signs, each of which must be told seldom. */
const moodConcepts = ['low_mood', 'mood_strain', 'lasting_distress'];
/** How far from the mood its "sometimes" may stand, in its sentence: "tearful at night sometimes". */
const reach = 8;
/** A span of a week or more told with a number ("for 3 weeks"): the mood lasting, whatever its frequency. */
const spanDays = 7;

/**
 * True when every place of a mood the low mood row reads (not negated) has a seldom frequency (`now_and_then`:
 * "sometimes", "at times", "now and then", "occasionally") in its sentence, within a few words, told of the
 * writer, her partner or no one (never the baby's "he is sometimes fussy"); and nothing tells the mood as most
 * days or more (`mood_now` outside those words: "every day", "all the time", "hopeless", "can't cope"), nor as
 * lasting weeks (a span of days told, or `long_mood_duration` without a number and not a "still": "for weeks",
 * "since the birth"). "Still feel sad sometimes" tells it lasting, not how often. Read for the low mood row only;
 * a crisis has rows of its own.
 */
export function isToldNowAndThen(recognition: Recognition): boolean {
  const seldom = (recognition.concepts.get('now_and_then') ?? noSpans).filter((span) => {
    if (isNegated(recognition, span)) return false;
    const subject = subjectAt(recognition, span.start);
    return subject !== 'baby' && subject !== 'baby_likely';
  });
  if (seldom.length === 0) return false;
  const { tokens } = recognition;
  const moods = moodConcepts.flatMap((name) => recognition.concepts.get(name) ?? noSpans).filter((span) => !isNegated(recognition, span));
  if (moods.length === 0) return false;
  const near = (mood: Span) =>
    seldom.some((often) => sentencesBetween(tokens, mood.start, often.start) === 0 && Math.min(Math.abs(often.start - mood.end), Math.abs(mood.start - often.end)) <= reach);
  if (!moods.every(near)) return false;
  const outside = (told: Span) => !isNegated(recognition, told) && !seldom.some((often) => overlapping(often, told));
  if ((recognition.concepts.get('mood_now') ?? noSpans).some(outside)) return false;
  if (recognition.quantities.some((quantity) => quantity.kind === 'days' && quantity.value >= spanDays)) return false;
  const numbered = (told: Span) => tokens.slice(told.start, told.end).some((token) => /\d/.test(token.word));
  return !(recognition.concepts.get('long_mood_duration') ?? noSpans).some((told) => outside(told) && !numbered(told) && tokens[told.start].word !== 'still');
}
