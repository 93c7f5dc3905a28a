import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { YamlSource } from '../../src/knowledge/yaml-source';
import { readRedFlagCorpus } from '../../src/safety/red-flag-corpus';
import { throughYamlCache } from './through-yaml-cache';

describe('throughYamlCache', () => {
  const folder = mkdtempSync(join(tmpdir(), 'latch-yaml-cache-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const corpus = join(loadConfig({}).projectRoot, 'eval', 'red-flags', 'dev.yaml');

  it('parses a corpus once, keeps it, and reads it back the same without parsing', () => {
    const parse = jest.spyOn(YamlSource, 'parse');
    try {
      const parsed = readRedFlagCorpus(corpus);
      parse.mockClear();
      const first = throughYamlCache((readYaml) => readRedFlagCorpus(corpus, readYaml), folder);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(readdirSync(folder).filter((name) => name.includes('dev-yaml'))).toHaveLength(1);
      parse.mockClear();
      const again = throughYamlCache((readYaml) => readRedFlagCorpus(corpus, readYaml), folder);
      expect(parse).not.toHaveBeenCalled();
      expect(first).toEqual(parsed);
      expect(again).toEqual(parsed);
    } finally {
      parse.mockRestore();
    }
  });
});
