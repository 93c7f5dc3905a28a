import { loadConfig } from '../../../src/config';
import { fuzzServer, serverErrorCount } from '../../../fuzz/fuzz-requests';
import { startFuzzTarget } from '../../../fuzz/fuzz-target';
import { sharedEngine } from '../../support/shared-engine';

// The full run is `npm run fuzz` (12,000 requests); this seeded sample keeps every route in npm test.
describe('malformed requests to every route', () => {
  it('get no 5xx, no unanswered request and no crash, and the server stays healthy', async () => {
    const target = await startFuzzTarget(loadConfig({}), sharedEngine());
    try {
      const report = await fuzzServer(target.url, { seed: 1818, requests: 1500, concurrency: 4 });
      expect(report.serverErrors).toEqual([]);
      expect(serverErrorCount(report)).toBe(0);
      expect(report.unanswered).toBe(0);
      expect(target.crashes()).toBe(0);
      expect((await fetch(`${target.url}/healthz`)).status).toBe(200);
      for (const route of ['POST /api/messages', 'POST /directline/conversations/:id/activities', 'GET /directline/conversations/:id/activities', 'POST /directline/tokens/refresh', 'POST /web/session', 'GET /metrics', 'GET /directline/conversations/:id/stream (upgrade)']) {
        expect(report.routes[route]).toBeGreaterThan(10);
      }
    } finally {
      await target.close();
    }
  }, 180_000);
});
