import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { chunkRefs } from '../../src/pipeline/transcribe.ts';
import { startQueueRuntime, type QueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { until } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { writeToneCall } from '../helpers/tone-audio.ts';

// Real Redis and BullMQ: a running job whose lock Redis lost (it restarted, or the lock expired during an
// outage). BullMQ reports each failed renewal as an error; the log has one readable warning naming the call.
describe('a running job whose lock Redis lost', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let redis: EmbeddedRedis;
  let runtime: QueueRuntime | null = null;
  let release = () => {};

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
    redis = await startEmbeddedRedis();
  });
  afterEach(async () => {
    release();
    await runtime?.close({ drainMs: 5_000 });
    await redis.stop();
    await temp.cleanup();
  });

  it('is one warning with its call and step, not an error per renewal', async () => {
    const file = join(temp.dir, 'call.wav');
    await writeToneCall(file, 4, [{ channel: 0, startSec: 0.5 }], 1);
    const released = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const engine: Transcriber = {
      engine: 'held',
      model: null,
      concurrency: 1,
      async transcribe({ tracks }) {
        started += 1;
        await released;
        return { schemaVersion: 1, engine: 'held', model: null, language: 'en', durationSec: tracks[0]!.durationSec, speakers: [], segments: [], text: '' };
      },
    };
    const { logger, lines } = capturedLogger('warn');
    const ports = { blobs, transcriber: engine, logger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 3600, maxBytes: 50e6 } } as unknown as PipelinePorts;
    const prepared = await runInProcess(file, {}, ports, { until: 'prepare' });

    runtime = startQueueRuntime(['transcribe'], ports, logger, { connection: redis.connection, prefix: `test-${randomUUID()}`, attempts: 3, lockMs: 2_000 });
    let renewalsFailed = 0;
    for (const w of runtime.workers) w.on('lockRenewalFailed', (ids) => (renewalsFailed += ids.length));
    await runtime.queues.enqueueTranscribe(prepared.id, chunkRefs(prepared));
    await until(() => started > 0, 'the chunk to start', 30_000);

    const client = new Redis(redis.connection);
    try {
      const locks = await client.keys('*-chunk-*:lock');
      expect(locks.length).toBe(1);
      await client.del(...locks);
    } finally {
      client.disconnect();
    }
    await until(() => renewalsFailed >= 2, 'two lock renewals to fail', 30_000);

    expect(lines.filter((l) => Number(l.level) >= 50).map((l) => l.msg)).toEqual([]);
    const warnings = lines.filter((l) => String(l.msg).includes('could not renew the lock'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, callId: prepared.id, step: 'transcribe-chunk' });
    expect(warnings[0]).not.toHaveProperty('err');
  });
});
