import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachModule } from './describe-each-module';

// The folders' own files are the positive case: each runs its modules (test/safety/kinds.test.ts and others).
describe('describeEachModule', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'latch-modules-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a folder with no test modules, which would run nothing', () => {
    writeFileSync(join(folder, 'notes.md'), 'not a module');
    expect(() => describeEachModule(folder)).toThrow(/has no test modules/);
  });

  it.each([
    ['mocks a module', "jest.mock('node:fs');"],
    ['sets the time limit of every test after it', 'jest.setTimeout(60_000);'],
    ['fakes the timers', 'jest.useFakeTimers();'],
    ['spies on a shared module', "jest.spyOn(console, 'log');"],
    ['intercepts HTTP', "import nock from 'nock';"],
    ['reads the environment', 'const home = process.env.HOME;'],
  ])('refuses a module that %s, naming it and what it uses, before any module is run', (_what, line) => {
    // Sorted first, so the refusal comes before describe() is called for any module (inside a test it cannot be).
    writeFileSync(join(folder, 'a-module.ts'), `${line}\n`);
    writeFileSync(join(folder, 'b-module.ts'), "it('runs', () => undefined);\n");
    expect(() => describeEachModule(folder)).toThrow(new RegExp(`a-module\\.ts uses ${line.match(/jest\.\w+|nock|process\.env/)![0].replace('.', '\\.')}`));
  });
});
