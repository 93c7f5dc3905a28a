import type { TopicKind } from '../knowledge/content-schema';
import type { IntentScore } from '../nlu/intent-classifier';
import type { Route } from './turn-types';

export interface DecisionPolicy {
  /** The top intent is answered at or above this confidence... */
  answerThreshold: number;
  /** ...and only when it is this far ahead of the next curated (knowledge) topic. */
  answerMargin: number;
  /**
   * A referral or small-talk intent is answered at or above this confidence, with no margin: saying who can
   * help, or hello, costs little when it misses, unlike a confident wrong curated answer.
   */
  referralThreshold: number;
  /** Between this and the answer threshold the person is asked which they meant. */
  clarifyThreshold: number;
  /** An intent is offered as a clarification option from this confidence. */
  optionThreshold: number;
  /** Below this share of words the knowledge base knows, a message is never answered outright. */
  minimumKnownWordShare: number;
  /** How many options a clarification offers at most. */
  maximumOptions: number;
  /**
   * A curated intent is also answered at or above this confidence and `corroboratedMargin` lead when the
   * message has several sentences and its question sentence alone ranks the same intent first (see
   * docs/answer-or-ask.md). Absent: only the thresholds above answer.
   */
  corroboratedThreshold?: number;
  corroboratedMargin?: number;
}

