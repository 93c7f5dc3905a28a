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
