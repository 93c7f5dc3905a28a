import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import { sentencesBetween } from './sentence-positions';

// A sign a general question asks about ("what does a rash that doesn't fade look like") rather than one seen.

/** How many words after "how do I know if" a general question still reaches. */
const questionReach = 6;

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
  const { tokens } = recognition;
  // Indexed loops rather than closures and slices: the net asks this of every place of every concept.
  questions: for (let index = 0; index < questions.length; index++) {
    const question = questions[index];
    // A later sentence tells of the writer's own baby now ("… shes 2 weeks and doing it right now") or her own
    // check ("… I pressed a glass on them"): what the question names is a present sign.
    for (let place = 0; place < toldNow.length; place++) {
      const told = toldNow[place];
      if (told.start >= question.end && sentencesBetween(recognition.tokens, question.start, told.start) > 0 && !isNegated(recognition, told)) continue questions;
    }
    for (let place = 0; place < checked.length; place++) {
      const told = checked[place];
      if (told.start >= question.end && sentencesBetween(recognition.tokens, question.start, told.start) > 0 && !isNegated(recognition, told)) continue questions;
    }
    if (question.start <= span.start && question.end >= span.end) return true;
    if (question.end > span.start || span.start - question.end > questionReach) continue;
    if (isNegated(recognition, question)) continue;
    // No clause or sentence ends between the question's last word and the sign.
    for (let between = question.end - 1; between < span.start; between++) if (tokens[between].sentenceEnd || tokens[between].clauseEnd) continue questions;
    for (let place = 0; place < conjunctions.length; place++) if (conjunctions[place].start >= question.end && conjunctions[place].start < span.start) continue questions;
    return true;
  }
  return false;
}
