import { buildUnderstanding } from '../../src/app/build-understanding';
import { loadContent } from '../../src/app/load-content';
import { loadConfig } from '../../src/config';
import { readContentSnapshot, writeContentSnapshot } from './content-snapshot';

/**
 * Trains the classifier once, before any test file runs, into the compiled-model cache; every test file's
 * engine then loads it in milliseconds instead of training inside its own time limit. The content loaded
 * here is kept too (see content-snapshot.ts), so the files' shared engines do not parse it again.
 */
export default function globalSetup(): void {
  const config = loadConfig({});
  // A snapshot of unchanged content (an earlier run's) is read instead of parsing content/ again.
  const content = readContentSnapshot(config) ?? loadContent(config);
  const { origin, cacheProblem } = buildUnderstanding(config, content);
  if (cacheProblem) process.stderr.write(`\nlatch tests: ${cacheProblem}; each test file will train its own classifier\n`);
  else if (origin === 'trained') process.stderr.write('\nlatch tests: trained the classifier once into the model cache\n');
  const snapshotProblem = writeContentSnapshot(config, content);
  if (snapshotProblem) process.stderr.write(`\nlatch tests: ${snapshotProblem}; each test file will load content/ itself\n`);
}
