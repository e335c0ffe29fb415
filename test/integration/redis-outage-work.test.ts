import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { freePort } from '../helpers/free-port.ts';
import { startService, until, type ServiceProcess } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { redisPid } from '../helpers/redis-pid.ts';

/** `work` as deployed (the real binary, every step, retention scheduled) through a Redis outage of ten seconds. */
describe('`work` while Redis is down', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let redis: EmbeddedRedis;
  let s3: EmbeddedS3;
  let work: ServiceProcess | null = null;

  beforeAll(async () => {
    temp = await makeTempDir();
    redis = await startEmbeddedRedis({ tcpPort: await freePort() });
    s3 = await startEmbeddedS3(join(temp.dir, 's3'), ['calls-outage']);
  });

  afterAll(async () => {
    if (work && work.child.exitCode === null) work.child.kill('SIGKILL');
    await s3?.stop();
    await redis?.stop();
    await temp?.cleanup();
  });

  it('logs one warning per group of connections and one line when Redis is back, all JSON, no errors', async () => {
    work = startService(['work'], {
      REDIS_URL: redis.url!,
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: 'calls-outage',
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      DATA_DIR: temp.dir,
      RETENTION_AUDIO_DAYS: '30',
      LOG_LEVEL: 'info',
    });
    const lines = () => work!.output().split('\n').filter((l) => l.trim() !== '');
    const json = () => lines().flatMap((l) => { try { return [JSON.parse(l) as Record<string, unknown>]; } catch { return []; } });
    await until(() => json().some((l) => l.msg === 'workers started') && json().some((l) => l.msg === 'retention scheduled'), '`work` to start', 60_000);
    // The sweep run at start must be over: this Redis keeps nothing across the kill, and a job that loses its
    // key mid-run is rightly an error line ("Missing key for job"), not an outage.
    await until(() => json().some((l) => l.msg === 'retention sweep finished'), 'the first retention sweep to finish', 60_000);
    const before = lines().length;

    process.kill(await redisPid(redis), 'SIGKILL');
    await new Promise((r) => setTimeout(r, 10_000));
    await redis.restart();
    const groups = ['workers', 'step queues', 'index notifier', 'retention'];
    await until(() => json().some((l) => l.redis === 'step queues' && l.msg === 'Redis answers again'), 'the step queues to see Redis again', 30_000);
    // The other groups reconnect on their own schedules.
    await new Promise((r) => setTimeout(r, 3_000));

    const during = lines().slice(before);
    const notJson = during.filter((l) => { try { JSON.parse(l); return false; } catch { return true; } });
    expect(notJson.length, notJson.slice(0, 3).join('\n')).toBe(0);
    const logged = during.map((l) => JSON.parse(l) as { level: number; msg: string; redis?: string });
    const errors = logged.filter((l) => l.level >= 50);
    expect(errors.length, errors.slice(0, 3).map((l) => l.msg).join('; ')).toBe(0);
    const warnings = logged.filter((l) => l.level === 40);
    for (const g of groups) expect(warnings.filter((l) => l.redis === g).length, g).toBe(1);
    expect(warnings.filter((l) => !groups.includes(String(l.redis))).map((l) => l.msg)).toEqual([]);
    for (const g of groups) expect(logged.filter((l) => l.redis === g && l.msg === 'Redis answers again').length, g).toBe(1);

    work.child.kill('SIGTERM');
    expect(await work.exited).toBe(0);
  }, 120_000);
});
