import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { startQueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { until } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// Real Redis and BullMQ. A retention sweep can take minutes on a large bucket: a worker told to stop while
// one runs must stop taking step jobs at once, not only once the sweep ends, or it takes new jobs for the
// whole drain bound and then abandons them.
describe('a worker stopping while a retention sweep runs', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  beforeEach(async () => {
    temp = await makeTempDir();
    redis = await startEmbeddedRedis();
  });
  afterEach(async () => {
    await redis.stop();
    await temp.cleanup();
  });

  it('closes its step workers without waiting for the sweep to end', async () => {
    const store = createFsBlobStore(join(temp.dir, 'data'));
    let listing = false;
    let endSweep: () => void = () => {};
    const swept = new Promise<void>((resolve) => (endSweep = resolve));
    // A store whose listing (the sweep's walk over the calls) goes on until the test ends it.
    const blobs: BlobStore = {
      ...store,
      async *list() {
        listing = true;
        await swept;
      },
    };
    const ports = { blobs, logger: silentLogger, clock: () => new Date() } as unknown as PipelinePorts;
    const runtime = startQueueRuntime(['prepare'], ports, silentLogger, {
      connection: redis.connection, prefix: `test-${randomUUID()}`, retention: { policy: { audioDays: 30, callDays: null }, cron: '30 3 * * *' },
    });
    await until(() => listing, 'the retention sweep to start', 20_000);
    const closed = runtime.close();
    await until(() => runtime.workers.every((w) => w.closing), 'the step workers to be closing while the sweep runs', 20_000);
    endSweep();
    await closed;
  });
});
