import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, type Content } from '../../src/app/load-content';
import { loadConfig } from '../../src/config';
import { YamlSource } from '../../src/knowledge/yaml-source';
import { ConceptMatcher } from '../../src/safety/concept-matcher';
import { triageTokens } from '../../src/safety/triage-tokens';
import { readContentSnapshot, writeContentSnapshot } from './content-snapshot';
import { expectStrictEqual } from './expect-equal';

// The shared engines of the other test files are built on this snapshot: it must be the content itself.
describe('the content snapshot the test files share', () => {
  const folder = mkdtempSync(join(tmpdir(), 'latch-snapshot-'));
  const config = { ...loadConfig({}), modelCacheDirectory: join(folder, 'cache') };
  let loaded: Content;
  let problem: string | undefined;
  let read: Content | undefined;
  // Loading the real content and comparing every one of its objects takes seconds on a busy machine.
  beforeAll(() => {
    loaded = loadContent(config);
    problem = writeContentSnapshot(config, loaded);
    read = readContentSnapshot(config);
    // 21.4-24.9 s in whole runs at load 10-13, 33.4 s of 60 at load 16: every YAML file parsed, in a new cache.
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // Here rather than in test/knowledge/yaml-cache.test.ts: the real content is loaded once for both.
  // First, before any test matches with the loaded concept matcher (matching leaves scratch state in it).
  it('is what loadContent gives again from the parsed-YAML cache the first load wrote, without parsing any file', () => {
    const parse = jest.spyOn(YamlSource, 'parse');
    try {
      const again = loadContent(config);
      expect(parse).not.toHaveBeenCalled();
      expectStrictEqual(again, loaded);
    } finally {
      parse.mockRestore();
    }
  }, 30_000);

  it('is written once, under a name that carries the content\'s hash', () => {
    expect(problem).toBeUndefined();
    expect(readdirSync(config.modelCacheDirectory).filter((name) => name.startsWith('test-content-'))).toHaveLength(1);
  });

  it('reads back what loadContent gives: the same values, Maps, Sets and classes', () => {
    expectStrictEqual(read, loaded);
    expect(read!.safetyMatcher).toBeInstanceOf(ConceptMatcher);
    const tokens = triageTokens('my baby is floppy and will not wake, no wet nappies since yesterday');
    expect(read!.safetyMatcher.match(tokens).size).toBeGreaterThan(0);
    expect(read!.safetyMatcher.match(tokens)).toEqual(loaded.safetyMatcher.match(tokens));
  }, 30_000);

  it('keeps shared objects shared: an intent found by id is the one in the list', () => {
    for (const intent of read!.knowledgeBase.intents) expect(read!.knowledgeBase.intentById.get(intent.id)).toBe(intent);
  });

  it('is not used for other content: another folder has another snapshot', () => {
    expect(readContentSnapshot({ ...config, contentDirectory: join(folder, 'elsewhere') })).toBeUndefined();
  });

  it('keeps what JSON has no word for: cycles, shared objects in Maps and Sets, undefined, non-finite numbers, typed arrays, an own "__proto__"', () => {
    const shared = { name: 'shared', list: [1, 2] };
    const cyclic: Record<string, unknown> = { name: 'cyclic' };
    cyclic.self = cyclic;
    const ownProto = JSON.parse('{"__proto__": {"kept": true}, "after": 1}') as object;
    const value = {
      byName: new Map<unknown, unknown>([['one', shared], [shared, 'as a key'], ['cyclic', cyclic]]),
      set: new Set<unknown>([shared, undefined, 3]),
      list: [shared, undefined, Number.POSITIVE_INFINITY, Number.NaN, -Number.MAX_VALUE],
      absent: undefined,
      starts: Int32Array.from([3, -1, 7]),
      ownProto,
      '10': 'an integer key first',
    };
    const elsewhere = { ...config, modelCacheDirectory: join(folder, 'synthetic') };
    expect(writeContentSnapshot(elsewhere, value as unknown as Content)).toBeUndefined();
    const back = readContentSnapshot(elsewhere) as unknown as typeof value;
    expect(back).toStrictEqual(value);
    expect(back.byName.get('one')).toBe(back.list[0]);
    expect([...back.set][0]).toBe(back.list[0]);
    expect(back.byName.get(back.list[0])).toBe('as a key');
    const cyclicBack = back.byName.get('cyclic') as Record<string, unknown>;
    expect(cyclicBack.self).toBe(cyclicBack);
    expect(Object.keys(back)).toEqual(Object.keys(value));
    expect(Object.getOwnPropertyNames(back.ownProto)).toEqual(['__proto__', 'after']);
    expect(Object.getPrototypeOf(back.ownProto)).toBe(Object.prototype);
    expect(back.starts).toBeInstanceOf(Int32Array);
  });

  it('refuses what it cannot keep exactly, so the test files load content themselves', () => {
    const cases: [string, object][] = [
      ['a function', { run: () => 1 }],
      ['a frozen object', { inner: Object.freeze({ a: 1 }) }],
      ['a getter', { get computed() { return 1; } }],
      ['another class', { when: new Date(0) }],
      ['a sparse array', { holes: [1, , 3] }],
      ['the marker key', { '\u0001': 'map' }],
    ];
    cases.forEach(([what, value], index) => {
      const elsewhere = { ...config, modelCacheDirectory: join(folder, `refused-${index}`) };
      expect([what, writeContentSnapshot(elsewhere, value as unknown as Content)]).toEqual([what, expect.stringContaining('could not be written')]);
      expect([what, readContentSnapshot(elsewhere)]).toEqual([what, undefined]);
    });
  });
});
