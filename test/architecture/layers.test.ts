import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const projectRoot = join(__dirname, '..', '..');
const knownViolationsFile = '.dependency-cruiser-known-violations.json';

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

/** dependency-cruiser over src/ with the rules of .dependency-cruiser.js, as `npx depcruise` runs them. */
async function cruise(): Promise<{ error: number; violations: Violation[] }> {
  // The package's exports hide its bin folder from require.resolve, so the path is spelled out.
  const cli = join(projectRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'src', '--config', '.dependency-cruiser.js', '--output-type', 'json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout).summary;
}

const describeViolation = (violation: Violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`;

describe('the layers of src/', () => {
  // One cruise (seconds of CPU, in a child process beside the test workers), before the tests and outside
  // their time limits. The known violations are set aside here rather than by a second cruise with
  // --ignore-known: the same list, read from the same file.
  let everything: Awaited<ReturnType<typeof cruise>>;
  let known: Violation[];
  beforeAll(async () => {
    everything = await cruise();
    known = JSON.parse(readFileSync(join(projectRoot, knownViolationsFile), 'utf8'));
  }, 60_000);

  it('have no import that points up a layer and no cycle, beyond the known ones', () => {
    const knownNames = new Set(known.map(describeViolation));
    const errors = everything.violations.filter((violation) => violation.rule.severity === 'error');
    const newErrors = errors.filter((violation) => !knownNames.has(describeViolation(violation)));
    // The message names each new import; fix it, or (only for a deliberate, tracked exception) add it to the known list.
    expect(newErrors.map(describeViolation)).toEqual([]);
    // The cruise's own count of errors is those it listed, so none went unlisted.
    expect(everything.error).toBe(errors.length);
  });

  it('lists as known only imports that still point up, so a fixed one leaves the list', () => {
    const found = everything.violations.map(describeViolation).sort();
    expect(found).toEqual(known.map(describeViolation).sort());
  });
});
