import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, configFileSchema, environmentVariables, loadConfig } from '../../src/config';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'latch-config-errors-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function configFile(text: string): string {
  const path = join(folder, `config-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, text);
  return path;
}

function problemsOf(attempt: () => unknown): string[] {
  try {
    attempt();
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n').slice(1).map((line) => line.trim());
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('latch.config.yaml mistakes name the file and line, every one at once', () => {
  it('a value out of range, a value not in the list and a misspelt section', () => {
    const path = configFile('version: 1\nserver:\n  port: 99999\n  log_level: loud\nmodle:\n  url: http://localhost:11434/v1\n');
    const problems = problemsOf(() => loadConfig({ LATCH_CONFIG: path }));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(new RegExp(`^${path}:3 server\\.port: .*65535`));
    expect(problems[1]).toMatch(new RegExp(`^${path}:4 server\\.log_level: .*"info"`));
    expect(problems[2]).toMatch(new RegExp(`^${path}:5 modle: unknown key "modle" \\(did you mean "model"\\?\\)`));
  });

  it('a YAML syntax error, with its line', () => {
    const path = configFile('version: 1\nserver:\n  port: 80\n port: 81\n');
    expect(problemsOf(() => loadConfig({ LATCH_CONFIG: path }))[0]).toMatch(new RegExp(`^${path}:4 YAML syntax`));
  });

  it('brand colours too faint to read, at the line of the colour', () => {
    const path = configFile('version: 1\nweb_chat:\n  colours:\n    text: "#BBBBBB"\n');
    expect(problemsOf(() => loadConfig({ LATCH_CONFIG: path }))).toEqual([expect.stringMatching(new RegExp(`^${path}:4 web_chat\\.colours\\.text on web_chat\\.colours\\.background: #BBBBBB on #FFFFFF has contrast`))]);
  });

  it('a LATCH_CONFIG that names no file', () => {
    expect(problemsOf(() => loadConfig({ LATCH_CONFIG: join(folder, 'missing.yaml') }))).toEqual([expect.stringMatching(/^LATCH_CONFIG names .*missing\.yaml, which does not exist/)]);
  });
});

describe('environment variables are read through the same schema', () => {
  it('refuses a value the file would refuse, naming the variable and what would do', () => {
    const problems = problemsOf(() => loadConfig({ PORT: '99999', LATCH_LOG_LEVEL: 'loud', LATCH_PUBLIC_URL: 'latch.example.org' }));
    expect(problems).toEqual([
      expect.stringMatching(/^PORT=99999 is not valid: .*65535.*set PORT to a valid value, or unset it/),
      expect.stringMatching(/^LATCH_PUBLIC_URL=latch\.example\.org is not valid: .*URL/),
      expect.stringMatching(/^LATCH_LOG_LEVEL=loud is not valid: .*"silent"/),
    ]);
  });

  it('says what to write when the text cannot be read at all', () => {
    expect(problemsOf(() => loadConfig({ PORT: 'eighty', LATCH_LOG_MESSAGES: 'maybe' }))).toEqual(['PORT=eighty is not valid: use a number', 'LATCH_LOG_MESSAGES=maybe is not valid: use true or false']);
  });

  it('wins over the file, and an empty variable leaves the file its say', () => {
    const path = configFile('version: 1\nserver:\n  port: 4000\n  log_messages: true\n');
    expect(loadConfig({ LATCH_CONFIG: path, PORT: '5000', LATCH_LOG_MESSAGES: 'off' }).server).toMatchObject({ port: 5000, logMessages: false });
    expect(loadConfig({ LATCH_CONFIG: path, PORT: '' }).server.port).toBe(4000);
  });

  it('names only settings the file has', () => {
    const shape = (configFileSchema as unknown as { shape: Record<string, { def: { innerType?: { shape?: Record<string, unknown> } } }> }).shape;
    for (const variable of environmentVariables) {
      const [section, key] = variable.path;
      expect(shape).toHaveProperty([section]);
      if (key) expect(Object.keys(shape[section].def.innerType?.shape ?? {})).toContain(key);
    }
  });
});

describe('defaults', () => {
  it('are the documented ones when there is no file and no environment', () => {
    const config = loadConfig({ LATCH_CONFIG: configFile('version: 1\n') });
    expect(config.server).toMatchObject({ port: 3978, host: '127.0.0.1', bodyLimitBytes: 256 * 1024, idleExpiryMs: 60 * 60_000, maximumConversations: 10_000, typingAfterMs: 300, logMessages: false, logLevel: 'info' });
    expect(config.webChat).toMatchObject({ clinicName: 'latch', tokenLifetimeSeconds: 30 * 60, idleSeconds: 60 * 60, maximumConversations: 5000, maximumBodyBytes: 16 * 1024, maximumTextLength: 8000 });
    expect(config.webChat.rateLimits).toEqual({ messagesPerMinutePerConversation: 20, messagesPerMinutePerAddress: 120, conversationsPerMinutePerAddress: 10, pollsPerMinutePerConversation: 240, refreshesPerMinutePerConversation: 4 });
    expect(config).toMatchObject({ feedbackEvery: 3, maximumMessageLength: 2000, locale: 'en-GB', requireReviewed: false, redis: undefined });
    expect(config.modelCacheDirectory).toMatch(/\.cache[/\\]latch$/);
  });
});

describe('the README', () => {
  it('names every environment variable latch reads for a setting', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(environmentVariables.filter((variable) => !readme.includes(variable.name)).map((variable) => variable.name)).toEqual([]);
  });
});
