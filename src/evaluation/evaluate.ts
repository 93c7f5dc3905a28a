import type { ClassifyResult } from '../engine/create-engine';
import type { LabelledQuestion } from './labelled-questions';
import { siteOf } from './source-site';

export type Outcome = 'right' | 'clarified' | 'wrong' | 'referred' | 'kept_out' | 'leaked' | 'caught' | 'missed' | 'chatted';

export interface EvaluatedQuestion {
  question: LabelledQuestion;
  result: ClassifyResult;
  outcome: Outcome;
}

export interface EvaluationReport {
  inScope: { total: number; right: number; clarified: number; wrong: number; referred: number };
  outOfScope: { total: number; keptOut: number };
  /** Out-of-scope questions whose topic has a referral intent, and how many got exactly that referral. */
  referrals: { total: number; right: number };
  smalltalk: { total: number; recognised: number; leaked: number };
  redFlags: { total: number; caught: number };
  /** In-scope questions sent to red-flag triage; they must stay few. */
  falseRedFlags: number;
  questions: EvaluatedQuestion[];
}

const answered = new Set(['answer', 'dialog']);
const outOfScopeLabels = new Set(['OUT_OF_SCOPE', 'OFF_TOPIC']);

/**
 * Scores one question. In scope: right when answered with the label or an accepted alternative.
 * Out of scope, off topic and small talk: kept out unless a seed answer is given that the file does not
 * accept; small talk recognised as small talk is `chatted`.
 */
