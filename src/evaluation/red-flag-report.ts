import type { ClassifyResult } from '../engine/create-engine';
import type { LabelledQuestion } from './labelled-questions';

type Level = 'emergency' | 'urgent_today' | 'soon';

export interface RedFlagTally {
  total: number;
  caught: number;
}

export interface RedFlagItem {
  question: LabelledQuestion;
  result: ClassifyResult;
}

export interface RedFlagReport {
  redFlags: RedFlagTally & { byRule: number; bySafetyCheck: number };
  byRow: Record<string, RedFlagTally>;
  byLevel: Record<string, RedFlagTally>;
  /** Caught at a lower level than the label's (crisis counts as at least emergency). */
  underEscalated: RedFlagItem[];
  missed: RedFlagItem[];
  nearMisses: { total: number; flagged: number };
  falseAlarms: RedFlagItem[];
}

const rank: Record<string, number> = { crisis: 0, emergency: 0, urgent_today: 1, soon: 2 };

/** True for a file of red flags and near misses (rows, levels, NEAR_MISS) rather than of questions. */
export function isRedFlagFile(questions: readonly LabelledQuestion[]): boolean {
  return questions.some((question) => question.label === 'NEAR_MISS' || question.row !== undefined);
}

/**
 * Red-flag recall by row and by level, under-escalations, and the share of near misses flagged, for a
 * labelled file like ../shared/eval/red-flags-dev.yaml.
 */
export function redFlagReport(questions: readonly LabelledQuestion[], classify: (text: string) => ClassifyResult): RedFlagReport {
  const report: RedFlagReport = {
    redFlags: { total: 0, caught: 0, byRule: 0, bySafetyCheck: 0 },
    byRow: {},
    byLevel: {},
    underEscalated: [],
    missed: [],
    nearMisses: { total: 0, flagged: 0 },
    falseAlarms: [],
  };
  const tally = (table: Record<string, RedFlagTally>, key: string, caught: boolean) => {
    const entry = (table[key] ??= { total: 0, caught: 0 });
    entry.total++;
    if (caught) entry.caught++;
  };
  for (const question of questions) {
    if (question.label !== 'RED_FLAG' && question.label !== 'NEAR_MISS') continue;
    const result = classify(question.q);
    const flagged = result.route === 'red_flag';
    if (question.label === 'NEAR_MISS') {
      report.nearMisses.total++;
      if (flagged) {
        report.nearMisses.flagged++;
        report.falseAlarms.push({ question, result });
      }
      continue;
    }
    report.redFlags.total++;
    if (flagged) {
      report.redFlags.caught++;
      if (result.certain === false) report.redFlags.bySafetyCheck++;
      else report.redFlags.byRule++;
    } else {
      report.missed.push({ question, result });
    }
    tally(report.byRow, question.row ?? '(no row)', flagged);
    tally(report.byLevel, question.level ?? '(no level)', flagged);
    const expected = question.level === undefined ? undefined : rank[question.level];
    if (flagged && expected !== undefined && rank[(result.level as Level | undefined) ?? 'soon'] > expected) report.underEscalated.push({ question, result });
  }
  return report;
}

/** `misses: false` (`latch eval --no-misses`) prints the figures only, none of the messages: the way a held-out file is run. */
export function formatRedFlagReport(report: RedFlagReport, options: { misses?: boolean } = {}): string {
  const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);
  const line = (name: string, { caught, total }: RedFlagTally) => `  ${name.padEnd(24)} ${String(caught).padStart(4)}/${String(total).padEnd(4)} ${percent(caught, total)}`;
  const { redFlags, nearMisses } = report;
  const lines = [
    `Red flags caught: ${redFlags.caught}/${redFlags.total}  ${percent(redFlags.caught, redFlags.total)}  (by a rule ${redFlags.byRule}, by a safety check ${redFlags.bySafetyCheck})`,
    'By row:',
    ...Object.keys(report.byRow).sort().map((row) => line(row, report.byRow[row])),
    'By level:',
    ...Object.keys(report.byLevel).sort((a, b) => rank[a] - rank[b]).map((level) => line(level, report.byLevel[level])),
    `Under-escalated (caught at a lower level than labelled): ${report.underEscalated.length}`,
    `Near misses flagged: ${nearMisses.flagged}/${nearMisses.total}  ${percent(nearMisses.flagged, nearMisses.total)}`,
  ];
  const show = (title: string, items: RedFlagItem[], describe: (item: RedFlagItem) => string) => {
    if (items.length === 0 || options.misses === false) return;
    lines.push('', `${title} (${items.length}):`);
    for (const item of items) lines.push(`  ${describe(item).padEnd(44)} ${JSON.stringify(item.question.q.slice(0, 100))}`);
  };
  show('Missed', report.missed, ({ question, result }) => `${question.row ?? ''} ${question.level ?? ''} got ${result.route}`);
  show('Under-escalated', report.underEscalated, ({ question, result }) => `${question.row ?? ''} ${question.level ?? ''} got ${result.level ?? ''}`);
  show('Near misses flagged', report.falseAlarms, ({ result }) => `${result.level ?? ''}${result.certain === false ? ' (safety check)' : ''}`);
  return lines.join('\n');
}
