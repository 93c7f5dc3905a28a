import { formatContentProblem, type ContentProblem } from '../knowledge/content-error';

/**
 * Thrown when latch.config.yaml or an environment variable cannot be used; latch refuses to start. Each
 * problem names the file and line (or the variable) and what would be valid, as content errors do.
 */
export class ConfigError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The configuration has ${count}:\n${problems.map((problem) => '  ' + formatContentProblem(problem)).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
