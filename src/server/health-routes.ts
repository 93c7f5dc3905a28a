import { Router } from 'express';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { ServerMetrics } from './server-metrics';

export interface Readiness {
  /** False once shutdown has begun, so load balancers stop sending new conversations. */
  accepting: boolean;
  /** The shared store (Redis) answers; absent when everything is in memory. */
  storeReachable?: () => boolean;
}

/** /healthz: the process answers. /readyz: content loaded, classifier trained, shared store reachable, not shutting down. /metrics: Prometheus. */
export function healthRoutes(knowledgeBase: Pick<KnowledgeBase, 'intents' | 'answerById'>, readiness: Readiness, metrics: ServerMetrics): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', (_request, response) => {
    const contentLoaded = knowledgeBase.intents.length > 0 && knowledgeBase.answerById.size > 0;
    const storeReachable = readiness.storeReachable?.() ?? true;
    const ready = contentLoaded && readiness.accepting && storeReachable;
    response.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : !readiness.accepting ? 'shutting down' : !storeReachable ? 'store unreachable' : 'not ready',
      intents: knowledgeBase.intents.length,
      answers: knowledgeBase.answerById.size,
    });
  });
  router.get('/metrics', async (_request, response) => {
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
