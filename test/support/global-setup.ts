import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildUnderstanding } from '../../src/app/build-understanding';
import { loadContent } from '../../src/app/load-content';
import { loadConfig } from '../../src/config';
import { readContentSnapshot, writeContentSnapshot } from './content-snapshot';
import { keepTestRsaKeys } from './test-rsa-key';
import { throughYamlCache } from './through-yaml-cache';

/**
 * Trains the classifier once, before any test file runs, into the compiled-model cache; every test file's
 * engine then loads it in milliseconds instead of training inside its own time limit. The content loaded
 * here is kept too (see content-snapshot.ts), so the files' shared engines do not parse it again, and so are
 * the evaluation corpora the tests read (see through-yaml-cache.ts) and the RSA keys that sign test tokens (see
 * test-rsa-key.ts).
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
  if (config.modelCacheDirectory) {
    keepCorpora(config.modelCacheDirectory, config.contentDirectory, config.projectRoot, content.safetyRules.safety_check.corpus);
    keepTestRsaKeys(config.modelCacheDirectory);
  }
}

/**
 * The evaluation corpora the tests read, parsed into the parsed-YAML cache, named as the tests name them (the
 * cache's file names carry the path): the corpora as safety.yaml lists them, and the real questions. Only
 * parsed here: the test files check them against their schemas. A marker named after the paths and texts
 * says they are kept, so a later run reads 12 MB and hashes them (some 30 ms) rather than reading every
 * kept copy back (some 0.7 s of CPU); were a kept copy gone after all, a test file would parse its file again.
 */
function keepCorpora(cacheDirectory: string, contentDirectory: string, projectRoot: string, corpus: readonly string[]): void {
  const corpora = [...corpus.map((path) => resolve(contentDirectory, path)), join(projectRoot, 'eval/real-questions/train.yaml')];
  const texts = corpora.map((path) => readFileSync(path, 'utf8'));
  const hash = createHash('sha256');
  corpora.forEach((path, index) => hash.update(path).update('\0').update(texts[index]).update('\0'));
  const marker = join(cacheDirectory, `${markerPrefix}${hash.digest('hex').slice(0, 24)}`);
  if (existsSync(marker)) return;
  throughYamlCache((readYaml) => corpora.forEach((path, index) => readYaml(path, texts[index])), cacheDirectory);
  try {
    for (const name of readdirSync(cacheDirectory)) if (name.startsWith(markerPrefix)) rmSync(join(cacheDirectory, name), { force: true });
    writeFileSync(marker, '');
  } catch {
    // No marker: the next run reads the kept copies back, as it would parse without a cache.
  }
}

const markerPrefix = 'test-corpora-kept-';
