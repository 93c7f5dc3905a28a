import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import { isWithinQuestionReach } from './question-reach';
import { inIfClause, sentenceStartOf } from './sentence-positions';

// The writer's own report beside a general question: "I pressed a glass on his spots and they didn't fade, how
// do I know if it's serious?" (issue 11, s21-asked). Parents end a report with a question; the question does
// not make what they told a general one.

/** The concepts that open a question a marker may stand inside ("what happens if the baby has …"). */
const questionConcepts: readonly string[] = Object.freeze(['general_question', 'sign_question']);

/**
 * True when the message tells something as the writer's own or her baby's, present or just seen, so that a
 * rule's `general_question` exception does not apply: a thing of hers or the baby's named with a possessive
 * (`own_possessed`: "his spots", "my mood") or her own act of checking (`own_check_act`: "I pressed a glass",
 * "I took her temperature"), anywhere and not negated; or a subject told with a verb, an age or a time word
 * (`own_told`: "my baby has", "she's 3 weeks old", "this morning") outside a question's reach. Inside one
 * ("what happens if the baby has …", "how do I know if my baby is dehydrated", "if … tonight") it is the
 * question's own supposition, and the question stays a general one.
 */
export function isToldAsOwn(recognition: Recognition): boolean {
  for (const span of recognition.concepts.get('own_possessed') ?? noSpans) if (!isNegated(recognition, span)) return true;
  for (const span of recognition.concepts.get('own_check_act') ?? noSpans) if (!isNegated(recognition, span) && !isInsideQuestion(recognition, span)) return true;
  for (const span of recognition.concepts.get('own_told') ?? noSpans) if (!isNegated(recognition, span) && !isInsideQuestion(recognition, span)) return true;
  return false;
}

/** True when `span` stands in a question's phrase, within its reach in the same clause, or in an if-clause. */
function isInsideQuestion(recognition: Recognition, span: Span): boolean {
  const { tokens } = recognition;
  if (inIfClause(tokens, sentenceStartOf(tokens, span.start), span.start)) return true;
  const conjunctions = recognition.concepts.get('conjunction') ?? noSpans;
  for (const name of questionConcepts) {
    for (const question of recognition.concepts.get(name) ?? noSpans) {
      if (question.start > span.start) continue;
      if (question.end > span.start || isWithinQuestionReach(recognition, question, span, conjunctions)) return true;
    }
  }
  return false;
}
