import { loadConfig } from '../../../src/config';
import { CredentialsError } from '../../../src/server/check-credentials';
import { serve } from '../../../src/server/serve';
import { sharedEngine } from '../../support/shared-engine';

// Training the classifier takes seconds on a busy machine; do it once, outside any test's time limit.
beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('latch serve', () => {
  it('prints where the endpoint, the tab and the health checks are, and serves them', async () => {
    const lines: string[] = [];
    const config = loadConfig({ LATCH_LOG_LEVEL: 'silent' });
    const { server, stopHandlingSignals } = await serve({ config, engine: sharedEngine(), port: 0, print: (line) => lines.push(line) });
    try {
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(lines[0])?.[1];
      expect(url).toBeDefined();
      expect(lines.join('\n')).toContain(`${url}/api/messages`);
      expect(lines.join('\n')).toContain(`${url}/tab`);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      stopHandlingSignals();
      await server.close(100);
    }
  });

  it('stops with a clear message in production without app credentials', async () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    const quiet = { ...config, server: { ...config.server, logLevel: 'silent' as const } };
    await expect(serve({ config: quiet, engine: sharedEngine(), port: 0, print: () => undefined })).rejects.toThrow(CredentialsError);
  });
});
