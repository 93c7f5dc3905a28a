import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LatchConfig } from '../config';
import { hashFile, hashFileOrMissing } from '../nlu/hash-file';
import { HashedLogisticRegression, type HashedExample, type HashedTrainingSettings } from '../nlu/hashed-logistic-regression';
import { nearMissExamples, type NearMissScorer } from '../safety/near-miss-gate';
import { readRedFlagCorpus, type RedFlagCorpusEntry } from '../safety/red-flag-corpus';
import type { SafetyFile } from '../safety/safety-schema';
import type { RuleTriage } from '../safety/triage';
import { keepCacheFile } from './keep-cache-file';
import type { Content } from './load-content';

/**
 * The near-miss model (src/safety/near-miss-gate.ts) from node_modules/.cache/latch when what it learns from is
 * unchanged, else trained now and kept there. What it learns from is what the safety net does (safety.yaml, the
 * corpus, the rules' code), so its key is the net's key (`netKey`, see cached-safety-net.ts) with its own code:
 * no file is hashed twice at a start. Training reads every corpus entry with the rules (a few seconds) and then
 * takes a second or two; reading it back is one megabyte. Undefined when safety.yaml sets no `near_miss`.
 */
export function cachedNearMissScorer(config: LatchConfig, content: Content, rules: RuleTriage, netKey: string, options: { refresh?: boolean } = {}): NearMissScorer | undefined {
  if (!content.safetyRules.safety_check.near_miss) return undefined;
  const model = loadOrTrainNearMissModel(config, content, rules, netKey, options).model;
  return (text, ruleId) => model.probability(text, [ruleToken(ruleId)]);
}

/** The rule that fired, as the model's own feature. */
function ruleToken(ruleId: string): string {
  return `rule ${ruleId}`;
}

export interface NearMissModelBuild {
  model: HashedLogisticRegression;
  key: string;
  origin: 'cache' | 'trained';
}

/** The model and whether it came from the cache (`latch kb build` says which). */
export function loadOrTrainNearMissModel(config: LatchConfig, content: Content, rules: RuleTriage, netKey: string, options: { refresh?: boolean } = {}): NearMissModelBuild {
  const key = nearMissKey(config, content, netKey);
  const cacheDirectory = join(config.projectRoot, 'node_modules', '.cache', 'latch');
  const cacheName = `${cacheFilePrefix}${key}.bin`;
  const cachePath = join(cacheDirectory, cacheName);
  const cached = options.refresh ? undefined : readCachedModel(cachePath, key);
  if (cached) return { model: cached, key, origin: 'cache' };
  const model = trainNearMissModel(config, content, rules);
  const bytes = Buffer.concat([Buffer.from(`${magic} ${key}\n`), Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength)]);
  keepCacheFile(cacheDirectory, cacheName, bytes, cacheFilePrefix, ['.bin']);
  return { model, key, origin: 'trained' };
}

/**
 * Chosen on the corpus's files one left out at a time (s31): 2^18 weights (1 MB in Float32) keep the words and
 * pairs of some 16,000 flagged messages apart; 8 passes, a step of 0.2 and a light decay.
 */
export const trainingSettings: HashedTrainingSettings = { dimension: 1 << 18, epochs: 8, learningRate: 0.2, decay: 1e-6, seed: 20_261_208 };

function trainNearMissModel(config: LatchConfig, content: Content, rules: RuleTriage): HashedLogisticRegression {
  const entries = nearMissCorpus(content.safetyRules).flatMap((relativePath) => readRedFlagCorpus(resolve(config.contentDirectory, relativePath)));
  return HashedLogisticRegression.train(nearMissLessons(content.safetyRules, entries, rules), trainingSettings);
}

/** The files the model learns, as paths from safety.yaml: the net's corpus, then the model's own (near_miss.corpus). */
export function nearMissCorpus(file: SafetyFile): string[] {
  return [...file.safety_check.corpus, ...(file.safety_check.near_miss?.corpus ?? [])];
}

/** The model's lessons from corpus entries, as it reads them (scripts/near-miss-cv.js trains on the same): yes for a near miss. */
export function nearMissLessons(file: SafetyFile, entries: readonly RedFlagCorpusEntry[], rules: RuleTriage): (HashedExample & { ruleId: string })[] {
  return nearMissExamples(file, entries, rules).map((example) => ({ text: example.text, tokens: [ruleToken(example.ruleId)], positive: example.nearMiss, ruleId: example.ruleId }));
}

/**
 * The net's key (safety.yaml, the corpus, the rules' and the net's code) with the model's own corpus files, code and
 * settings.
 */
export function nearMissKey(config: LatchConfig, content: Content, netKey: string): string {
  const hash = createHash('sha256').update(`${magic} ${JSON.stringify(trainingSettings)} ${netKey}`);
  for (const relativePath of content.safetyRules.safety_check.near_miss?.corpus ?? []) hashFileOrMissing(hash, resolve(config.contentDirectory, relativePath));
  for (const path of ownSources) {
    const absolute = join(config.projectRoot, 'src', path);
    if (existsSync(absolute)) hashFile(hash, absolute);
  }
  return hash.digest('hex').slice(0, 24);
}

/** The model's own code, beside what the net's key covers (src/safety, where its lessons are chosen, is among that). */
const ownSources = ['app/cached-near-miss-model.ts', 'nlu/hashed-logistic-regression.ts', 'nlu/fnv-hash.ts', 'nlu/seeded-random.ts'];

// Bumped when the file's layout changes.
const magic = 'LATCH-NEAR-MISS 1';
const cacheFilePrefix = 'near-miss-';

/** The model kept under `key`, or undefined when there is none or it cannot be used (then it is trained over). */
function readCachedModel(path: string, key: string): HashedLogisticRegression | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const header = `${magic} ${key}\n`;
  const expected = header.length + trainingSettings.dimension * 4;
  if (bytes.length !== expected || bytes.toString('utf8', 0, header.length) !== header) return undefined;
  const weights = new Float32Array(trainingSettings.dimension);
  new Uint8Array(weights.buffer).set(bytes.subarray(header.length));
  return HashedLogisticRegression.fromWeights(weights);
}
