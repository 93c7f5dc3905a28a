import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildUnderstanding } from '../../src/app/build-understanding';
import { loadConfig, type LatchConfig } from '../../src/config';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base';
import { parseCompiledModel } from '../../src/nlu/compiled-model';
import { loadEnglishWords } from '../../src/nlu/english-words';
import { topicYaml, validContentFiles, writeContentDirectory, type ContentDirectory } from '../fixtures/content-fixture';
import { sharedContent } from '../support/shared-engine';

// A small content folder of its own (two topics, written phrasings), so each training here takes a moment,
// not the seconds the real content needs; the real content's safety rules feed the analyser as they do live.
const realConfig = loadConfig({});
const { safetyRules } = sharedContent();
const files = {
  ...validContentFiles(),
  'supply.yaml': topicYaml({
    topic: 'supply',
    intentId: 'supply.demand',
    examples: Array.from({ length: 30 }, (_, index) => `how do i make more milk, try number ${index + 1}`),
  }),
};
const questions = ['why is my milk late', 'how can i make more milk', 'milk.late example phrasing number 3', 'can i drink wine'];

describe('the compiled-model cache', () => {
  let fixture: ContentDirectory;
  let folder: string;
  let config: LatchConfig;
  let content: Parameters<typeof buildUnderstanding>[1];

  beforeAll(() => {
    fixture = writeContentDirectory(files);
    folder = mkdtempSync(join(tmpdir(), 'latch-model-cache-'));
    config = { ...realConfig, contentDirectory: fixture.contentDirectory, dialogsDirectory: join(fixture.root, 'no-dialogs'), modelCacheDirectory: join(folder, 'cache') };
    content = { knowledgeBase: loadKnowledgeBase({ contentDirectory: fixture.contentDirectory, displayRoot: fixture.root }), safetyRules };
    expect(buildUnderstanding(config, content).origin).toBe('trained');
    // Training the fixture's classifier is setup: 2.5 s of the default 5 s in a whole run at load 15.
  }, 30_000);

  afterAll(() => {
    fixture.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  const modelFile = () => join(config.modelCacheDirectory ?? '', `model-${buildUnderstanding(config, content).key}.bin`);

  it('gives from the cache the same English words training reads from WordNet, for the rule triage to share', () => {
    const cached = buildUnderstanding(config, content);
    expect(cached.origin).toBe('cache');
    expect(cached.englishWords().joined).toBe(loadEnglishWords().joined);
    expect(cached.englishWords()).toBe(cached.englishWords());
  });

  it('loads the same classifier it would train, with the same answers and confidences', () => {
    const cached = buildUnderstanding(config, content);
    const trained = buildUnderstanding({ ...config, modelCacheDirectory: null }, content);
    expect(cached.origin).toBe('cache');
    expect(trained.origin).toBe('trained');
    for (const question of questions) {
      const fromCache = cached.classifier.classify(question);
      const fromTraining = trained.classifier.classify(question);
      expect(fromCache.analysed).toEqual(fromTraining.analysed);
      expect(fromCache.ranked.map((score) => score.intent)).toEqual(fromTraining.ranked.map((score) => score.intent));
      fromCache.ranked.forEach((score, index) => expect(score.confidence).toBeCloseTo(fromTraining.ranked[index].confidence, 5));
    }
    expect(cached.classifier.classify('how can i make more milk').ranked[0].intent).toBe('supply.demand');
    // The hidden layer is written to the file and read back, not only present in a freshly trained model.
    expect(parseCompiledModel(readFileSync(modelFile())).classifier.hidden?.unitCount).toBe(trained.classifier.compiled.hidden?.unitCount);
    expect(trained.classifier.compiled.hidden).not.toBeNull();
    // A training: 2.69 of the default 5 s in a whole run at load 16.
  }, 30_000);

  it('trains again and rewrites the file when it is corrupt, truncated or not a model', () => {
    const path = modelFile();
    const good = readFileSync(path);
    for (const broken of [good.subarray(0, good.length >> 1), Buffer.from('not a model at all'), Buffer.alloc(0)]) {
      writeFileSync(path, broken);
      const rebuilt = buildUnderstanding(config, content);
      expect(rebuilt.origin).toBe('trained');
      expect(rebuilt.cacheProblem).toMatch(/could not be read/);
      expect(rebuilt.classifier.classify('why is my milk late').ranked).toHaveLength(2);
      expect(() => parseCompiledModel(readFileSync(path))).not.toThrow();
      expect(buildUnderstanding(config, content).origin).toBe('cache');
    }
    // Three trainings (one per broken file), each followed by a load: 3.4 s under load, so 30 s.
  }, 30_000);

  it('is keyed by content: changed content trains a new model instead of using the old one', () => {
    const contentCopy = join(folder, 'content');
    cpSync(fixture.contentDirectory, contentCopy, { recursive: true });
    const changed = { ...config, contentDirectory: contentCopy };
    expect(buildUnderstanding(changed, content).origin).toBe('cache');
    writeFileSync(join(contentCopy, 'milk.yaml'), readFileSync(join(contentCopy, 'milk.yaml'), 'utf8') + '\n# an editor was here\n');
    const after = buildUnderstanding(changed, content);
    expect(after.origin).toBe('trained');
    expect(after.key).not.toBe(buildUnderstanding(config, content).key);
    // Hashes the content twice, trains once and loads twice: 3.10 of the default 5 s in a whole run at load 12.
  }, 30_000);

  it('trains and carries on when the cache folder cannot be written', () => {
    const blocked = join(folder, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const result = buildUnderstanding({ ...config, modelCacheDirectory: join(blocked, 'cache') }, content);
    expect(result.origin).toBe('trained');
    expect(result.cacheProblem).toMatch(/could not be cached/);
    // A training: 2.00 and 1.86 of the default 5 s in whole runs at load 10-12.
  }, 30_000);

  it('does not serve a model written under another key', () => {
    const path = modelFile();
    const key = buildUnderstanding(config, content).key;
    // The right file name, the wrong model inside: as if another build had written it.
    const other = parseCompiledModel(readFileSync(path));
    expect(other.key).toBe(key);
    const bytes = readFileSync(path);
    const forged = Buffer.from(bytes.toString('latin1').replace(key, 'f'.repeat(key.length)), 'latin1');
    writeFileSync(path, forged);
    const result = buildUnderstanding(config, content);
    expect(result.origin).toBe('trained');
    expect(result.cacheProblem).toMatch(/holds model f+/);
    // A training: 2.12 and 2.85 of the default 5 s in whole runs at load 12 and 16.
  }, 30_000);
});
