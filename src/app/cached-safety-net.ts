import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LatchConfig } from '../config';
import { hashFile, hashFileOrMissing } from '../nlu/hash-file';
import { conceptRowsOf, safetyNetExamples } from '../safety/safety-check';
import { readNetOrdinary } from '../safety/net-ordinary';
import { SafetyNet } from '../safety/safety-net';
import type { Recognition } from '../safety/sign-recogniser';
import type { RuleTriage } from '../safety/triage';
import type { Content } from './load-content';
import { keepCacheFile } from './keep-cache-file';
import { parseSafetyNet, serialiseSafetyNet } from './safety-net-file';

/**
 * The trained net, from node_modules/.cache/latch when its inputs (safety.yaml, the corpus, the frozen
 * ordinary phrasings and the net's code) are unchanged, else trained now and kept there (a binary file, see
 * safety-net-file.ts). Training takes seconds and every test file and every start builds an engine. A
 * missing, older or damaged file is trained over; a cache that cannot be written is skipped.
 */
export function cachedSafetyNet(config: LatchConfig, content: Content, rules: RuleTriage): SafetyNet {
  return loadOrTrainSafetyNet(config, content, rules).net;
}

/** What the net is kept under, and whether it came from the cache or was trained now (`latch kb build` says which). */
export interface SafetyNetBuild {
  net: SafetyNet;
  key: string;
  origin: 'cache' | 'trained';
}

/** cachedSafetyNet, saying which key and origin: `latch kb build` trains the net with the model, so a start after it trains nothing. */
export function loadOrTrainSafetyNet(config: LatchConfig, content: Content, rules: RuleTriage, options: { refresh?: boolean } = {}): SafetyNetBuild {
  const key = safetyNetKey(config, content);
  const cacheDirectory = join(config.projectRoot, 'node_modules', '.cache', 'latch');
  const cacheName = `${cacheFilePrefix}${key}.bin`;
  const cachePath = join(cacheDirectory, cacheName);
  const cached = options.refresh ? undefined : readCachedNet(cachePath, key);
  if (cached) return { net: cached, key, origin: 'cache' };
  const net = trainSafetyNet(config, content, rules);
  // Nets trained from older inputs (and the JSON files of before) are of no more use.
  keepCacheFile(cacheDirectory, cacheName, serialiseSafetyNet(key, net.toData()), cacheFilePrefix, ['.bin', '.json']);
  return { net, key, origin: 'trained' };
}

/**
 * What the net is kept under: a hash of all it reads (safety.yaml, the red-flag corpus, the frozen ordinary
 * phrasings, the recogniser's and the net's code), and of nothing else.
 */
export function safetyNetKey(config: LatchConfig, content: Content): string {
  const safetyPath = join(config.contentDirectory, 'safety.yaml');
  const hash = createHash('sha256').update(safetyNetVersion);
  hashFile(hash, safetyPath);
  for (const relativePath of content.safetyRules.safety_check.corpus) hashFileOrMissing(hash, resolve(config.contentDirectory, relativePath));
  // The frozen ordinary phrasings (safety_check.ordinary), not the knowledge base: a change to the question
  // corpus or an intent's examples trains nothing.
  hashFileOrMissing(hash, netOrdinaryPath(config, content));
  // The recogniser's and the net's own code, when the sources are there, so a code change retrains too.
  const sources = join(config.projectRoot, 'src', 'safety');
  if (existsSync(sources)) for (const file of readdirSync(sources).filter((name) => name.endsWith('.ts')).sort()) hashFile(hash, join(sources, file));
  // The shared training loop and vote in src/nlu are the net's code too.
  for (const file of sharedNetSources) {
    const path = join(config.projectRoot, 'src', 'nlu', file);
    if (existsSync(path)) hashFile(hash, path);
  }
  // What the net is trained on is chosen here, and the file's layout is in safety-net-file.ts.
  for (const file of ownSources) {
    const path = join(config.projectRoot, 'src', 'app', file);
    if (existsSync(path)) hashFile(hash, path);
  }
  return hash.digest('hex').slice(0, 24);
}

const cacheFilePrefix = 'safety-net-';

/** The net kept under `key`, or undefined when there is none or it cannot be used (missing, foreign, older, damaged): then it is trained over. */
function readCachedNet(path: string, key: string): SafetyNet | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    const stored = parseSafetyNet(bytes);
    return stored.key === key ? SafetyNet.fromData(stored.data) : undefined;
  } catch {
    return undefined;
  }
}

/** The files of src/app that choose the net's training examples and lay out its cache file. */
const ownSources = ['cached-safety-net.ts', 'safety-net-file.ts'];

/** The files of src/nlu the net is trained and read with. */
const sharedNetSources = ['fnv-hash.ts', 'train-softmax-weights.ts', 'keyed-order.ts', 'softmax-in-place.ts', 'seeded-random.ts', 'nearest-neighbours.ts', 'neighbour-kernel-layout.ts', 'posting-sums-kernel.ts', 'kernel-module.ts', 'sparse-vector.ts'];

/** Bump when the net's features or training change, so cached nets are trained again. */
const safetyNetVersion = 'safety-net 5';

/** The frozen file of ordinary phrasings the net learns from (safety_check.ordinary, relative to safety.yaml). */
export function netOrdinaryPath(config: LatchConfig, content: Content): string {
  return resolve(config.contentDirectory, content.safetyRules.safety_check.ordinary);
}

/** The frozen ordinary phrasings, in file order (see net-ordinary.ts). */
export function netOrdinaryPhrasings(config: LatchConfig, content: Content): string[] {
  return readNetOrdinary(netOrdinaryPath(config, content));
}

/** The learned net over the red-flag corpus named in safety.yaml (plus the frozen ordinary phrasings but any a rule flags). */
function trainSafetyNet(config: LatchConfig, content: Content, rules: RuleTriage): SafetyNet {
  // Each text is read once: for keeping flagged phrasings out, and for training.
  const readings = new Map<string, Recognition>();
  const read = (text: string) => {
    let reading = readings.get(text);
    if (!reading) readings.set(text, (reading = rules.recogniser.recognise(text)));
    return reading;
  };
  const safetyPath = join(config.contentDirectory, 'safety.yaml');
  // A phrasing a rule flags (one that names a sign) is no lesson in what is ordinary.
  const ordinary = netOrdinaryPhrasings(config, content).filter((text) => !rules.triageRecognition(read(text), {}));
  const examples = safetyNetExamples(content.safetyRules, safetyPath, ordinary);
  const { members, averaged_epochs: averagedEpochs } = content.safetyRules.safety_check;
  return SafetyNet.train(examples, rules.recogniser, { read, conceptRows: conceptRowsOf(content.safetyRules), members, averagedEpochs });
}
