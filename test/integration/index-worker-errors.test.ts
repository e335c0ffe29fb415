import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { CallIndex } from '../../src/ports/call-index.ts';
import { createIndexNotifier, indexQueueName, startIndexWorker } from '../../src/queues/index-queue.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('the index worker', () => {
  let redis: EmbeddedRedis;
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('stores a failed refresh without the personal data its error quoted', async () => {
    const temp = await makeTempDir();
    const prefix = `test-${randomUUID()}`;
    const blobs = createFsBlobStore(temp.dir);
    const callId = `c_${'1'.repeat(24)}`;
    await storeCall(blobs, syntheticCall(callId));
    // An index that refuses the row, its error quoting what the row held (as a database's constraint errors do).
    const refusing = { upsert: async () => { throw new Error('duplicate key (customer_phone)=(+14155550142), rep_email=(priya@example.com)'); } } as unknown as CallIndex;
    const worker = startIndexWorker({ connection: redis.connection, prefix, blobs, index: refusing, logger: silentLogger });
    const notifier = createIndexNotifier(redis.connection, prefix);
    const queue = new Queue(indexQueueName(prefix), { connection: redis.connection });
    try {
      await notifier.notify(callId);
      let reason: string | undefined;
      while (!reason) {
        const [job] = await queue.getJobs(['delayed', 'failed', 'waiting', 'active']);
        reason = job?.failedReason;
        if (!reason) await new Promise((r) => setTimeout(r, 20));
      }
      const [job] = await queue.getJobs(['delayed', 'failed']);
      const stored = `${job!.failedReason} ${(job!.stacktrace ?? []).join(' ')}`;
      expect(stored).toContain('duplicate key');
      expect(stored).not.toContain('4155550142');
      expect(stored).not.toContain('priya@example.com');
    } finally {
      await worker.close();
      await notifier.close();
      await queue.close();
      await temp.cleanup();
    }
  });
});
