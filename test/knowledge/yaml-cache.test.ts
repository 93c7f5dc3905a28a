import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, type ContentProblem } from '../../src/knowledge/content-error';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base';
import { YamlCache } from '../../src/knowledge/yaml-cache';
import { YamlSource } from '../../src/knowledge/yaml-source';
import { lineContaining, phrasings, topicYaml, validContentFiles, writeContentDirectory, type ContentDirectory } from '../fixtures/content-fixture';

let cacheDirectory: string;
let content: ContentDirectory | undefined;

beforeEach(() => {
  cacheDirectory = mkdtempSync(join(tmpdir(), 'latch-yaml-cache-'));
});

afterEach(() => {
  rmSync(cacheDirectory, { recursive: true, force: true });
  content?.remove();
  content = undefined;
  jest.restoreAllMocks();
});

/** Loads the folder's knowledge base through a fresh YamlCache on `cacheDirectory`, saving it after, as loadContent does. */
function loadThroughCache(directory: ContentDirectory) {
  const cache = new YamlCache(cacheDirectory);
  const knowledgeBase = loadKnowledgeBase({ contentDirectory: directory.contentDirectory, displayRoot: directory.root, readYaml: cache.parse });
  expect(cache.save()).toBeUndefined();
  return knowledgeBase;
}

function problemsLoading(directory: ContentDirectory, readYaml?: YamlCache['parse']): readonly ContentProblem[] {
  try {
    loadKnowledgeBase({ contentDirectory: directory.contentDirectory, displayRoot: directory.root, readYaml });
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

/** A topic whose examples are a YAML list (one line answer per phrasing) rather than a block. */
function listTopic(): string {
  return [
    'version: 1',
    'topic: sleep',
    'kind: knowledge',
    'intents:',
    '  - id: sleep.baby',
    '    title: Sleep',
    '    examples:',
    ...phrasings('sleep example', 30).map((text) => `      - ${text}`),
    '    tests:',
    ...phrasings('sleep test', 5).map((text) => `      - ${text}`),
    '    answer: sleep.baby',
    'answers:',
    '  sleep.baby:',
    '    short: Short.',
    '    text: Full.',
    '    follow_ups: [milk.late]',
    '    sources:',
    '      - seed: paragraph 5',
    '',
  ].join('\n');
}

describe('YamlCache', () => {
  it('gives a second load, read from the cache without parsing, the same knowledge base (lines too) as a parse', () => {
    content = writeContentDirectory({ ...validContentFiles(), 'sleep.yaml': listTopic() });
    const parsed = loadKnowledgeBase({ contentDirectory: content.contentDirectory, displayRoot: content.root });
    const first = loadThroughCache(content);
    expect(readdirSync(cacheDirectory).filter((name) => name.startsWith('yaml-')).length).toBe(3);
    const parse = jest.spyOn(YamlSource, 'parse');
    const second = loadThroughCache(content);
    expect(parse).not.toHaveBeenCalled();
    expect(first).toStrictEqual(parsed);
    expect(second).toStrictEqual(parsed);
    // Block phrasings and list phrasings both keep their own lines.
    const text = validContentFiles()['milk.yaml'];
    expect(second.intentById.get('milk.late')?.examples[6].location.line).toBe(lineContaining(text, 'milk.late example phrasing number 7'));
    expect(second.intentById.get('sleep.baby')?.examples[29].location.line).toBe(lineContaining(listTopic(), 'sleep example phrasing number 30'));
  });

  it('parses a cached file after all for a line its first load never asked (a problem another file caused)', () => {
    content = writeContentDirectory({ ...validContentFiles(), 'sleep.yaml': listTopic() });
    loadThroughCache(content);
    // sleep.yaml is unchanged and cached; its follow-up now names an intent that is gone.
    writeFileSync(join(content.contentDirectory, 'milk.yaml'), topicYaml({ topic: 'milk', intentId: 'milk.other' }));
    const cache = new YamlCache(cacheDirectory);
    const throughCache = problemsLoading(content, cache.parse);
    const parsedProblems = problemsLoading(content);
    expect(throughCache).toEqual(parsedProblems);
    expect(throughCache.find((problem) => problem.path.includes('follow_ups'))?.line).toBe(lineContaining(listTopic(), 'follow_ups'));
  });

  it('treats a damaged cache file as missing', () => {
    content = writeContentDirectory(validContentFiles());
    const parsed = loadKnowledgeBase({ contentDirectory: content.contentDirectory, displayRoot: content.root });
    loadThroughCache(content);
    for (const name of readdirSync(cacheDirectory)) writeFileSync(join(cacheDirectory, name), '{"data": ');
    expect(loadThroughCache(content)).toStrictEqual(parsed);
  });

  it('keeps one copy per file: a changed file replaces its older copy', () => {
    content = writeContentDirectory(validContentFiles());
    loadThroughCache(content);
    const before = readdirSync(cacheDirectory).sort();
    writeFileSync(join(content.contentDirectory, 'milk.yaml'), topicYaml({ topic: 'milk', intentId: 'milk.late', examples: phrasings('changed', 30) }));
    const changed = loadThroughCache(content);
    const after = readdirSync(cacheDirectory).sort();
    expect(after).toHaveLength(before.length);
    expect(after).not.toEqual(before);
    expect(changed.intentById.get('milk.late')?.examples[0].text).toBe('changed phrasing number 1');
  });
});

// The real content/ and dialogs/ through the cache: test/support/content-snapshot.test.ts, which loads them anyway.
