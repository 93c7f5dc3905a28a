import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, overlapping, type Recognition } from './recognition';
import { isThisPartOfDay, sentenceEndOf, sentenceStartOf } from './sentence-positions';
import { samePerson, subjectBefore, tellerOf } from './sign-subjects';
import { expectationWords, storyVerbs } from './story-words';

/** Words that date a sign to the last day or so: no time has passed since ("had blood in her poo yesterday"). */
const recentWords = new Set(['yesterday', 'today', 'tonight', 'earlier', 'overnight']);

/** Words that tell wellness as lasting: "fine now", "fine since", "myself again", "fine ever since". */
const lastingWords = new Set(['now', 'since', 'again', 'ever', 'anymore']);

/**
 * True when the sign is told as a story that is over: told in the past (a past verb shortly before it in
 * its clause, or a past time in its sentence), and later in the message, in any sentence, the same person
 * is told well now (`well_now`: "I'm good now", "he's 4 now and fine", "all sorted") with nothing from the
 * sign's sentence up to the wellness saying it is still so (`still_now`), nor anything after it worse
 * (`worsening`), apart from the "now" or "again" of
 * the wellness itself ("feel like me again") or of an age told now (`now_neutral`: "she's 3 months now").
 * "Gone now" (isResolved) reads only the sign's own sentence; a story is often closed sentences later.
 */
export function isToldOver(recognition: Recognition, span: Span): boolean {
  // Asked of every place of every concept: the closures of the rest are made only when wellness is told
  // (V8 makes the variables they share at a function's entry, early return or not).
  const wells = recognition.concepts.get('well_now');
  return wells !== undefined && toldOverAfter(recognition, span, wells);
}

/** isToldOver of a message that tells of wellness at `wells`. */
function toldOverAfter(recognition: Recognition, span: Span, wells: readonly Span[]): boolean {
  const { concepts, tokens } = recognition;
  const start = sentenceStartOf(tokens, span.start);
  // Whose the sign is by the person named before it in its clause only: "had pnd after my son" is hers.
  const subject = subjectBefore(recognition, span.start);
  // The first wellness told after the sign, not negated nor expected, of the same person (a loop, not a closure per call).
  let well: Span | undefined;
  for (let index = 0; index < wells.length && well === undefined; index++) {
    const other = wells[index];
    if (other.start >= span.end && !isNegated(recognition, other) && !expectationWords.has(tokens[other.start - 1]?.word ?? '') && samePerson(subject, tellerOf(recognition, other.start))) well = other;
  }
  if (!well || !toldInPast(recognition, span, start)) return false;
  const after = (name: string) => (concepts.get(name) ?? noSpans).some((other) => other.start >= start && !isNegated(recognition, other));
  // Time has passed since, or someone has seen it: the wellness is told as lasting ("fine now", "fine since",
  // "myself again"), an age or time is told now ("she's 3 months now"), the sign is dated in the past, or a
  // professional saw it. "He had blood in his poo, he seems fine" is not yet over.
  // Review s9: a sign told as yesterday, this morning or last night, or an age told now in days ("he lost 12
  // percent by day 5. he is 6 days now and doing fine"), is no time passed; nor is the "now" of such an age.
  const ages = (concepts.get('now_neutral') ?? noSpans).filter((told) => told.start >= start && !isNegated(recognition, told));
  const inAge = (position: number) => ages.some((told) => told.start <= position && told.end > position);
  const from = Math.max(0, well.start - 2);
  const lasting = tokens.slice(from, well.end).some((token, offset) => lastingWords.has(token.word) && !inAge(from + offset));
  const signEnd = sentenceEndOf(tokens, span.end);
  const recent = tokens.slice(start, signEnd).some((token, offset) => recentWords.has(token.word) || isThisPartOfDay(tokens, start + offset) || (token.word === 'last' && tokens[start + offset + 1]?.word === 'night'));
  const agedSince = ages.some((told) => !tokens.slice(told.start, told.end).some((token) => token.word === 'day' || token.word === 'days'));
  if (recent && !after('long_ago') && !after('professional_seen')) return false;
  if (!lasting && !agedSince && !after('long_ago') && !after('in_the_past') && !after('professional_seen')) return false;
  const neutral = [...wells, ...(concepts.get('now_neutral') ?? noSpans)];
  // "Still" up to the wellness (after it, "can I go back on them" is a question of its own; a sign told
  // again is a place of its own); worse anywhere after the sign's sentence starts.
  const open = (name: string, until: number) =>
    (concepts.get(name) ?? noSpans).some(
      (other) => other.start >= start && other.start < until && !isNegated(recognition, other) && !neutral.some((told) => overlapping(told, other)),
    );
  return !open('still_now', well.start) && !open('worsening', tokens.length);
}

/** A past verb shortly before the sign in its clause ("had pnd", "was really drowsy"), or a past time told in its sentence. */
function toldInPast(recognition: Recognition, span: Span, sentenceStart: number): boolean {
  const { tokens, concepts } = recognition;
  // The sign's own words may hold the verb ("baby had a bit of yellow").
  for (let index = span.start; index < span.end; index++) if (storyVerbs.has(tokens[index].word)) return true;
  for (let index = span.start - 1; index >= Math.max(sentenceStart, span.start - 5); index--) {
    if (storyVerbs.has(tokens[index].word)) return true;
    if (tokens[index].clauseEnd) break;
  }
  const end = sentenceEndOf(tokens, span.end);
  return [...(concepts.get('long_ago') ?? noSpans), ...(concepts.get('in_the_past') ?? noSpans)].some(
    (other) => other.start >= sentenceStart && other.end <= end && !isNegated(recognition, other),
  );
}
