import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { ContentError } from '../../src/knowledge/content-error';
import { loadPersonalisation } from '../../src/llm/load-personalisation';

const config = loadConfig({});
const shipped = readFileSync(join(config.contentDirectory, 'prompts', 'personalise.yaml'), 'utf8');

function loadVariant(text: string): ContentError {
  const folder = mkdtempSync(join(tmpdir(), 'latch-prompts-'));
  try {
    mkdirSync(join(folder, 'prompts'));
    writeFileSync(join(folder, 'prompts', 'personalise.yaml'), text);
    loadPersonalisation(folder, folder);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  throw new Error('expected the file to be refused');
}

describe('content/prompts/personalise.yaml', () => {
  it('loads, with a low temperature and an output cap', () => {
    const personalisation = loadPersonalisation(config.contentDirectory, config.projectRoot);
    expect(personalisation.temperature).toBeLessThanOrEqual(0.3);
    expect(personalisation.maximum_output_tokens).toBeGreaterThan(0);
    expect(personalisation.user).toContain('{data}');
  });

  it('names the file, line and path of a user template without {data}', () => {
    const lines = shipped.split('\n');
    const line = lines.findIndex((text) => text.startsWith('user:')) + 1;
    const error = loadVariant(shipped.replace('  {data}\n', '  (nothing)\n'));
    expect(error.problems).toEqual([expect.objectContaining({ file: 'prompts/personalise.yaml', line, path: 'user', message: expect.stringContaining('{data}') })]);
  });

  it('names a regular expression that does not compile', () => {
    const error = loadVariant(shipped.replace('    - \\bparacetamol\\b\n', '    - (paracetamol\n'));
    expect(error.problems[0]).toMatchObject({ path: 'gates.medicines[0]', message: 'is not a valid regular expression' });
  });

  it('names an unknown key and the valid ones', () => {
    const error = loadVariant(shipped.replace('temperature: 0.2', 'temprature: 0.2'));
    expect(error.message).toMatch(/unknown key "temprature" \(did you mean "temperature"\?\)/);
  });
});