/**
 * Tuned (npm run bench:folds) on the five site folds of the training corpus together (the development
 * split and four folds of the examples side, each classified by a model that never saw its sites) for at
 * most 1.5 % wrong answers (wrong answers ran about 1.5 points higher on the held-out part than on the
 * development split) and at least 95 % of out-of-scope questions kept out, while the content's held-out
 * tests get no wrong curated answer and 85 % answered, and the shared sample questions 90 % right and none wrong.
 * Since part d of the corpus (harder, longer questions) no policy meets all of these at once. A lead of
 * 0.45 is the strictest that keeps the sample questions at 90 % right (40 of 44, none wrong) and the
 * content's tests at 85 % answered (136 of 158) with two training seeds, at 63.6-63.9 % right and
 * 2.2-2.6 % wrong on the folds; 0.5 gave 2.1-2.2 % wrong but 39-40 samples and 133-136 tests, and the
 * folds' 1.5 % needs a lead of 0.6 (57 % right, 36 samples, 132 tests).
 * With part e of the corpus and the hidden layer's dropout, a lead of 0.5 keeps the folds at 1.9 % wrong
 * (63.8 % right; 0.45 gave 64.9 % at 2.2 %), the sample questions at 41 of 44 and the content's tests at
 * 141 of 158, none wrong: wrong answers are the target the held-out part missed (3.2 % on its first set).
 * With a corroborated answer (below), tuned for 1.5 % wrong and 97 % kept out on the folds (97.0 % there
 * gave 94-95 % on the held-out sets): answer at 0.65 with a lead of 0.5, or at 0.5 with a lead of 0.35 when
 * the question sentence alone agrees. 67.1 % right, 1.5 % wrong, 97.1 % kept out on the folds, against
 * 65.2 % for the best plain pair at the same targets (0.65, lead 0.45) and 65.8 % at 1.4 % wrong but 96.97 %
 * kept out for the pair before (0.6, 0.5); the sample questions 40 of 44 right, the content's tests 136 of
 * 158, none wrong. Nested over the folds (each fold's policy tuned on the other four): 67.2 % right, 1.5 %
 * wrong, 97.0 % kept out, against 65.3 %, 1.5 %, 97.1 % for the plain pair (docs/answer-or-ask.md).
 * With part h of the corpus learnt that policy gave 1.7 % wrong on the folds and 39 of 44 sample questions.
 * Re-tuned with the classifier of part h (256 hidden units, corpus phrasings at 0.5) on a finer grid (steps of
 * 0.025) for the same targets: answer at 0.65 with a lead of 0.55, or at 0.55 with a lead of 0.45 when the
 * question sentence agrees. 67.3 % right, 1.5 % wrong, 97.2 % kept out on the folds, the sample questions 41
 * of 44 and the content's tests 138 of 158, none wrong (docs/ranking.md). Chosen on the folds themselves,
 * with little margin: the same model trained with other seeds gave 1.56 % wrong at this setting.
 * With part i of the corpus learnt (issue 12, s10) the folds' tuner lowered the corroborated lead to 0.3: 68.7 ->
 * 69.5 % right, 1.45 -> 1.50 % wrong (the budget), 97.1 % kept out on the folds; the sample questions and the
 * content's tests unchanged. A learnt correctness model did no better (docs/answer-or-ask.md, which also gives
 * the nested figure: 1.64 % wrong).
 * With part j learnt (issue 12, s11; 5,488 in scope on the folds) that policy gave 68.7 % right, 1.7 % wrong, 97.2 %
 * kept out (the part a-i questions alone 69.7 / 1.52 / 97.4, as before); the folds' tuner raised the corroborated pair
 * to 0.6 with a lead of 0.45 for the budget: 67.7 % right, 1.49 % wrong, 97.2 % kept out, the sample questions 40 of 44.
 * With part k learnt (issue 12, s12; 7,963 in scope on the folds, corpus phrasings at 0.3) part k's out-of-scope questions
 * brought kept out to 96 % at any policy near this one, so the tuner ran for 2 % wrong and 96 % kept out: the corroborated
 * pair raised to 0.7 with a lead of 0.5 (the plain pair unchanged): 67.7 % right, 2.0 % wrong, 96.0 % kept out, the sample
 * questions 40 of 44 and the content's tests 133 of 158, none wrong (docs/answer-or-ask.md); after the content changes
 * that followed, 67.4 % right, 1.96 % wrong, 95.9 % kept out, the sample questions 39 of 44, the content's tests 135 of 158.
 * With parts j and k's labels that disagreed with the older parts and with the answers set right (issue 12, s13: soft
 * breasts to supply.never_empty, prolactin and milk cells to milk.anatomy, vegan diets and supplements to diet.poor_diet,
 * waiting for breasts to refill to supply.full_breast) the folds answer fewer questions wrong at every policy, and the
 * tuner on a 0.025 grid (folds ≤ 2 % wrong, ≥ 95 % kept out, the sample questions ≥ 41 of 44 and none wrong, the content's
 * tests none wrong, main's own a-i questions no worse than main on the folds and the development split): answer at 0.6
 * with a lead of 0.525, or at 0.525 with a lead of 0.35 when the question sentence agrees. Folds a-k 71.2 % right,
 * 1.62 % wrong, 95.4 % kept out; sample questions 41 of 44; content's tests 140 of 158, none wrong (docs/answer-or-ask.md).
 * With part l learnt (issue 12, s13; 8,907 in scope on the folds) that policy gave 71.8 % right, 1.6 % wrong, 95.7 % kept
 * out, but the sample questions 39 of 44 (two whose right top intent now leads by 0.43 and 0.46); of the grid's
 * policies within 2 % wrong and 95 % kept out, only those with a lead of 0.4 keep 41 of 44: answer at 0.6 with a lead of
 * 0.4, or at 0.65 with a lead of 0.2 when the question sentence agrees. Folds a-l 72.9 % right, 1.81 % wrong, 95.7 % kept
 * out; the content's tests 141 of 158, none wrong.
 * With part m learnt (issue 12, s14; 12,487 in scope on the folds, 14,033 corpus phrasings) every confidence came out
 * lower (the sample questions' right top intents at 0.49-0.63 where they were 0.61-0.78) and that policy clarified 17.8 %
 * of the folds: 73.1 % right, 1.68 % wrong, 95.8 % kept out, the sample questions 34 of 44. The best of a 0.025 grid within
 * 2 % wrong and 95 % kept out (answer at 0.55 with a lead of 0.4, or 0.5 and 0.25 corroborated: 75.1 % right, 1.99 % wrong,
 * 95.0 % kept out, the sample questions 38) answered two of the content's referral tests with a curated answer (a lead of
 * 0.49 and 0.51 over the next curated topic, a referral second), which the content's tests forbid. So the lead stays above
 * them: answer at 0.55 with a lead of 0.525, or at 0.5 with a lead of 0.1 when the question sentence agrees. Folds a-m
 * 73.1 % right, 1.68 % wrong, 95.3 % kept out (on the folds' views before the last referral examples); the development
 * split 77.2 %, 1.8 %, 96.2 %; the sample questions 37 of 44, none wrong (no policy within the folds' targets kept more
 * than 38, nor 39 with corpus phrasings at 0.2); the content's tests all pass. A referral on top is sent from 0.4 (was 0.5):
 * right answers, wrong answers and kept out do not move (only a referral on top is concerned), and it brought the content's
 * referral tests sent to their own intent back over 80 % (0.798 at 0.5).
 */