export function scoreQuestion(question: LabelledQuestion, result: ClassifyResult, isSeedIntent: (id: string) => boolean): Outcome {
  const accepted = new Set([question.label, ...(question.accept ?? [])]);
  if (question.label === 'RED_FLAG') return result.route === 'red_flag' ? 'caught' : 'missed';
  const gaveSeedAnswer = answered.has(result.route) && result.intent !== null && isSeedIntent(result.intent);
  if (question.label === 'SMALLTALK') {
    if (result.route === 'smalltalk') return 'chatted';
    return gaveSeedAnswer && !accepted.has(result.intent ?? '') ? 'leaked' : 'kept_out';
  }
  if (outOfScopeLabels.has(question.label)) {
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
  /** The referral intent of each out-of-scope question that has one (`intentOfQuestion`), to count right referrals. */
  referralOf: (question: LabelledQuestion) => string | undefined = () => undefined,
): EvaluationReport {
  const report: EvaluationReport = {
    inScope: { total: 0, right: 0, clarified: 0, wrong: 0, referred: 0 },
    outOfScope: { total: 0, keptOut: 0 },
    referrals: { total: 0, right: 0 },
    smalltalk: { total: 0, recognised: 0, leaked: 0 },
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
    } else if (question.label === 'SMALLTALK') {
      report.smalltalk.total++;
      if (outcome === 'chatted') report.smalltalk.recognised++;
      if (outcome === 'leaked') report.smalltalk.leaked++;
    } else if (outOfScopeLabels.has(question.label)) {
      report.outOfScope.total++;
      if (outcome === 'kept_out') report.outOfScope.keptOut++;
      const referral = referralOf(question);
      if (referral) {
        report.referrals.total++;
        if (result.intent === referral && result.route !== 'answer' && result.route !== 'red_flag') report.referrals.right++;
      }
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

export interface ConfusedPair {
  expected: string;
  got: string;
  count: number;
}

/** Wrong answers and leaks, counted by (what the question was, what it got), most frequent first. */
export function confusedPairs(report: EvaluationReport): ConfusedPair[] {
  const counts = new Map<string, number>();
  for (const { question, result, outcome } of report.questions) {
    if (outcome !== 'wrong' && outcome !== 'leaked') continue;
    const expected = question.label === 'OUT_OF_SCOPE' && question.topic ? `OUT_OF_SCOPE (${question.topic})` : question.label;
    const key = `${expected}\u0000${result.intent ?? result.route}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => {
      const [expected, got] = key.split('\u0000');
      return { expected, got, count };
    })
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected));
}

export interface SourceSummary {
  site: string;
  total: number;
  inScope: number;
  right: number;
  wrong: number;
  outOfScope: number;
  leaked: number;
}

/** The report by the site each question was modelled on, largest first: where does latch do worst? */
export function bySource(report: EvaluationReport): SourceSummary[] {
  const summaries = new Map<string, SourceSummary>();
  for (const { question, outcome } of report.questions) {
    let site = '(no source)';
    try {
      if (question.source) site = siteOf(question.source);
    } catch {
      site = '(not an address)';
    }
    const summary = summaries.get(site) ?? { site, total: 0, inScope: 0, right: 0, wrong: 0, outOfScope: 0, leaked: 0 };
    summary.total++;
    if (outcome === 'right' || outcome === 'wrong' || outcome === 'clarified' || outcome === 'referred') summary.inScope++;
    if (outcome === 'right') summary.right++;
    if (outcome === 'wrong') summary.wrong++;
    if (outOfScopeLabels.has(question.label)) summary.outOfScope++;
    if (outcome === 'leaked') summary.leaked++;
    summaries.set(site, summary);
  }
  return [...summaries.values()].sort((a, b) => b.total - a.total || a.site.localeCompare(b.site));
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);

export function formatEvaluation(report: EvaluationReport, options: { bySource?: boolean; pairs?: number; misses?: boolean } = {}): string {
  const { inScope, outOfScope, redFlags, smalltalk, referrals } = report;
  const lines = [
    `In scope (${inScope.total}):`,
    `  answered right     ${String(inScope.right).padStart(4)}  ${percent(inScope.right, inScope.total)}`,
    `  clarified          ${String(inScope.clarified).padStart(4)}  ${percent(inScope.clarified, inScope.total)}`,
    `  answered wrong     ${String(inScope.wrong).padStart(4)}  ${percent(inScope.wrong, inScope.total)}`,
    `  referred           ${String(inScope.referred).padStart(4)}  ${percent(inScope.referred, inScope.total)}`,
    `  flagged as urgent  ${String(report.falseRedFlags).padStart(4)}  ${percent(report.falseRedFlags, inScope.total)}`,
    `Out of scope and off topic kept out of seed answers: ${outOfScope.keptOut}/${outOfScope.total}  ${percent(outOfScope.keptOut, outOfScope.total)}`,
  ];
  if (referrals.total > 0) lines.push(`  sent to the referral for their topic: ${referrals.right}/${referrals.total}  ${percent(referrals.right, referrals.total)}`);
  if (smalltalk.total > 0) {
    lines.push(`Small talk recognised: ${smalltalk.recognised}/${smalltalk.total}  ${percent(smalltalk.recognised, smalltalk.total)}; given a seed answer: ${smalltalk.leaked}`);
  }
  lines.push(`Red flags caught: ${redFlags.caught}/${redFlags.total}  ${percent(redFlags.caught, redFlags.total)}`);

  const pairs = confusedPairs(report).slice(0, options.pairs ?? 10);
  if (pairs.length > 0) {
    lines.push('', 'Most confused (expected -> got):');
    for (const pair of pairs) lines.push(`  ${String(pair.count).padStart(3)}  ${pair.expected} -> ${pair.got}`);
  }
  if (options.bySource) {
    lines.push('', 'By source site (questions; in scope right/wrong of total; out of scope leaked of total):');
    for (const summary of bySource(report)) {
      lines.push(`  ${summary.site.padEnd(40)} ${String(summary.total).padStart(4)}   in scope ${summary.right}/${summary.wrong} of ${summary.inScope}   out of scope leaked ${summary.leaked} of ${summary.outOfScope}`);
    }
  }
  const misses = report.questions.filter((item) => !['right', 'kept_out', 'caught', 'chatted'].includes(item.outcome));
  if (misses.length > 0 && options.misses !== false) {
    lines.push('', `Misses (${misses.length}):`);
    for (const { question, result, outcome } of misses) {
      const got = result.intent ? `${result.route} ${result.intent} ${result.confidence.toFixed(2)}` : result.route;
      lines.push(`  ${outcome.padEnd(9)} expected ${question.label.padEnd(20)} got ${got.padEnd(36)} ${JSON.stringify(question.q.slice(0, 80))}`);
    }
  }
  return lines.join('\n');
}
