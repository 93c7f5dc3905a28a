import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a module of such a folder must not do: each would reach the other modules of its test file. */
const reachesOutside = /\bjest\.(mock|doMock|setTimeout|useFakeTimers|spyOn|replaceProperty|resetModules|isolateModules)\b|\bnock\b|process\.env/;

/**
 * Every test module (`*.ts`) of `folder` run in one jest test file, each inside a describe named after it, so
 * its hooks stay its own. jest gives each test file a fresh module registry: a file over the real engine ran
 * latch's code cold and built the engine again, some 0.5 s of CPU before its first test (a tenth of a second
 * for its checks was common). The modules of one folder share one registry and, through shared-engine.ts, one
 * engine, as the tests of one file always did. Only modules that change nothing outside themselves belong in
 * such a folder: one that mocks modules, sets timers or time limits, intercepts HTTP or reads the environment
 * would change the modules after it, and is refused here.
 */
export function describeEachModule(folder: string): void {
  const names = readdirSync(folder).filter((name) => name.endsWith('.ts')).sort();
  if (names.length === 0) throw new Error(`${folder} has no test modules`);
  for (const name of names) {
    const path = join(folder, name);
    const reaching = readFileSync(path, 'utf8').match(reachesOutside);
    if (reaching) throw new Error(`${path} uses ${reaching[0]}, which would reach the other modules of ${folder}: give it a test file of its own`);
    describe(name.replace(/\.ts$/, ''), () => {
      require(path);
    });
  }
}
