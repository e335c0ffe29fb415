import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/observability/metrics.ts';

describe('the metric names /metrics exposes', () => {
  it("follow Prometheus's naming: counters, and only counters, end in _total; all start with callscribe_", async () => {
    const metrics = createMetrics({ processMetrics: true });
    const exposed = (await metrics.registry.getMetricsAsJSON()).map((m) => ({ name: m.name, type: String(m.type) }));
    expect(exposed.map((m) => m.name)).toEqual(expect.arrayContaining(['callscribe_step_failures_total', 'callscribe_process_cpu_seconds_total', 'callscribe_queue_jobs']));
    for (const { name, type } of exposed) {
      expect(name).toMatch(/^callscribe_[a-z0-9_]+$/);
      expect(name.endsWith('_total'), `${name} (${type})`).toBe(type === 'counter');
    }
  });

  it('leaves out the default gauges named _total, which only sum the same gauge by type', async () => {
    const metrics = createMetrics({ processMetrics: true });
    const names = (await metrics.registry.getMetricsAsJSON()).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['callscribe_nodejs_active_handles', 'callscribe_nodejs_active_requests', 'callscribe_nodejs_active_resources']));
    expect(names.filter((n) => /^callscribe_nodejs_active_\w+_total$/.test(n))).toEqual([]);
  });
});
