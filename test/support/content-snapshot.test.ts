import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, type Content } from '../../src/app/load-content';
import { loadConfig } from '../../src/config';
import { ConceptMatcher } from '../../src/safety/concept-matcher';
import { triageTokens } from '../../src/safety/triage-tokens';
import { readContentSnapshot, writeContentSnapshot } from './content-snapshot';

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
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is written once, under a name that carries the content\'s hash', () => {
    expect(problem).toBeUndefined();
    expect(readdirSync(config.modelCacheDirectory).filter((name) => name.startsWith('test-content-'))).toHaveLength(1);
  });

  it('reads back what loadContent gives: the same values, Maps, Sets and classes', () => {
    expect(read).toStrictEqual(loaded);
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
});
