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
async function cruise(ignoreKnown: boolean): Promise<{ error: number; violations: Violation[] }> {
  // The package's exports hide its bin folder from require.resolve, so the path is spelled out.
  const cli = join(projectRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const known = ignoreKnown ? ['--ignore-known', knownViolationsFile] : [];
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'src', '--config', '.dependency-cruiser.js', ...known, '--output-type', 'json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout).summary;
}

const describeViolation = (violation: Violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`;

describe('the layers of src/', () => {
  // Each cruise takes seconds: both run at once, before the tests and outside their time limits.
  let withKnownIgnored: Awaited<ReturnType<typeof cruise>>;
  let everything: Awaited<ReturnType<typeof cruise>>;
  beforeAll(async () => {
    [withKnownIgnored, everything] = await Promise.all([cruise(true), cruise(false)]);
  }, 60_000);

  it('have no import that points up a layer and no cycle, beyond the known ones', () => {
    const summary = withKnownIgnored;
    const errors = summary.violations.filter((violation) => violation.rule.severity === 'error');
    // The message names each new import; fix it, or (only for a deliberate, tracked exception) add it to the known list.
    expect(errors.map(describeViolation)).toEqual([]);
    expect(summary.error).toBe(0);
  });

  it('lists as known only imports that still point up, so a fixed one leaves the list', () => {
    const known: Violation[] = JSON.parse(readFileSync(join(projectRoot, knownViolationsFile), 'utf8'));
    const found = everything.violations.map(describeViolation).sort();
    expect(found).toEqual(known.map(describeViolation).sort());
  });
});
