import type { ClassifyResult } from '../engine/create-engine';
import type { LabelledQuestion } from './labelled-questions';

export type Outcome = 'right' | 'clarified' | 'wrong' | 'referred' | 'kept_out' | 'leaked' | 'caught' | 'missed';

export interface EvaluatedQuestion {
  question: LabelledQuestion;
  result: ClassifyResult;
  outcome: Outcome;
}

export interface EvaluationReport {
  inScope: { total: number; right: number; clarified: number; wrong: number; referred: number };
  outOfScope: { total: number; keptOut: number };
  redFlags: { total: number; caught: number };
  /** In-scope questions sent to red-flag triage; they must stay few. */
  falseRedFlags: number;
  questions: EvaluatedQuestion[];
}

const answered = new Set(['answer', 'dialog']);

/**
 * Scores one question. In scope: right when answered with the label or an accepted alternative.
 * Out of scope and off topic: kept out unless a seed answer is given that the file does not accept.
 */
export function scoreQuestion(question: LabelledQuestion, result: ClassifyResult, isSeedIntent: (id: string) => boolean): Outcome {
  const accepted = new Set([question.label, ...(question.accept ?? [])]);
  if (question.label === 'RED_FLAG') return result.route === 'red_flag' ? 'caught' : 'missed';
  const gaveSeedAnswer = answered.has(result.route) && result.intent !== null && isSeedIntent(result.intent);
  if (question.label === 'OUT_OF_SCOPE' || question.label === 'OFF_TOPIC') {
    return gaveSeedAnswer && !accepted.has(result.intent ?? '') ? 'leaked' : 'kept_out';
  }
  if (answered.has(result.route)) return result.intent !== null && accepted.has(result.intent) ? 'right' : 'wrong';
  if (result.route === 'clarify') return 'clarified';
  return 'referred';
}

export function evaluate(
  questions: readonly LabelledQuestion[],
  classify: (text: string) => ClassifyResult,
  isSeedIntent: (id: string) => boolean,
): EvaluationReport {
  const report: EvaluationReport = {
    inScope: { total: 0, right: 0, clarified: 0, wrong: 0, referred: 0 },
    outOfScope: { total: 0, keptOut: 0 },
    redFlags: { total: 0, caught: 0 },
    falseRedFlags: 0,
    questions: [],
  };
  for (const question of questions) {
    const result = classify(question.q);
    const outcome = scoreQuestion(question, result, isSeedIntent);
    report.questions.push({ question, result, outcome });
    if (question.label === 'RED_FLAG') {
      report.redFlags.total++;
      if (outcome === 'caught') report.redFlags.caught++;
    } else if (question.label === 'OUT_OF_SCOPE' || question.label === 'OFF_TOPIC') {
      report.outOfScope.total++;
      if (outcome === 'kept_out') report.outOfScope.keptOut++;
    } else {
      report.inScope.total++;
      if (result.route === 'red_flag') report.falseRedFlags++;
      if (outcome === 'right') report.inScope.right++;
      else if (outcome === 'clarified') report.inScope.clarified++;
      else if (outcome === 'wrong') report.inScope.wrong++;
      else report.inScope.referred++;
    }
  }
  return report;
}

export function formatEvaluation(report: EvaluationReport): string {
  const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);
  const { inScope, outOfScope, redFlags } = report;
  const lines = [
    `In scope (${inScope.total}):`,
    `  answered right     ${String(inScope.right).padStart(4)}  ${percent(inScope.right, inScope.total)}`,
    `  clarified          ${String(inScope.clarified).padStart(4)}  ${percent(inScope.clarified, inScope.total)}`,
    `  answered wrong     ${String(inScope.wrong).padStart(4)}  ${percent(inScope.wrong, inScope.total)}`,
    `  referred           ${String(inScope.referred).padStart(4)}  ${percent(inScope.referred, inScope.total)}`,
    `  flagged as urgent  ${String(report.falseRedFlags).padStart(4)}  ${percent(report.falseRedFlags, inScope.total)}`,
    `Out of scope and off topic kept out of seed answers: ${outOfScope.keptOut}/${outOfScope.total}  ${percent(outOfScope.keptOut, outOfScope.total)}`,
    `Red flags caught: ${redFlags.caught}/${redFlags.total}  ${percent(redFlags.caught, redFlags.total)}`,
  ];
  const misses = report.questions.filter((item) => !['right', 'kept_out', 'caught'].includes(item.outcome));
  if (misses.length > 0) {
    lines.push('', `Misses (${misses.length}):`);
    for (const { question, result, outcome } of misses) {
      const got = result.intent ? `${result.route} ${result.intent} ${result.confidence.toFixed(2)}` : result.route;
      lines.push(`  ${outcome.padEnd(9)} expected ${question.label.padEnd(20)} got ${got.padEnd(36)} ${JSON.stringify(question.q.slice(0, 80))}`);
    }
  }
  return lines.join('\n');
}
