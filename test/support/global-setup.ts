import { buildUnderstanding, loadContent } from '../../src/app/build-engine';
import { loadConfig } from '../../src/config';

/**
 * Trains the classifier once, before any test file runs, into the compiled-model cache; every test file's
 * engine then loads it in milliseconds instead of training inside its own time limit.
 */
export default function globalSetup(): void {
  const config = loadConfig({});
  const { origin, cacheProblem } = buildUnderstanding(config, loadContent(config));
  if (cacheProblem) process.stderr.write(`\nlatch tests: ${cacheProblem}; each test file will train its own classifier\n`);
  else if (origin === 'trained') process.stderr.write('\nlatch tests: trained the classifier once into the model cache\n');
}
