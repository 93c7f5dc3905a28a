import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildUnderstanding, loadContent } from '../../src/build-engine';
import { loadConfig, type LatchConfig } from '../../src/config';
import { parseCompiledModel } from '../../src/nlu/compiled-model';
import { defaultClassifierOptions } from '../../src/nlu/intent-classifier';

// A few epochs are enough to tell a cached model from a retrained one, and keep each training short.
const quick = { classifier: { ...defaultClassifierOptions, training: { ...defaultClassifierOptions.training, epochs: 2 } } };

// These tests train on purpose (a second or two each on the real content, several per test when the cache
// is broken on purpose), so they get a limit that fits training on a shared, loaded machine.
jest.setTimeout(60_000);

const realConfig = loadConfig({});
const content = loadContent(realConfig);
const questions = ['why is my milk late', 'does eating garlic change my milk', 'my collostrum is so yellow, is that ok', 'can i drink wine'];

describe('the compiled-model cache', () => {
  let folder: string;
  let config: LatchConfig;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'latch-model-cache-'));
    config = { ...realConfig, modelCacheDirectory: join(folder, 'cache') };
    expect(buildUnderstanding(config, content, quick).origin).toBe('trained');
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const modelFile = () => join(config.modelCacheDirectory ?? '', `model-${buildUnderstanding(config, content, quick).key}.bin`);

  it('loads the same classifier it would train, with the same answers and confidences', () => {
    const cached = buildUnderstanding(config, content, quick);
    const trained = buildUnderstanding({ ...config, modelCacheDirectory: null }, content, quick);
    expect(cached.origin).toBe('cache');
    expect(trained.origin).toBe('trained');
    for (const question of questions) {
      const fromCache = cached.classifier.classify(question);
      const fromTraining = trained.classifier.classify(question);
      expect(fromCache.analysed).toEqual(fromTraining.analysed);
      expect(fromCache.ranked.map((score) => score.intent)).toEqual(fromTraining.ranked.map((score) => score.intent));
      fromCache.ranked.forEach((score, index) => expect(score.confidence).toBeCloseTo(fromTraining.ranked[index].confidence, 5));
    }
  });

  it('trains again and rewrites the file when it is corrupt, truncated or not a model', () => {
    const path = modelFile();
    const good = readFileSync(path);
    for (const broken of [good.subarray(0, good.length >> 1), Buffer.from('not a model at all'), Buffer.alloc(0)]) {
      writeFileSync(path, broken);
      const rebuilt = buildUnderstanding(config, content, quick);
      expect(rebuilt.origin).toBe('trained');
      expect(rebuilt.cacheProblem).toMatch(/could not be read/);
      expect(rebuilt.classifier.classify('why is my milk late').ranked).toHaveLength(content.knowledgeBase.intents.length);
      expect(() => parseCompiledModel(readFileSync(path))).not.toThrow();
      expect(buildUnderstanding(config, content, quick).origin).toBe('cache');
    }
  });

  it('is keyed by content: changed content trains a new model instead of using the old one', () => {
    const contentCopy = join(folder, 'content');
    cpSync(realConfig.contentDirectory, contentCopy, { recursive: true });
    const changed = { ...config, contentDirectory: contentCopy };
    expect(buildUnderstanding(changed, content, quick).origin).toBe('cache');
    writeFileSync(join(contentCopy, 'nursing.yaml'), readFileSync(join(contentCopy, 'nursing.yaml'), 'utf8') + '\n# an editor was here\n');
    const after = buildUnderstanding(changed, content, quick);
    expect(after.origin).toBe('trained');
    expect(after.key).not.toBe(buildUnderstanding(config, content, quick).key);
  });

  it('trains and carries on when the cache folder cannot be written', () => {
    const blocked = join(folder, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const result = buildUnderstanding({ ...config, modelCacheDirectory: join(blocked, 'cache') }, content, quick);
    expect(result.origin).toBe('trained');
    expect(result.cacheProblem).toMatch(/could not be cached/);
  });

  it('rejects a model file that belongs to another key', () => {
    const path = modelFile();
    const other = join(config.modelCacheDirectory ?? '', 'model-000000000000000000000000.bin');
    copyFileSync(path, other);
    expect(readdirSync(config.modelCacheDirectory ?? '')).toContain('model-000000000000000000000000.bin');
    expect(parseCompiledModel(readFileSync(other)).key).not.toBe('000000000000000000000000');
  });
});
