import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import { isToldInLaterSentence, isWithinQuestionReach } from './question-reach';

// A sign a general question asks about ("what does a rash that doesn't fade look like") rather than one seen.

/**
 * True when the sign is what a general question asks about rather than something the writer has seen:
 * "what does a rash that doesn't fade look like", "how do I know if he is dehydrated". The question's
 * reach is its own clause and a few words after it, so "how do I know if she's dehydrated, her mouth is
 * dry" still says her mouth is dry. Only the `sign_question` concept opens such a scope; "is it normal
 * that she's floppy" describes the baby and stays a sign.
 */
export function isAskedAbout(recognition: Recognition, span: Span): boolean {
  // "… he had one an hour ago", "mine does that": the writer's baby has it now, whatever the question asked.
  if (recognition.concepts.has('same_here')) return false;
  const questions = recognition.concepts.get('sign_question');
  if (!questions) return false;
  const conjunctions = recognition.concepts.get('conjunction') ?? noSpans;
  const toldNow = recognition.concepts.get('own_baby_now') ?? noSpans;
  // Her own act of checking ("… I pressed a glass on them", s21-asked) tells the sign seen as well.
  const checked = recognition.concepts.get('own_check_act') ?? noSpans;
  // Indexed loops rather than closures and slices: the net asks this of every place of every concept.
  for (let index = 0; index < questions.length; index++) {
    const question = questions[index];
    // A later sentence tells of the writer's own baby now ("… shes 2 weeks and doing it right now") or her own
    // check ("… I pressed a glass on them"): what the question names is a present sign.
    if (isToldInLaterSentence(recognition, question, toldNow) || isToldInLaterSentence(recognition, question, checked)) continue;
    if (question.start <= span.start && question.end >= span.end) return true;
    if (isWithinQuestionReach(recognition, question, span, conjunctions) && !isNegated(recognition, question)) return true;
  }
  return false;
}
