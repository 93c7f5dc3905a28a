/** One problem found in a content file, located precisely enough for an editor to fix it. */
export interface ContentProblem {
  file: string;
  line: number | undefined;
  path: string;
  message: string;
}

export function formatContentProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const path = problem.path ? ` ${problem.path}:` : '';
  return `${where}${path} ${problem.message}`;
}

/** Thrown when content cannot be loaded; latch refuses to start rather than skip a broken file. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map((problem) => '  ' + formatContentProblem(problem)).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
