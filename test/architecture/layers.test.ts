import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(__dirname, '..', '..');
const knownViolationsFile = '.dependency-cruiser-known-violations.json';

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

/** dependency-cruiser over src/ with the rules of .dependency-cruiser.js, as `npx depcruise` runs them. */
function cruise(ignoreKnown: boolean): { error: number; violations: Violation[] } {
  // The package's exports hide its bin folder from require.resolve, so the path is spelled out.
  const cli = join(projectRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
  const known = ignoreKnown ? ['--ignore-known', knownViolationsFile] : [];
  const output = execFileSync(process.execPath, [cli, 'src', '--config', '.dependency-cruiser.js', ...known, '--output-type', 'json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output).summary;
}

const describeViolation = (violation: Violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`;

describe('the layers of src/', () => {
  it('have no import that points up a layer and no cycle, beyond the known ones', () => {
    const summary = cruise(true);
    const errors = summary.violations.filter((violation) => violation.rule.severity === 'error');
    // The message names each new import; fix it, or (only for a deliberate, tracked exception) add it to the known list.
    expect(errors.map(describeViolation)).toEqual([]);
    expect(summary.error).toBe(0);
  });

  it('lists as known only imports that still point up, so a fixed one leaves the list', () => {
    const known: Violation[] = JSON.parse(readFileSync(join(projectRoot, knownViolationsFile), 'utf8'));
    const found = cruise(false).violations.map(describeViolation).sort();
    expect(found).toEqual(known.map(describeViolation).sort());
  });
});
