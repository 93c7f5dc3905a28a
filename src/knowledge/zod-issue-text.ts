import type { z } from 'zod';

/**
 * One zod issue as "path: message" for a request's error answer, where there is no file or line to point
 * at (files go through zodProblems instead); `whole` names the value itself when the path is empty.
 */
export function zodIssueText(issue: z.core.$ZodIssue, whole: string): string {
  return `${issue.path.map(String).join('.') || whole}: ${issue.message}`;
}
