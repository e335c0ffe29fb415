import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { queueName } from '../../src/queues/queue-names.ts';
import { createStepQueues } from '../../src/queues/step-queues.ts';

describe('queueing a step after a change a person made', () => {
  let redis: EmbeddedRedis;
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('waits for a run in progress (which may read too early), so the run queued after a change happens; a plain enqueue alone would be skipped', async () => {
    const prefix = `test-${randomUUID()}`;
    const queues = createStepQueues({ connection: redis.connection, prefix, attempts: 1 });
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const worker = new Worker(queueName('sync', prefix), async () => {
      if (++runs === 1) await gate;
    }, { connection: redis.connection });
    try {
      await queues.enqueue('sync', 'c_1', { callId: 'c_1' });
      while (runs === 0) await new Promise((r) => setTimeout(r, 20));
      // While the first run is active, a plain enqueue is a no-op: that alone would lose the change.
      await queues.enqueue('sync', 'c_1', { callId: 'c_1' });
      const idle = queues.waitUntilIdle('sync', 'c_1');
      setTimeout(release, 200);
      await idle;
      await queues.enqueue('sync', 'c_1', { callId: 'c_1' });
      const deadline = Date.now() + 10_000;
      while (runs < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(runs).toBe(2);
      // It gives up, retryably, on a run that does not finish.
      let hold!: () => void;
      const stuck = new Promise<void>((r) => (hold = r));
      const busy = new Worker(queueName('prepare', prefix), () => stuck, { connection: redis.connection });
      await queues.enqueue('prepare', 'c_2', { callId: 'c_2' });
      await new Promise((r) => setTimeout(r, 300));
      await expect(queues.waitUntilIdle('prepare', 'c_2', 200)).rejects.toMatchObject({ code: 'CALL_BUSY', retryable: true });
      hold();
      await busy.close();
    } finally {
      await worker.close();
      await queues.close();
    }
  });
});
