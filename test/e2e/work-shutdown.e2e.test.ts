import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { freePort } from '../helpers/free-port.ts';
import { startService, until, type ServiceProcess } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// `work` stops on SIGTERM within its drain bound (WORKER_DRAIN_MS) whatever Redis does: closing the workers,
// queues and connections waits for Redis only that long.
describe('`work` stopped while Redis cannot be reached', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let work: ServiceProcess | null = null;

  beforeAll(async () => {
    temp = await makeTempDir();
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls-no-redis']);
  });
  afterAll(async () => {
    if (work && work.child.exitCode === null) work.child.kill('SIGKILL');
    await s3?.stop();
    await temp?.cleanup();
  });

  it('exits 0 on the first SIGTERM, having swept the scratch a killed worker left', async () => {
    // A worker killed mid-job (its pid no longer running) left decoded voices in the temp folder.
    const scratch = join(temp.dir, 'tmp');
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '0']);
      child.on('exit', () => resolve(child.pid!));
    });
    await mkdir(join(scratch, `callscribe-job-${dead}-aB3dE9`), { recursive: true });
    await writeFile(join(scratch, `callscribe-job-${dead}-aB3dE9`, 'customer.pcm'), 'voice');
    // A port nothing listens on: every connection is refused.
    const closedPort = await freePort();
    work = startService(['work'], {
      TMPDIR: scratch,
      REDIS_URL: `redis://127.0.0.1:${closedPort}`,
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: 'calls-no-redis',
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      DATA_DIR: temp.dir,
      RETENTION_AUDIO_DAYS: '30',
      METRICS_PORT: String(await freePort()),
      WORKER_DRAIN_MS: '1000',
      LOG_LEVEL: 'info',
    });
    await until(() => work!.output().includes('workers started'), '`work` to start', 60_000);
    expect(await readdir(scratch)).toEqual([]);
    expect(work.output()).toContain('removed scratch directories left by workers that stopped mid-job');
    work.child.kill('SIGTERM');
    // Far beyond the one-second bound: only a shutdown that waits for Redis misses it.
    await until(() => work!.child.exitCode !== null || work!.child.signalCode !== null, '`work` to exit after one SIGTERM', 30_000).catch((err: Error) => { throw new Error(`${err.message}; it logged:\n${work!.output().slice(-3000)}`); });
    expect({ code: work.child.exitCode, signal: work.child.signalCode }).toEqual({ code: 0, signal: null });
  }, 120_000);
});