export const defaultDecisionPolicy: DecisionPolicy = {
  answerThreshold: 0.55,
  answerMargin: 0.525,
  referralThreshold: 0.4,
  clarifyThreshold: 0.25,
  optionThreshold: 0.12,
  minimumKnownWordShare: 0.3,
  maximumOptions: 3,
  corroboratedThreshold: 0.5,
  corroboratedMargin: 0.1,
};

export interface Decision {
  route: Route;
  intent: string | null;
  options: string[];
  reason: string;
}

/**
 * Answer, clarify or refer. A confident wrong answer is the costliest mistake, so the policy asks when two
 * intents are close and refers when nothing is likely enough.
 */
export function decide(
  ranked: readonly IntentScore[],
  kindOf: (intent: string) => TopicKind,
  knownWordShare: number,
  policy: DecisionPolicy,
  /**
   * The intent the message's question sentence alone ranks first (undefined for one sentence); asked only
   * when a curated top intent falls short of the answer thresholds but meets the corroborated ones, since it
   * classifies that sentence again.
   */
  questionSentenceTop?: () => string | undefined,
): Decision {
  const [top, second] = ranked;
  if (!top) return { route: 'refer', intent: null, options: [], reason: 'no intents' };
  const kind = kindOf(top.intent);
  // A curated answer's lead is over the next curated topic: a referral or small talk close behind is not a
  // rival answer (and out-of-scope questions answered anyway are held to their own target when tuning).
  // Measured on the site folds of the training corpus: more answered right at the same wrong answers.
  const rival = kind === 'knowledge' ? ranked.find((scored, index) => index > 0 && kindOf(scored.intent) === 'knowledge') : second;
  const lead = top.confidence - (rival?.confidence ?? 0);
  const confident = kind === 'knowledge' ? top.confidence >= policy.answerThreshold && lead >= policy.answerMargin : top.confidence >= policy.referralThreshold;
  const familiar = knownWordShare >= policy.minimumKnownWordShare;

  if (confident && (familiar || kind !== 'knowledge')) {
    const route: Route = kind === 'knowledge' ? 'answer' : kind === 'referral' ? 'refer' : 'smalltalk';
    return { route, intent: top.intent, options: [], reason: `confidence ${top.confidence.toFixed(2)}, lead ${lead.toFixed(2)}` };
  }
  if (kind === 'knowledge' && familiar && corroborated(top, lead, policy, questionSentenceTop)) {
    return { route: 'answer', intent: top.intent, options: [], reason: `confidence ${top.confidence.toFixed(2)}, lead ${lead.toFixed(2)}, the question sentence alone agrees` };
  }

  // Only curated topics are worth a "did you mean"; offering small talk or a referral as an option helps no one.
  // The list holds every intent, most likely first: the options are found once enough are.
  const options: string[] = [];
  for (let index = 0; index < ranked.length && options.length < policy.maximumOptions; index++) {
    const scored = ranked[index];
    if (scored.confidence >= policy.optionThreshold && kindOf(scored.intent) === 'knowledge') options.push(scored.intent);
  }
  // "Did you mean …?" about a message whose words latch mostly does not know would be a guess dressed as a question.
  const recognisable = knownWordShare >= policy.minimumKnownWordShare / 3;
  if (top.confidence >= policy.clarifyThreshold && options.length > 0 && recognisable) {
    return { route: 'clarify', intent: options[0], options, reason: confident ? 'unfamiliar words' : `confidence ${top.confidence.toFixed(2)}, lead ${lead.toFixed(2)}` };
  }
  if (kind === 'referral' && top.confidence >= policy.clarifyThreshold) {
    return { route: 'refer', intent: top.intent, options: [], reason: `referral topic at ${top.confidence.toFixed(2)}` };
  }
  return { route: 'refer', intent: null, options: [], reason: `confidence ${top.confidence.toFixed(2)} below thresholds` };
}

/**
 * A top intent short of the answer thresholds that the question sentence, read alone, also ranks first: the
 * story around the question did not make it. On the site folds such answers were right about as often as
 * those at the plain thresholds (docs/answer-or-ask.md).
 */
function corroborated(top: IntentScore, lead: number, policy: DecisionPolicy, questionSentenceTop?: () => string | undefined): boolean {
  if (policy.corroboratedThreshold === undefined || !questionSentenceTop) return false;
  if (top.confidence < policy.corroboratedThreshold || lead < (policy.corroboratedMargin ?? 0)) return false;
  return questionSentenceTop() === top.intent;
}
