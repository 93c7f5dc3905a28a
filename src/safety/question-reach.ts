import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import type { Recognition } from './recognition';
import { sentencesBetween } from './sentence-positions';

/** How many words after a question's phrase ("how do I know if", "is it possible") it still reaches. */
export const questionReach = 6;

/**
 * True when `span` starts after `question` within its reach, in its own clause: no clause or sentence ends,
 * and no conjunction joins another clause, between the question's last word and it. Read by isAskedAbout (a
 * sign a question asks about) and isToldAsOwn (a report the question supposes).
 */
export function isWithinQuestionReach(recognition: Recognition, question: Span, span: Span, conjunctions: readonly Span[]): boolean {
  if (question.end > span.start || span.start - question.end > questionReach) return false;
  const { tokens } = recognition;
  for (let between = question.end - 1; between < span.start; between++) if (tokens[between].sentenceEnd || tokens[between].clauseEnd) return false;
  for (let place = 0; place < conjunctions.length; place++) if (conjunctions[place].start >= question.end && conjunctions[place].start < span.start) return false;
  return true;
}

/** True when one of `told`, not negated, stands in a later sentence than `question` starts in. */
export function isToldInLaterSentence(recognition: Recognition, question: Span, told: readonly Span[]): boolean {
  for (let place = 0; place < told.length; place++) {
    const span = told[place];
    if (span.start >= question.end && sentencesBetween(recognition.tokens, question.start, span.start) > 0 && !isNegated(recognition, span)) return true;
  }
  return false;
}
