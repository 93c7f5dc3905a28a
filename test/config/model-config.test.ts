import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, modelConfig } from '../../src/config';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'latch-config-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function configFile(text: string): string {
  const path = join(folder, `config-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, text);
  return path;
}

describe('model configuration', () => {
  it('has no model, so nothing touches the network, unless a URL is given', () => {
    expect(modelConfig(loadConfig({}).modelSettings)).toBeUndefined();
  });

  it('reads the model from the environment, with defaults for the rest', () => {
    const config = loadConfig({ LATCH_MODEL_URL: 'http://localhost:11434/v1', LATCH_MODEL_NAME: 'llama3.2', LATCH_MODEL_KEY: 'secret', LATCH_MODEL_TIMEOUT_MS: '2500' });
    expect(modelConfig(config.modelSettings)).toEqual({
      url: 'http://localhost:11434/v1',
      name: 'llama3.2',
      apiKey: 'secret',
      api: 'openai',
      azureApiVersion: undefined,
      timeoutMs: 2500,
      maximumConcurrentCalls: 4,
      breakerFailures: 3,
      breakerCoolDownMs: 30000,
    });
  });

  it('reads the model section of latch.config.yaml, with the environment winning', () => {
    const path = configFile(
      [
        'version: 1',
        'model:',
        '  url: https://latch-clinic.openai.azure.com',
        '  name: latch-gpt4o-mini',
        '  azure_api_version: 2024-10-21',
        '  timeout_ms: 4000',
        '  maximum_concurrent_calls: 8',
        '  circuit_breaker: { failures: 5, cool_down_ms: 60000 }',
      ].join('\n'),
    );
    const model = modelConfig(loadConfig({ LATCH_CONFIG: path, LATCH_MODEL_TIMEOUT_MS: '1500' }).modelSettings);
    expect(model).toMatchObject({ api: 'azure', name: 'latch-gpt4o-mini', azureApiVersion: '2024-10-21', timeoutMs: 1500, maximumConcurrentCalls: 8, breakerFailures: 5, breakerCoolDownMs: 60000 });
  });

  it('refuses a model key in the config file: keys come from the environment only', () => {
    const path = configFile('version: 1\nmodel:\n  url: http://localhost:11434/v1\n  api_key: sk-in-a-file\n');
    expect(() => loadConfig({ LATCH_CONFIG: path })).toThrow(/config-\w+\.yaml:4 model\.api_key: unknown key "api_key"/);
  });

  it.each([
    [{ LATCH_MODEL_URL: 'http://localhost:11434/v1' }, /no model name/],
    [{ LATCH_MODEL_URL: 'localhost:11434', LATCH_MODEL_NAME: 'x' }, /must start with http/],
    [{ LATCH_MODEL_URL: 'not a url', LATCH_MODEL_NAME: 'x' }, /is not a URL/],
  ])('explains a model setting that cannot work: %j', (environment, message) => {
    expect(() => modelConfig(loadConfig(environment).modelSettings)).toThrow(message);
  });

  it('names the file and line of a model URL that cannot work, and never repeats LATCH_MODEL_URL (it may hold a key)', () => {
    const path = configFile('version: 1\nmodel:\n  name: llama3.2\n  url: localhost:11434\n');
    expect(() => loadConfig({ LATCH_CONFIG: path })).toThrow(new RegExp(`config-\\w+\\.yaml:4 model\\.url: must start with http:// or https://`));
    expect(() => loadConfig({ LATCH_MODEL_URL: 'ftp://user:secret@models.example' })).toThrow(/^The configuration has 1 problem:\n  LATCH_MODEL_URL is not valid: must start with http:\/\/ or https:\/\/ \(set LATCH_MODEL_URL/);
    expect(() => loadConfig({ LATCH_MODEL_URL: 'ftp://user:secret@models.example' })).not.toThrow(/secret/);
    expect(loadConfig({ LATCH_MODEL_URL: '' }).modelSettings.url).toBeUndefined();
  });

  it.each([
    [{ LATCH_MODEL_TIMEOUT_MS: 'soon' }, /LATCH_MODEL_TIMEOUT_MS/],
    [{ LATCH_MODEL_API: 'anthropic' }, /LATCH_MODEL_API/],
  ])('refuses a malformed environment variable: %j', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(message);
  });
});
