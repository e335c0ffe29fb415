import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/env.ts';
import { silentLogger } from '../../../src/logging/logger.ts';
import { startMetricsServer } from '../../../src/observability/metrics-server.ts';
import { createMetrics } from '../../../src/observability/metrics.ts';

describe("a worker process's metrics port", () => {
  it('serves GET /metrics from its registry and nothing else', async () => {
    const metrics = createMetrics();
    metrics.stepFailures.inc({ queue: 'callscribe-sync', step: 'sync', code: 'HUBSPOT_UNAVAILABLE', final: 'false' });
    const server = await startMetricsServer(metrics, { host: '127.0.0.1', port: 0 }, silentLogger);
    try {
      const res = await fetch(server.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toContain('callscribe_step_failures_total{queue="callscribe-sync",step="sync",code="HUBSPOT_UNAVAILABLE",final="false"} 1');
      expect((await fetch(server.url.replace('/metrics', '/'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('is configured by METRICS_PORT (unset: none)', () => {
    expect(loadConfig({}).metricsPort).toBeNull();
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    expect(() => loadConfig({ METRICS_PORT: 'ninety' })).toThrow(/METRICS_PORT/);
  });
});
