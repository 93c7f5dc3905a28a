import { buildEngine } from '../src/app/build-engine';
import { loadConfig } from '../src/config';
import { fuzzServer, serverErrorCount } from './fuzz-requests';
import { startFuzzTarget } from './fuzz-target';

/**
 * `npm run fuzz [-- requests seed concurrency]`: malformed requests to every route of a local latch server.
 * Exits 1 on any 5xx, unanswered request, crash, or a server that stops answering /healthz afterwards.
 */
async function main(): Promise<void> {
  const [requests = 12_000, seed = 18, concurrency = 8] = process.argv.slice(2).map(Number);
  const config = loadConfig();
  const target = await startFuzzTarget(config, buildEngine(config));
  try {
    const report = await fuzzServer(target.url, { seed, requests, concurrency });
    const healthy = (await fetch(`${target.url}/healthz`)).status === 200;
    const summary = { ...report, serverErrorResponses: serverErrorCount(report), crashes: target.crashes(), healthyAfterwards: healthy };
    console.log(JSON.stringify(summary, null, 2));
    console.log(`${report.requests} requests (seed ${seed}) in ${(report.durationMs / 1000).toFixed(1)} s: ${summary.serverErrorResponses} 5xx, ${report.unanswered} unanswered, ${summary.crashes} crashes, healthy afterwards: ${healthy}`);
    if (summary.serverErrorResponses > 0 || report.unanswered > 0 || summary.crashes > 0 || !healthy) process.exitCode = 1;
  } finally {
    await target.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
