import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { startMetricsServer } from '../../src/observability/metrics-server.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { redisPingCheck } from '../../src/observability/worker-readiness.ts';
import { freePort } from '../helpers/free-port.ts';

type Body = { ready: boolean; checks: Record<string, { ok: boolean; error?: string }> };

describe("a worker's GET /readyz on its metrics port", () => {
  let redis: EmbeddedRedis;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startEmbeddedRedis({ tcpPort: port });
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('answers 200 while Redis answers PING and 503 naming redis when it does not, while /metrics still answers 200', async () => {
    const up = redisPingCheck({ host: '127.0.0.1', port, maxRetriesPerRequest: null });
    const down = redisPingCheck({ host: '127.0.0.1', port: await freePort(), maxRetriesPerRequest: null });
    const metrics = createMetrics();
    const good = await startMetricsServer(metrics, { host: '127.0.0.1', port: 0 }, silentLogger, [up.check]);
    const bad = await startMetricsServer(metrics, { host: '127.0.0.1', port: 0 }, silentLogger, [down.check]);
    try {
      const ok = await fetch(good.url.replace('/metrics', '/readyz'));
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as Body).checks.redis!.ok).toBe(true);
      const refused = await fetch(bad.url.replace('/metrics', '/readyz'));
      expect(refused.status).toBe(503);
      const body = (await refused.json()) as Body;
      expect(body.ready).toBe(false);
      expect(body.checks.redis!.error).toMatch(/Redis did not answer PING/);
      expect((await fetch(bad.url)).status).toBe(200);
    } finally {
      await good.close();
      await bad.close();
      up.close();
      down.close();
    }
  });
});
