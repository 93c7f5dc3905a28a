import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import { sentenceEndOf, sentenceStartOf } from './sentence-positions';
import { subjectAt } from './sign-subjects';
import { birthVerbs, isStoryVerb, pastVerbs, presentPerfect } from './story-words';

// A sign told as past and done with: long ago, seen by a professional, or someone else's story.

/** A verb in the present between a past time and a sign after it: the sign is told now ("she was in hospital and i am soaking a pad an hour"). */
const presentVerbs = new Set(['am', 'is', 'are', 'im']);

/** The writer's own baby told apart from another's: "mine is 4 weeks", "ours is fine". */
const writersApart = new Set(['mine', 'mines', 'ours']);

/**
 * True when the sign is told as past and done with: in a sentence that says when ("with my first", "last
 * month", `long_ago`, `in_the_past`) or with a past verb just before it ("she had", "was"), and either a
 * professional has seen it or it was someone else's ("my sister's baby had jaundice"), or it was long ago.
 * Nothing in the sentence says it is still so ("still", "now", "again", "since", "has been").
 */
export function isLongPast(recognition: Recognition, span: Span, ownVerbCounts = false): boolean {
  const { tokens, concepts } = recognition;
  const start = sentenceStartOf(tokens, span.start);
  let end = sentenceEndOf(tokens, span.end);
  // "... had a fever after his jabs. that was last month.": a short next sentence that dates the one before.
  let datedFrom = Number.POSITIVE_INFINITY;
  if (end < tokens.length && ['that', 'this', 'it'].includes(tokens[end].word) && ['was', 'were'].includes(tokens[end + 1]?.word ?? '')) {
    let next = end + 2;
    while (next < tokens.length && !tokens[next - 1].sentenceEnd && next - end < 8) next++;
    const dated = [...(concepts.get('long_ago') ?? []), ...(concepts.get('in_the_past') ?? [])].some((other) => other.start >= end && other.end <= next);
    if (dated) {
      datedFrom = end;
      end = next;
    }
  }
  const inSentence = (name: string) => (concepts.get(name) ?? []).filter((other) => other.start >= start && other.end <= end && !isNegated(recognition, other));
  // Someone else's sign ("my friend's baby had a rash that didn't fade … I've been checking mine every
  // hour"): the writer's own "still" or "have been" is about her, not that sign.
  const othersSign = inSentence('who_other').some((other) => other.end <= span.start);
  // still_now_told: still_now less a going back somewhere ("had to go back into hospital", "when I went back to work"),
  // which says nothing of the sign being still so (issue 11, s30).
  if (inSentence('still_now_told').some((still) => !othersSign || subjectAt(recognition, still.start) !== 'mother')) return false;
  // "born a week ago" is an age, not the time of the sign.
  // The time must be told of this sign: near it, with no comma between ("implants years ago, baby is 5
  // days old and my milk has not come in" is about now).
  const when = [...inSentence('long_ago'), ...inSentence('in_the_past')].filter((other) => {
    if (other.start >= datedFrom) return true;
    if (tokens.slice(Math.max(0, other.start - 4), other.start).some((token) => birthVerbs.has(token.word))) return false;
    const [from, to] = other.end <= span.start ? [other.end - 1, span.start] : [span.end - 1, other.start];
    const between = tokens.slice(from, to);
    if (other.end <= span.start && between.some((token) => presentVerbs.has(token.word))) return false;
    return to - from <= 8 && !between.some((token) => token.clauseEnd || token.sentenceEnd);
  });
  const someonesSign = inSentence('who_other').some((other) => other.end <= span.start);
  // Someone else's story is told in any past verb ("my friend's 11 month old turned blue in a tantrum").
  const pastVerb =
    tokens.slice(Math.max(start, span.start - 4), span.start).some((token) => pastVerbs.has(token.word) || (someonesSign && isStoryVerb(token.word))) ||
    (ownVerbCounts && someonesSign && isStoryVerb(tokens[span.start].word) && toldOfOthersBaby(recognition, span));
  if (when.length === 0 && isEarlierChildsStory(recognition, start, span)) return true;
  if (when.length === 0 && !pastVerb) return false;
  const seen = (concepts.get('professional_seen') ?? []).some((other) => !isNegated(recognition, other));
  return seen || someonesSign || when.length > 0;
}

/**
 * `isLongPast`'s `ownVerbCounts` (rows that are not an emergency): the sign's own first word may be the past verb
 * ("my friend's baby lost 11%", "her baby slept for six hours") when the writer then tells of her own baby
 * apart ("mine is 4 weeks"), and not after "has" or "is" ("she's lost interest in everything" is so now), nor a
 * "had" or "was" ("had her baby last month" dates the story). An emergency sign told of another baby ("my niece
 * turned blue while feeding") may be happening now: it stays a sign (when unsure, escalate).
 */
function toldOfOthersBaby(recognition: Recognition, span: Span): boolean {
  const { tokens } = recognition;
  if (pastVerbs.has(tokens[span.start].word) || presentPerfect.has(tokens[span.start - 1]?.word ?? '')) return false;
  return tokens.slice(span.end).some((token, offset) => writersApart.has(token.word) || (token.word === 'own' && tokens[span.end + offset - 1]?.word === 'my'));
}

/**
 * True when a sentence before the sign's opens a story about an earlier child ("With my first I waited till I
 * felt full before feeding. She ended up not gaining. Was that why?"), the sign is told in a story verb just
 * before it, and nothing in the message brings in a baby of now (`this_child`: "this time", "now", an age).
 */
function isEarlierChildsStory(recognition: Recognition, sentenceStart: number, span: Span): boolean {
  const { tokens, concepts } = recognition;
  if (recognition.ages.length > 0 || concepts.has('this_child')) return false;
  const opened = (concepts.get('earlier_child') ?? noSpans).some((told) => told.end <= sentenceStart && !isNegated(recognition, told));
  if (!opened) return false;
  return tokens.slice(Math.max(sentenceStart, span.start - 4), span.start).some((token) => isStoryVerb(token.word));
}
