import type { Answer, KnowledgeBase } from './knowledge-base';

export interface ReviewFinding {
  answerId: string;
  file: string;
  line: number | undefined;
  /** draft: never signed off; overdue: signed off, but its review-due date has passed. */
  problem: 'draft' | 'overdue';
  reviewDue: string | undefined;
}

/** Answers a clinician still has to sign off, or to look at again, as of `today` (a 2026-12-04 date). */
export function reviewFindings(knowledgeBase: KnowledgeBase, today: string): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  for (const answer of knowledgeBase.answerById.values()) {
    const problem = reviewProblem(answer, today);
    if (problem) findings.push({ answerId: answer.id, file: answer.location?.file ?? '(built in code)', line: answer.location?.line, problem, reviewDue: answer.review?.review_due });
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

function reviewProblem(answer: Answer, today: string): ReviewFinding['problem'] | undefined {
  if (!answer.review || answer.review.status === 'draft') return 'draft';
  if (answer.review.review_due && answer.review.review_due < today) return 'overdue';
  return undefined;
}

/** The date in the calendar, as review dates are written. */
export function calendarDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/**
 * With `require_reviewed: true` latch refuses to start while any answer is a draft, and names each one
 * with its file and line, so the clinic knows exactly what is waiting for sign-off.
 */
export function requireReviewed(knowledgeBase: KnowledgeBase): void {
  const drafts = reviewFindings(knowledgeBase, '0000-00-00').filter((finding) => finding.problem === 'draft');
  if (drafts.length === 0) return;
  const list = drafts.map((finding) => `  ${finding.file}:${finding.line ?? '?'} ${finding.answerId}`).join('\n');
  throw new Error(
    `latch.config.yaml sets require_reviewed: true, but ${drafts.length} answer${drafts.length === 1 ? ' is a draft' : 's are drafts'}:\n${list}\n` +
      'Have each one reviewed and give it review: { status: reviewed, reviewer, reviewed_on, review_due }, or set require_reviewed: false.',
  );
}
