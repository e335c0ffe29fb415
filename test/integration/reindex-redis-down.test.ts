import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createS3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { reindexCommand } from '../../src/cli/commands/reindex.command.ts';
import { loadConfig } from '../../src/config/env.ts';
import { startEmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { redisPid } from '../helpers/redis-pid.ts';
import { freePort } from '../helpers/free-port.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const UNFINISHED = 'c_aaaaaaaaaaaaaaaaaaaaaaaa';

describe('`reindex` with REDIS_URL set and Redis not answering', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;

  beforeAll(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls-reindex']);
    const blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: 'calls-reindex', forcePathStyle: true, credentials: s3.credentials });
    // A call that would be queued again: with Redis away, queueing it could only wait.
    await storeCall(blobs, syntheticCall(UNFINISHED, { status: 'received', audio: null, meta: {} }));
  });
  afterAll(async () => {
    await s3?.stop();
    await temp?.cleanup();
  });

  it('exits 1 with one line naming REDIS_URL (no password), before reading the store or queueing anything', async () => {
    const port = await freePort();
    const res = await runCli(
      ['reindex'],
      {
        DATA_DIR: join(temp.dir, 'data'),
        REDIS_URL: `redis://:s3cret-pw@127.0.0.1:${port}/0`,
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: 'calls-reindex',
        S3_FORCE_PATH_STYLE: 'true',
        AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
        AWS_REGION: 'us-east-1',
      },
      // Bounds a run that would wait for Redis forever, so the test fails instead of hanging.
      60_000,
    );
    expect(res.stderr.trim().split('\n')).toEqual([
      `error NETWORK: Redis at REDIS_URL (redis://127.0.0.1:${port}/0) could not be reached: connect ECONNREFUSED 127.0.0.1:${port}. Start it, or unset REDIS_URL to rebuild the index without queueing unfinished calls again.`,
    ]);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
  });

  it('stops with NETWORK naming REDIS_URL when Redis goes away during the run, rather than waiting for it', async () => {
    const redis = await startEmbeddedRedis({ tcpPort: await freePort() });
    const lines: string[] = [];
    try {
      const pid = await redisPid(redis);
      // The S3 client reads its credentials from the process's environment (the standard chain).
      vi.stubEnv('AWS_ACCESS_KEY_ID', s3.credentials.accessKeyId);
      vi.stubEnv('AWS_SECRET_ACCESS_KEY', s3.credentials.secretAccessKey);
      const config = loadConfig({
        DATA_DIR: join(temp.dir, 'data-lost'),
        REDIS_URL: redis.url!,
        S3_ENDPOINT: s3.endpoint,
        S3_BUCKET: 'calls-reindex',
        S3_FORCE_PATH_STYLE: 'true',
        AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
        AWS_REGION: 'us-east-1',
      });
      // Redis answered the check at the start, and dies as the rebuild begins.
      const run = reindexCommand(config, {
        stdout: (line) => {
          lines.push(line);
          if (lines.length === 1) process.kill(pid, 'SIGKILL');
        },
      });
      await expect(run).rejects.toMatchObject({
        code: 'NETWORK',
        message: expect.stringMatching(new RegExp(`^Redis at REDIS_URL \\(redis://127\\.0\\.0\\.1:\\d+\\) stopped answering while unfinished calls were queued again \\(.+\\); run reindex again once it answers\\.$`)),
      });
      expect(lines.filter((l) => l.startsWith('reindex: done'))).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
      await redis.stop();
    }
  });
});
