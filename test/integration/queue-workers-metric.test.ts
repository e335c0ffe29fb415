import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { freePort } from '../helpers/free-port.ts';

describe('callscribe_queue_workers, read from the real Redis at each scrape', () => {
  let redis: EmbeddedRedis;
  let connection: { host: string; port: number; maxRetriesPerRequest: null };

  beforeAll(async () => {
    const port = await freePort();
    redis = await startEmbeddedRedis({ tcpPort: port });
    connection = { host: '127.0.0.1', port, maxRetriesPerRequest: null };
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('says 0 for a queue no worker takes, and counts the workers once they connect', async () => {
    const prefix = `test-${randomUUID()}`;
    const taken = new Queue(`${prefix}-prepare`, { connection });
    const idle = new Queue(`${prefix}-sync`, { connection });
    const metrics = createMetrics();
    metrics.watchQueues([taken, idle]);
    const value = async (queue: Queue) => {
      const line = (await metrics.registry.metrics()).split('\n').find((l) => l.startsWith(`callscribe_queue_workers{queue="${queue.name}"}`));
      return line ? Number(line.split(' ').at(-1)) : undefined;
    };
    expect(await value(taken)).toBe(0);
    expect(await value(idle)).toBe(0);
    const workers = [new Worker(taken.name, async () => undefined, { connection }), new Worker(taken.name, async () => undefined, { connection })];
    try {
      await Promise.all(workers.map((w) => w.waitUntilReady()));
      // A worker names its blocking connection once it starts waiting for jobs.
      let seen = await value(taken);
      while (seen !== 2) {
        await new Promise((r) => setTimeout(r, 50));
        seen = await value(taken);
      }
      expect(seen).toBe(2);
      expect(await value(idle)).toBe(0);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      await taken.close();
      await idle.close();
    }
  });
});
