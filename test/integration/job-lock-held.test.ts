import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { jobLockHeld } from '../../src/queues/step-worker.ts';

// Real Redis and BullMQ: a job's lock lapses while its worker still runs it (the worker missed its renewals) and
// another worker takes the job over. The run that lost it is told so before it sends anything to the CRM.
describe('jobLockHeld', () => {
  let redis: EmbeddedRedis;
  let client: Redis;
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
    client = new Redis(redis.connection);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });

  it('is yes while this worker holds the job, and no once its lock lapsed and another worker took the job', async () => {
    const prefix = `test-${randomUUID()}`;
    const queue = new Queue('sync', { connection: client, prefix });
    const first = new Worker('sync', null, { connection: client, prefix, lockDuration: 60_000 });
    const second = new Worker('sync', null, { connection: client, prefix, lockDuration: 60_000 });
    try {
      await queue.add('sync', { callId: 'c_1' }, { jobId: 'c_1-sync' });
      const job = (await first.getNextJob('token-first'))!;
      const held = jobLockHeld(job, 'token-first', 60_000);
      expect(await held()).toBe(true);
      // The lock lapses (its renewals missed) and the job goes back to be taken: another worker now runs it.
      await client.del(`${prefix}:sync:${job.id}:lock`);
      await client.lrem(`${prefix}:sync:active`, 0, job.id!);
      await client.rpush(`${prefix}:sync:wait`, job.id!);
      const taken = await second.getNextJob('token-second');
      expect(taken?.id).toBe(job.id);
      expect(await held()).toBe(false);
      expect(await jobLockHeld(taken!, 'token-second', 60_000)()).toBe(true);
      // Redis not answering is a no too: nothing is sent on a lock that cannot be confirmed.
      expect(await jobLockHeld({ ...job, extendLock: () => Promise.reject(new Error('Connection is closed.')) } as never, 'token-first', 60_000)()).toBe(false);
    } finally {
      await first.close(true);
      await second.close(true);
      await queue.close();
    }
  });
});
