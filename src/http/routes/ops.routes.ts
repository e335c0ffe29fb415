import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../../observability/metrics.ts';
import { checkReadiness, type ReadinessCheck } from '../readiness.ts';

export interface OpsDeps {
  /** What `/readyz` checks; none: ready whenever the process answers. */
  readiness?: readonly ReadinessCheck[];
  metrics: Metrics;
}

/**
 * Operators' routes, open like `/healthz` (they carry no call data): `GET /readyz` answers 200 when every
 * dependency answered its check, else 503 naming each one down and why; `GET /metrics` is this process's
 * registry in Prometheus text format.
 */
export async function opsRoutes(app: FastifyInstance, deps: OpsDeps): Promise<void> {
  app.get('/readyz', async (request, reply) => {
    const result = await checkReadiness(deps.readiness ?? []);
    if (!result.ready) {
      const down = Object.entries(result.checks).filter(([, r]) => !r.ok).map(([name]) => name);
      request.log.warn({ down }, 'not ready');
    }
    return reply.code(result.ready ? 200 : 503).header('cache-control', 'no-store').send(result);
  });
  app.get('/metrics', async (_request, reply) => {
    const text = await deps.metrics.registry.metrics();
    return reply.type(deps.metrics.registry.contentType).header('cache-control', 'no-store').send(text);
  });
}
