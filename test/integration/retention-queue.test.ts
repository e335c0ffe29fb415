import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { retentionQueueName } from '../../src/queues/retention-queue.ts';
import { startQueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { REPO_ROOT } from '../helpers/fixtures.ts';
import { keysOf, storeFullCall, testCallId } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('the retention sweep as a repeatable BullMQ job, started with the workers', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let blobs: S3BlobStore;

  beforeAll(async () => {
    temp = await makeTempDir();
    [redis, s3] = await Promise.all([startEmbeddedRedis(), startEmbeddedS3(join(temp.dir, 's3'), [])]);
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: `retention-${randomUUID()}`, forcePathStyle: true, credentials: s3.credentials });
    await blobs.ensureBucket();
  });
  afterAll(async () => {
    await redis?.stop();
    await s3?.stop();
    await temp.cleanup();
  });

  it('sweeps once at start, keeps a daily schedule, and drops the schedule when retention is switched off', async () => {
    const prefix = `test-${randomUUID()}`;
    const old = await storeFullCall(blobs, testCallId(21), { createdAt: new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString() });
    const young = await storeFullCall(blobs, testCallId(22), { createdAt: new Date().toISOString() });
    const changed: string[] = [];
    const ports = { blobs, logger: silentLogger, clock: () => new Date(), onCallChanged: async (id: string) => void changed.push(id) } as unknown as PipelinePorts;
    const queue = new Queue(retentionQueueName(prefix), { connection: redis.connection });
    try {
      const runtime = startQueueRuntime([], ports, silentLogger, {
        connection: redis.connection, prefix, retention: { policy: { audioDays: 30, callDays: null }, cron: '30 3 * * *' },
      });
      const deadline = Date.now() + 20_000;
      // The sweep writes call.json, then tells the index: wait for both.
      while (!((await findCall(blobs, old.call.id))?.audioRemoved && changed.length) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await keysOf(blobs, old.call.id)).toEqual([...old.text].sort());
      expect(await keysOf(blobs, young.call.id)).toEqual([...young.audio, ...young.text].sort());
      expect(changed).toEqual([old.call.id]);
      expect((await queue.getJobSchedulers()).map((s) => s.pattern)).toEqual(['30 3 * * *']);
      await runtime.close();

      const off = startQueueRuntime([], ports, silentLogger, { connection: redis.connection, prefix, retention: { policy: { audioDays: null, callDays: null }, cron: '30 3 * * *' } });
      await off.close();
      expect(await queue.getJobSchedulers()).toEqual([]);
    } finally {
      await queue.close();
    }
  });

  it('leaves no Redis connection open when the sweep cannot be scheduled, so a stopping worker process can exit', async () => {
    // In a process of its own: the schedule is refused, and then nothing may hold the event loop open (a
    // worker told to stop would otherwise never exit, its other parts all closed).
    const script = `
      import { startRetention } from ${JSON.stringify(join(REPO_ROOT, 'src/queues/retention-queue.ts'))};
      import { silentLogger } from ${JSON.stringify(join(REPO_ROOT, 'src/logging/logger.ts'))};
      try {
        await startRetention({ connection: ${JSON.stringify(redis.connection)}, prefix: 'test-${randomUUID()}', policy: { audioDays: 30, callDays: null },
          cron: '61 3 * * *', ports: {}, logger: silentLogger });
        console.log('scheduled');
      } catch (err) {
        console.log('refused: ' + err.message);
      }`;
    const result = await new Promise<{ exited: boolean; stdout: string }>((resolve) => {
      // A bound on the wait only: a process that is still running then is the failure.
      execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, timeout: 30_000 }, (err, stdout) => resolve({ exited: !err, stdout: stdout.trim() }));
    });
    expect(result).toEqual({ exited: true, stdout: expect.stringMatching(/^refused: .*61/) });
  });
});
