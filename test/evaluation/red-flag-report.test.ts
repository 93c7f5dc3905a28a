import type { ClassifyResult } from '../../src/engine/create-engine';
import type { LabelledQuestion } from '../../src/evaluation/labelled-questions';
import { formatRedFlagReport, isRedFlagFile, redFlagReport } from '../../src/evaluation/red-flag-report';

const questions: LabelledQuestion[] = [
  { q: 'floppy', label: 'RED_FLAG', row: 'baby-unresponsive', level: 'emergency' },
  { q: 'blue lips', label: 'RED_FLAG', row: 'baby-breathing-seizure', level: 'emergency' },
  { q: 'suicidal', label: 'RED_FLAG', row: 'mother-mental-health', level: 'crisis' },
  { q: 'dark wee', label: 'RED_FLAG', row: 'baby-wet-nappies', level: 'urgent_today' },
  { q: 'hiccups', label: 'NEAR_MISS' },
  { q: 'sneezes', label: 'NEAR_MISS' },
];

// A stand-in classifier: what each message "got", so every count in the report is known.
const results: Record<string, Partial<ClassifyResult>> = {
  floppy: { route: 'red_flag', level: 'emergency', certain: true },
  'blue lips': { route: 'red_flag', level: 'urgent_today', certain: false },
  suicidal: { route: 'red_flag', level: 'emergency', certain: true },
  'dark wee': { route: 'answer' },
  hiccups: { route: 'answer' },
  sneezes: { route: 'red_flag', level: 'soon', certain: false },
};
const classify = (text: string): ClassifyResult => ({ text, intent: null, confidence: 1, alternatives: [], route: 'refer', ...results[text] }) as ClassifyResult;

describe('redFlagReport', () => {
  const report = redFlagReport(questions, classify);

  it('counts recall overall, by row and by level, and whether a rule or a safety check caught it', () => {
    expect(report.redFlags).toEqual({ total: 4, caught: 3, byRule: 2, bySafetyCheck: 1 });
    expect(report.byRow['baby-wet-nappies']).toEqual({ total: 1, caught: 0 });
    expect(report.byLevel.emergency).toEqual({ total: 2, caught: 2 });
    expect(report.byLevel.crisis).toEqual({ total: 1, caught: 1 });
  });

  it('counts an emergency caught at a lower level as under-escalated; crisis counts as at least emergency', () => {
    expect(report.underEscalated.map((item) => item.question.q)).toEqual(['blue lips']);
  });

  it('reports the near misses flagged', () => {
    expect(report.nearMisses).toEqual({ total: 2, flagged: 1 });
    expect(report.falseAlarms.map((item) => item.question.q)).toEqual(['sneezes']);
  });

  it('prints the numbers and the lists', () => {
    const text = formatRedFlagReport(report);
    expect(text).toContain('Red flags caught: 3/4  75.0 %');
    expect(text).toContain('Under-escalated (caught at a lower level than labelled): 1');
    expect(text).toContain('Near misses flagged: 1/2  50.0 %');
    expect(text).toContain('"dark wee"');
  });

  it('prints the numbers without any message when the misses are left out (latch eval --no-misses)', () => {
    const text = formatRedFlagReport(report, { misses: false });
    expect(text).toContain('Red flags caught: 3/4  75.0 %');
    expect(text).toContain('Near misses flagged: 1/2  50.0 %');
    for (const item of questions) expect(text).not.toContain(JSON.stringify(item.q));
  });

  it('tells a red-flag file from a question file', () => {
    expect(isRedFlagFile(questions)).toBe(true);
    expect(isRedFlagFile([{ q: 'what is colostrum', label: 'milk.colostrum' }])).toBe(false);
  });
});
