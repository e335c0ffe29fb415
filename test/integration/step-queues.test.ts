import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { laneOf } from '../../src/queues/lanes.ts';
import { chunkQueueName, queueName } from '../../src/queues/queue-names.ts';
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

  it('queues bulk jobs on the bulk queue of the step, in their order, and an upload on the interactive one', async () => {
    const prefix = `test-${randomUUID()}`;
    const queues = createStepQueues({ connection: redis.connection, prefix, attempts: 1 });
    const order: string[] = [];
    try {
      for (let i = 0; i < 5; i++) await queues.enqueue('prepare', `c_bulk${i}`, { callId: `c_bulk${i}` }, 'bulk');
      await queues.enqueue('prepare', 'c_upload', { callId: 'c_upload' });
      const [bulk, upload] = [await queues.get('prepare', 'bulk').getJob('c_bulk0-prepare'), await queues.get('prepare').getJob('c_upload-prepare')];
      expect([bulk!.queueName, laneOf(bulk!), laneOf(upload!)]).toEqual([queueName('prepare', prefix, 'bulk'), 'bulk', 'interactive']);
      expect(await queues.get('prepare').getJob('c_bulk0-prepare')).toBeUndefined();
      const worker = new Worker(queueName('prepare', prefix, 'bulk'), async (job) => void order.push(job.data.callId), { connection: redis.connection, concurrency: 1 });
      try {
        const deadline = Date.now() + 10_000;
        while (order.length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      } finally {
        await worker.close();
      }
      expect(order).toEqual(['c_bulk0', 'c_bulk1', 'c_bulk2', 'c_bulk3', 'c_bulk4']);
    } finally {
      await queues.close();
    }
  });

  it('queues a bulk transcription flow, its chunk jobs included, in the bulk lane', async () => {
    const prefix = `test-${randomUUID()}`;
    const queues = createStepQueues({ connection: redis.connection, prefix, attempts: 1 });
    try {
      await queues.enqueueTranscribe('c_old', [{ speaker: 'rep', index: 0 }, { speaker: 'customer', index: 0 }], 'bulk');
      await queues.enqueueTranscribe('c_new', [{ speaker: 'rep', index: 0 }]);
      const chunkJobs: Job[] = [];
      for (const lane of ['interactive', 'bulk'] as const) {
        const chunks = new Queue(chunkQueueName(prefix, lane), { connection: redis.connection });
        chunkJobs.push(...(await chunks.getJobs(['waiting', 'prioritized'])));
        await chunks.close();
      }
      const lanes = async (callId: string) => [
        laneOf((await queues.get('transcribe', 'bulk').getJob(`${callId}-transcribe`)) ?? (await queues.get('transcribe').getJob(`${callId}-transcribe`))!),
        ...chunkJobs.filter((j) => j.data.callId === callId).map((j) => laneOf(j)),
      ];
      expect(await lanes('c_old')).toEqual(['bulk', 'bulk', 'bulk']);
      expect(await lanes('c_new')).toEqual(['interactive', 'interactive']);
    } finally {
      await queues.close();
    }
  });
});
