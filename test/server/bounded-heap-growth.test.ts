import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as typescript from 'typescript';

/*
 * V8's flags belong to the whole process, and a jest worker's young generation has long grown by the time a
 * file runs: so the module runs in a fresh Node of its own, compiled from its source here. The child makes
 * start-up-like garbage (objects that live a little while), then reports the young generation's size
 * (`new_space`) at each step as JSON.
 */
const child = `
const v8 = require('node:v8');
const heap = require('./bounded-heap-growth.js');
const youngGeneration = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
function makeGarbage() {
  let alive = [];
  for (let index = 0; index < 400000; index += 1) {
    alive.push({ index, text: 'item ' + index });
    if (alive.length > 100000) alive = [];
  }
  return alive.length;
}
const atLaunch = youngGeneration();
if (process.argv.includes('--hold')) heap.holdYoungGenerationUntilReady();
makeGarbage();
const afterLoading = youngGeneration();
heap.boundHeapGrowth();
makeGarbage();
process.stdout.write(JSON.stringify({ atLaunch, afterLoading, underLoad: youngGeneration() }));
`;

/*
 * Loading's leftovers: many objects promoted to the old generation, three in four then dropped, so its pages
 * are mostly empty. Reports the old generation's size and what is alive in it after `boundHeapGrowth`, and
 * again after a later collection made by V8 itself under the same garbage.
 */
const fragmentingChild = `
const v8 = require('node:v8');
const heap = require('./bounded-heap-growth.js');
const oldGeneration = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'old_space');
let kept = [];
for (let index = 0; index < 600000; index += 1) kept.push({ index, text: 'item ' + index });
for (let round = 0; round < 3; round += 1) {
  const passing = [];
  for (let index = 0; index < 200000; index += 1) passing.push({ index });
}
kept = kept.filter((_, index) => index % 4 === 0);
heap.boundHeapGrowth();
const { space_size: size, space_used_size: used } = oldGeneration();
process.stdout.write(JSON.stringify({ size, used, kept: kept.length }));
`;

interface YoungGenerationSizes {
  atLaunch: number;
  afterLoading: number;
  underLoad: number;
}

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'latch-heap-'));
  const source = readFileSync(join(__dirname, '../../src/server/bounded-heap-growth.ts'), 'utf8');
  const compiled = typescript.transpileModule(source, { compilerOptions: { module: typescript.ModuleKind.CommonJS, target: typescript.ScriptTarget.ES2022 } });
  writeFileSync(join(folder, 'bounded-heap-growth.js'), compiled.outputText);
  writeFileSync(join(folder, 'child.js'), child);
  writeFileSync(join(folder, 'fragmenting-child.js'), fragmentingChild);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runChild(...flags: string[]): YoungGenerationSizes {
  const result = spawnSync(process.execPath, [...flags, join(folder, 'child.js'), '--hold'], { cwd: folder, encoding: 'utf8', timeout: 20_000 });
  if (result.status !== 0) throw new Error(`the child Node failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as YoungGenerationSizes;
}

describe('the young generation during start-up', () => {
  it('stays at its launch size while content loads, and grows again once the server is ready', () => {
    const sizes = runChild();
    // V8 may take one step from its launch size, never the eightfold or more it grows to unheld.
    expect(sizes.afterLoading).toBeLessThanOrEqual(2 * sizes.atLaunch);
    expect(sizes.underLoad).toBeGreaterThanOrEqual(4 * sizes.afterLoading);
  }, 30_000);

  it("leaves an operator's own growth factor alone", () => {
    const sizes = runChild('--semi-space-growth-factor=2');
    expect(sizes.afterLoading).toBeGreaterThanOrEqual(4 * sizes.atLaunch);
  }, 30_000);
});

describe('the old generation at ready', () => {
  function runFragmentingChild(...flags: string[]): { size: number; used: number } {
    const result = spawnSync(process.execPath, [...flags, join(folder, 'fragmenting-child.js')], { cwd: folder, encoding: 'utf8', timeout: 20_000 });
    if (result.status !== 0) throw new Error(`the child Node failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as { size: number; used: number };
  }

  it('is compacted by the collection at ready: its pages hold what is alive, not what loading left', () => {
    const { size, used } = runFragmentingChild();
    // Uncompacted the pages are three times what is alive (44 MB for 13 MB); compacted, a page's worth over.
    expect(size).toBeLessThan(1.25 * used);
  }, 30_000);
});
