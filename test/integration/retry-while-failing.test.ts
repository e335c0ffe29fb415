import { randomUUID } from 'node:crypto';
import { UnrecoverableError, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall, updateCall } from '../../src/pipeline/call-record.ts';
import { jobId, queueName } from '../../src/queues/queue-names.ts';
import { createStepQueues } from '../../src/queues/step-queues.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');

describe('a manager retries a call whose failed job is still ending', () => {
  let redis: EmbeddedRedis;
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('the retry waits for that job to end and queues the step, rather than being skipped as a duplicate of it', async () => {
    const temp = await makeTempDir();
    const blobs = createFsBlobStore(temp.dir);
    const review = await reviewDeps(blobs);
    const prefix = `test-${randomUUID()}`;
    const queues = createStepQueues({ connection: redis.connection, prefix, attempts: 1 });
    const callId = `c_${'2'.repeat(24)}`;
    await storeCall(blobs, syntheticCall(callId, { status: 'preparing' }));
    let release!: () => void;
    const ending = new Promise<void>((r) => (release = r));
    let runs = 0;
    // A step's last attempt: it records the failure on the call, then its job takes a moment to end.
    const worker = new Worker(queueName('prepare', prefix), async () => {
      if (++runs > 1) return;
      await updateCall(blobs, callId, (c) => {
        c.status = 'failed';
        c.error = { code: 'AUDIO_FETCH_FAILED', message: 'The store did not answer.', step: 'prepare', retryable: true, at: new Date().toISOString() };
      }, new Date());
      await ending;
      throw new UnrecoverableError('The store did not answer.');
    }, { connection: redis.connection });
    const app = await buildApp({
      ...review, blobs, apiKeys: [MANAGER], maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
      enqueue: (step, c, opts) => queues.enqueue(step, c, { callId: c }, opts?.lane),
      waitUntilIdle: (step, c) => queues.waitUntilIdle(step, c),
    });
    try {
      await queues.enqueue('prepare', callId, { callId });
      while ((await findCall(blobs, callId))!.status !== 'failed') await new Promise((r) => setTimeout(r, 20));
      const retry = app.inject({ method: 'POST', url: `/v1/calls/${callId}/retry`, headers: { authorization: `Bearer ${MANAGER.key}` } });
      // The failing job ends a moment after the retry was asked for.
      setTimeout(release, 300);
      expect((await retry).statusCode).toBe(202);
      const deadline = Date.now() + 15_000;
      while (runs < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(runs).toBe(2);
      expect(await (await queues.get('prepare').getJob(jobId(callId, 'prepare')))?.getState()).toBe('completed');
    } finally {
      release();
      await app.close();
      await worker.close();
      await queues.close();
      await review.close();
      await temp.cleanup();
    }
  });
});
