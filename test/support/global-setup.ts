import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildUnderstanding } from '../../src/app/build-understanding';
import { loadContent } from '../../src/app/load-content';
import { loadConfig } from '../../src/config';
import { readContentSnapshot, writeContentSnapshot } from './content-snapshot';
import { throughYamlCache } from './through-yaml-cache';

/**
 * Trains the classifier once, before any test file runs, into the compiled-model cache; every test file's
 * engine then loads it in milliseconds instead of training inside its own time limit. The content loaded
 * here is kept too (see content-snapshot.ts), so the files' shared engines do not parse it again, and so are
 * the evaluation corpora the tests read (see through-yaml-cache.ts).
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
  // Named as the tests name them (the cache's file names carry the path): the corpora as safety.yaml lists
  // them, and the real questions. Only parsed here, when the cache does not have their text yet: the files
  // check them against their schemas.
  const safetyPath = join(config.contentDirectory, 'safety.yaml');
  const corpora = [...content.safetyRules.safety_check.corpus.map((corpus) => resolve(dirname(safetyPath), corpus)), join(config.projectRoot, 'eval/real-questions/train.yaml')];
  throughYamlCache((readYaml) => {
    for (const path of corpora) readYaml(path, readFileSync(path, 'utf8'));
  });
}
